// The board's texts, and those of the calculators whose refusals and steps it shows, load with the Scadenze page.
import '../../calculators/fixed-term/messages';
import '../../calculators/leave/messages';
import '../../calculators/notice/messages';
import '../../calculators/seniority/messages';
import '../saved/messages';
import { addMessages } from '../../i18n/messages';
import it from '../../i18n/messages/it/deadlines';
import en from '../../i18n/messages/en/deadlines';

addMessages({ it, en });
