/** The notice calculator alone (its engine and rules): what the notice screen loads (issue 10). */
import { computeNotice, computeNoticeDeadline } from '../engine/notice';
import { NOTICE_RULES } from '../rules/notice';
import { entryPoint } from './run';

/** The notice `mode`, read where a throwing getter or Proxy cannot escape (the engine then refuses the input itself). */
function noticeMode(input: unknown): unknown {
  try {
    return typeof input === 'object' && input !== null ? (input as { mode?: unknown }).mode : undefined;
  } catch {
    return undefined;
  }
}

export const calculateNotice = entryPoint('notice', (input, ctx) =>
  noticeMode(input) === 'reverse' ? computeNoticeDeadline(input, NOTICE_RULES, ctx) : computeNotice(input, NOTICE_RULES, ctx),
);
