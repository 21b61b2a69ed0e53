// The archive's texts (and the shared calculator texts it reuses) load with the Archivio and Impostazioni pages;
// the calculators' archive texts come too, for "Apri" on a saved case.
import { addMessages } from '../../i18n/messages';
import itCalc from '../../i18n/messages/it/calc';
import enCalc from '../../i18n/messages/en/calc';
import it from '../../i18n/messages/it/storage';
import en from '../../i18n/messages/en/storage';
import itArchive from '../../i18n/messages/it/archive-calc';
import enArchive from '../../i18n/messages/en/archive-calc';

addMessages({ it: itCalc, en: enCalc });
addMessages({ it, en });
addMessages({ it: itArchive, en: enArchive });
