/**
 * The interpretation decisions (D-…), the known gaps (G1–G15) and what each
 * calculator does not cover, as listed in RULES.md (§0.5, §1.4, §2.4, §3.4,
 * §4.4, §5.3, §7 and the "Out of scope / not-covered" sections). RULES.md
 * says every decision must be shown to users as an interpretation, and the
 * gaps must be shown, not hidden: the "Regole e fonti" page reads this data.
 * Only ids and source ids live here; the texts are in the `rules` message
 * domain (`rules.decision.<id>.text` / `.reason`, `rules.gap.<id>…`,
 * `rules.outOfScope.<id>`).
 */
import type { CalculatorId, SourceId } from '../engine/core/result';

/** `general` holds the D-GEN decisions, which apply to every calculator (RULES.md 0.5). */
export type DecisionGroup = 'general' | CalculatorId;

export interface Decision {
  /** As in RULES.md, e.g. `D-NP-2`. */
  id: string;
  calculator: DecisionGroup;
  /** Sources the decision rests on; empty when it is a pure reading of the brief (e.g. D-GEN-3). */
  sourceIds: readonly SourceId[];
}

export interface Gap {
  /** `G1` … `G15`, RULES.md §7. */
  id: string;
  sourceIds?: readonly SourceId[];
}

export const DECISIONS: readonly Decision[] = [
  // RULES.md 0.5
  { id: 'D-GEN-1', calculator: 'general', sourceIds: ['S45', 'S47', 'S53', 'S54'] },
  { id: 'D-GEN-2', calculator: 'general', sourceIds: ['S01'] },
  { id: 'D-GEN-3', calculator: 'general', sourceIds: [] },
  { id: 'D-GEN-4', calculator: 'general', sourceIds: [] },
  // RULES.md 1.4
  { id: 'D-NP-1', calculator: 'notice', sourceIds: ['S47', 'S49'] },
  { id: 'D-NP-2', calculator: 'notice', sourceIds: ['S49'] },
  { id: 'D-NP-3', calculator: 'notice', sourceIds: [] },
  { id: 'D-NP-4', calculator: 'notice', sourceIds: ['S49'] },
  { id: 'D-NP-5', calculator: 'notice', sourceIds: ['S49', 'S38', 'S55'] },
  { id: 'D-NP-6', calculator: 'notice', sourceIds: ['S04', 'S58'] },
  { id: 'D-NP-7', calculator: 'notice', sourceIds: ['S03', 'S02'] },
  { id: 'D-NP-8', calculator: 'notice', sourceIds: ['S01'] },
  // RULES.md 2.4
  { id: 'D-LV-1', calculator: 'leave', sourceIds: ['S47', 'S50'] },
  { id: 'D-LV-2', calculator: 'leave', sourceIds: ['S47', 'S60'] },
  { id: 'D-LV-3', calculator: 'leave', sourceIds: ['S09', 'S61'] },
  { id: 'D-LV-4', calculator: 'leave', sourceIds: ['S47', 'S50', 'S09'] },
  { id: 'D-LV-5', calculator: 'leave', sourceIds: ['S47', 'S50'] },
  { id: 'D-LV-6', calculator: 'leave', sourceIds: ['S07', 'S09', 'S62'] },
  // RULES.md 3.4
  { id: 'D-SC-1', calculator: 'seniority', sourceIds: ['S51', 'S48'] },
  { id: 'D-SC-2', calculator: 'seniority', sourceIds: ['S51'] },
  { id: 'D-SC-3', calculator: 'seniority', sourceIds: ['S48', 'S51'] },
  { id: 'D-SC-4', calculator: 'seniority', sourceIds: [] },
  { id: 'D-SC-5', calculator: 'seniority', sourceIds: ['S48', 'S51'] },
  // RULES.md 4.4
  { id: 'D-FT-1', calculator: 'fixed-term', sourceIds: ['S11'] },
  { id: 'D-FT-2', calculator: 'fixed-term', sourceIds: ['S45'] },
  { id: 'D-FT-3', calculator: 'fixed-term', sourceIds: ['S11', 'S12', 'S28'] },
  { id: 'D-FT-4', calculator: 'fixed-term', sourceIds: [] },
  { id: 'D-FT-5', calculator: 'fixed-term', sourceIds: ['S11', 'S64'] },
  { id: 'D-FT-6', calculator: 'fixed-term', sourceIds: ['S14', 'S29'] },
  // RULES.md 5.3
  { id: 'D-MON-1', calculator: 'monitoring', sourceIds: ['S18', 'S46', 'S31', 'S30', 'S32'] },
  { id: 'D-MON-2', calculator: 'monitoring', sourceIds: ['S18', 'S20'] },
  { id: 'D-MON-3', calculator: 'monitoring', sourceIds: ['S18', 'S23'] },
  // RULES-probation-comporto.md 9.4
  { id: 'D-PR-1', calculator: 'probation', sourceIds: ['S52', 'S74', 'S47'] },
  { id: 'D-PR-2', calculator: 'probation', sourceIds: ['S45', 'S47'] },
  { id: 'D-PR-3', calculator: 'probation', sourceIds: ['S70', 'S79'] },
  { id: 'D-PR-4', calculator: 'probation', sourceIds: ['S75', 'S70'] },
  { id: 'D-PR-5', calculator: 'probation', sourceIds: ['S77', 'S78'] },
  { id: 'D-PR-6', calculator: 'probation', sourceIds: ['S75', 'S70'] },
  { id: 'D-PR-7', calculator: 'probation', sourceIds: ['S70', 'S43', 'S76'] },
  { id: 'D-PR-8', calculator: 'probation', sourceIds: ['S70', 'S71', 'S72'] },
  { id: 'D-PR-9', calculator: 'probation', sourceIds: ['S70', 'S71'] },
  { id: 'D-PR-10', calculator: 'probation', sourceIds: ['S72'] },
  { id: 'D-PR-11', calculator: 'probation', sourceIds: ['S72', 'S73'] },
  { id: 'D-PR-12', calculator: 'probation', sourceIds: ['S70', 'S72'] },
  { id: 'D-PR-13', calculator: 'probation', sourceIds: ['S70'] },
  { id: 'D-PR-14', calculator: 'probation', sourceIds: ['S47', 'S50'] },
  // RULES-probation-comporto.md 10.4
  { id: 'D-CO-1', calculator: 'comporto', sourceIds: ['S47', 'S81', 'S45'] },
  { id: 'D-CO-2', calculator: 'comporto', sourceIds: ['S82', 'S83', 'S84'] },
  { id: 'D-CO-3', calculator: 'comporto', sourceIds: ['S82'] },
  { id: 'D-CO-4', calculator: 'comporto', sourceIds: ['S81'] },
  { id: 'D-CO-5', calculator: 'comporto', sourceIds: ['S81'] },
  { id: 'D-CO-6', calculator: 'comporto', sourceIds: ['S82', 'S84'] },
  { id: 'D-CO-7', calculator: 'comporto', sourceIds: ['S81', 'S88'] },
  { id: 'D-CO-8', calculator: 'comporto', sourceIds: ['S85', 'S81'] },
  { id: 'D-CO-9', calculator: 'comporto', sourceIds: ['S86', 'S87', 'S89'] },
  { id: 'D-CO-10', calculator: 'comporto', sourceIds: ['S81'] },
  { id: 'D-CO-11', calculator: 'comporto', sourceIds: ['S80'] },
  { id: 'D-CO-12', calculator: 'comporto', sourceIds: ['S47', 'S84'] },
];

