// The probation texts (engine steps, warnings, errors, screen labels, holiday names) load with this screen
// in Italian (the shared result texts with the controller: components/calc/messages.ts); the English ones with the language (loadLocale), so the screen carries one language.
import { addMessages } from '../../i18n/messages';
import itAbsences from '../../i18n/messages/it/absences';
import it from '../../i18n/messages/it/probation';

addMessages({ it: itAbsences, en: () => import('../../i18n/messages/en/absences') });
addMessages({ it, en: () => import('../../i18n/messages/en/probation') });
