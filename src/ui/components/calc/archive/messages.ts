// The archive texts of the calculator screens ("Scegli una persona", "Salva", a reopened case) load with every calculator screen.
import { addMessages } from '../../../i18n/messages';
import it from '../../../i18n/messages/it/archive-calc';

// English with the language (loadLocale), so the screen carries one language.
addMessages({ it, en: () => import('../../../i18n/messages/en/archive-calc') });
