// The notice texts (engine steps, warnings, errors, screen labels) and the shared result texts load with this screen.
import { addMessages } from '../../i18n/messages';
import itCalc from '../../i18n/messages/it/calc';
import enCalc from '../../i18n/messages/en/calc';
import it from '../../i18n/messages/it/notice';
import en from '../../i18n/messages/en/notice';

addMessages({ it: itCalc, en: enCalc });
addMessages({ it, en });
