// When the result on screen was worked out, for the printed report's heading: a reopened case shows the result
// as it was saved, so the report gives the save time, not the time of printing. CalcLayout provides it from the
// screen's archive; a ResultView outside a calculator frame (tests) reads null, "computed now".
import { getContext, setContext } from 'svelte';

const KEY = Symbol('result-time');

/** `saved`: ISO instant of the stored result being shown, or null when the result was computed on this visit. */
export function provideResultTime(saved: () => string | null): void {
  setContext(KEY, saved);
}

export function resultTime(): () => string | null {
  return getContext<(() => string | null) | undefined>(KEY) ?? (() => null);
}
