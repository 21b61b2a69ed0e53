/**
 * Version of the rules data. Bump it (and add a line to CHANGELOG.md) for
 * every change of a figure, window, source or decision: saved cases and
 * shared links record it so that an old result can be re-explained.
 */
export const RULES_VERSION = '2026.12.02';

/** Day the legal brief (RULES.md) behind these tables was last reviewed. */
export const RULES_REVIEWED_ON = '2026-12-01';
