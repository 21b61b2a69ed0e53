// The fixed-term texts (engine steps, warnings, errors, screen labels) load with this screen
// in Italian (the shared result texts with the controller: components/calc/messages.ts); the English ones with the language (loadLocale), so the screen carries one language.
import { addMessages } from '../../i18n/messages';
import it from '../../i18n/messages/it/fixed-term';

addMessages({ it, en: () => import('../../i18n/messages/en/fixed-term') });
