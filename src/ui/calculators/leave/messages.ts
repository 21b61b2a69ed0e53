// The leave texts (engine steps, warnings, errors and screen labels) load with the leave screen.
import { addMessages } from '../../i18n/messages';
import it from '../../i18n/messages/it/leave';
import en from '../../i18n/messages/en/leave';

addMessages({ it, en });
