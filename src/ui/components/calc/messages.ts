// The texts every calculator screen shares (result, steps, statuses, form chrome): Italian with the screen
// controller, English with the language (loadLocale). Screens register only their own domain.
import { addMessages } from '../../i18n/messages';
import it from '../../i18n/messages/it/calc';

addMessages({ it, en: () => import('../../i18n/messages/en/calc') });
