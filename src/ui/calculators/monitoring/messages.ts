// The monitoring texts (engine steps, warnings, errors and screen labels) load with the monitoring screen.
import { addMessages } from '../../i18n/messages';
import it from '../../i18n/messages/it/monitoring';
import en from '../../i18n/messages/en/monitoring';

addMessages({ it, en });
