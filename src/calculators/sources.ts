/** The source registry and its translated titles, on their own so that only what cites them loads them (issue 10). */
export { SOURCES, sourceById, type Source } from '../rules/sources';
export { SOURCE_TITLES, type SourceTitle } from '../rules/source-titles';