/** RULES.md §7. */
export const GAPS: readonly Gap[] = [
  { id: 'G1', sourceIds: ['S45'] },
  { id: 'G2', sourceIds: ['S53'] },
  { id: 'G3', sourceIds: ['S49'] },
  { id: 'G4', sourceIds: ['S48'] },
  { id: 'G5', sourceIds: ['S45'] },
  { id: 'G6', sourceIds: ['S14', 'S29'] },
  { id: 'G7', sourceIds: ['S45'] },
  { id: 'G8', sourceIds: ['S18', 'S20', 'S13', 'S08', 'S03', 'S02', 'S23', 'S37'] },
  { id: 'G9', sourceIds: ['S59', 'S50'] },
  { id: 'G10' },
  { id: 'G11', sourceIds: ['S31', 'S30'] },
  { id: 'G12' },
  { id: 'G13', sourceIds: ['S45', 'S29', 'S30', 'S31', 'S32', 'S33', 'S34', 'S35', 'S36', 'S37'] },
  { id: 'G14', sourceIds: ['S07', 'S11'] },
  { id: 'G15', sourceIds: ['S48', 'S51'] },
];

/** RULES.md 1.9, 2.9, 3.9, 4.9, 5.8: one id per item, text under `rules.outOfScope.<id>`. */
export const OUT_OF_SCOPE: Readonly<Record<CalculatorId, readonly string[]>> = {
  notice: ['notice.1', 'notice.2', 'notice.3', 'notice.4', 'notice.5', 'notice.6'],
  leave: ['leave.1', 'leave.2', 'leave.3', 'leave.4', 'leave.5'],
  seniority: ['seniority.1', 'seniority.2', 'seniority.3', 'seniority.4', 'seniority.5', 'seniority.6', 'seniority.7'],
  'fixed-term': ['fixed-term.1', 'fixed-term.2', 'fixed-term.3', 'fixed-term.4', 'fixed-term.5', 'fixed-term.6'],
  monitoring: ['monitoring.1', 'monitoring.2', 'monitoring.3', 'monitoring.4', 'monitoring.5'],
  // RULES-probation-comporto.md 9.9 and 10.9.
  probation: ['probation.1', 'probation.2', 'probation.3', 'probation.4', 'probation.5', 'probation.6'],
  comporto: ['comporto.1', 'comporto.2', 'comporto.3', 'comporto.4', 'comporto.5', 'comporto.6', 'comporto.7'],
};
