// The notice texts (engine steps, warnings, errors and screen labels) load with the notice screen.
import { addMessages } from '../../i18n/messages';
import it from '../../i18n/messages/it/notice';
import en from '../../i18n/messages/en/notice';

addMessages({ it, en });
