// The probation texts (engine steps, warnings, errors, screen labels, holiday names) and the shared result texts load with this screen.
import { addMessages } from '../../i18n/messages';
import itCalc from '../../i18n/messages/it/calc';
import enCalc from '../../i18n/messages/en/calc';
import itAbsences from '../../i18n/messages/it/absences';
import enAbsences from '../../i18n/messages/en/absences';
import it from '../../i18n/messages/it/probation';
import en from '../../i18n/messages/en/probation';

addMessages({ it: itCalc, en: enCalc });
addMessages({ it: itAbsences, en: enAbsences });
addMessages({ it, en });
