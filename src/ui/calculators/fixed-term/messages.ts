// The fixed-term texts (engine steps, warnings, errors and screen labels) load with the fixed-term screen.
import { addMessages } from '../../i18n/messages';
import it from '../../i18n/messages/it/fixed-term';
import en from '../../i18n/messages/en/fixed-term';

addMessages({ it, en });
