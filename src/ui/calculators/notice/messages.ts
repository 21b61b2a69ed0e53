// The notice texts (engine steps, warnings, errors, screen labels) and the shared result texts load with this screen
// in Italian; the English ones with the language (loadLocale), so the screen carries one language.
import { addMessages } from '../../i18n/messages';
import itCalc from '../../i18n/messages/it/calc';
import it from '../../i18n/messages/it/notice';

addMessages({ it: itCalc, en: () => import('../../i18n/messages/en/calc') });
addMessages({ it, en: () => import('../../i18n/messages/en/notice') });
