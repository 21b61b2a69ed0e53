// The "Regole e fonti" texts (decisions, gaps, out-of-scope lists) and the status/flag texts load with this page only.
import { addMessages } from '../i18n/messages';
import itCalc from '../i18n/messages/it/calc';
import enCalc from '../i18n/messages/en/calc';
import it from '../i18n/messages/it/rules';
import en from '../i18n/messages/en/rules';

addMessages({ it: itCalc, en: enCalc });
addMessages({ it, en });
