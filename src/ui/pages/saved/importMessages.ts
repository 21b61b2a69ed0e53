// The CSV import's texts, registered with the Archivio page (the parser itself loads later, with a file).
import { addMessages } from '../../i18n/messages';
import it from '../../i18n/messages/it/people-import';
import en from '../../i18n/messages/en/people-import';

addMessages({ it, en });
