// The seniority texts (engine steps, warnings, errors and screen labels) load with the seniority screen.
import { addMessages } from '../../i18n/messages';
import it from '../../i18n/messages/it/seniority';
import en from '../../i18n/messages/en/seniority';

addMessages({ it, en });
