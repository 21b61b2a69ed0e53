// One export per domain; add a line when a domain file is added.
export { default as common } from './common';
export { default as errors } from './errors';
export { default as fixedTerm } from './fixed-term';
export { default as leave } from './leave';
export { default as monitoring } from './monitoring';
export { default as notice } from './notice';
export { default as rules } from './rules';
export { default as seniority } from './seniority';
export { default as shell } from './shell';
export { default as calc } from './calc';
export { default as storage } from './storage';
export { default as archiveCalc } from './archive-calc';
export { default as deadlines } from './deadlines';
export { default as peopleImport } from './people-import';
export { default as probation } from './probation';
export { default as comporto } from './comporto';
export { default as absences } from './absences';
