// The archive texts of the calculator screens ("Scegli una persona", "Salva", a reopened case) load with every calculator screen.
import { addMessages } from '../../../i18n/messages';
import it from '../../../i18n/messages/it/archive-calc';
import en from '../../../i18n/messages/en/archive-calc';

addMessages({ it, en });
