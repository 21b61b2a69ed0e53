// The English shell, common and error texts: a chunk of their own, loaded by loadLocale('en') (./index.ts).
import common from './en/common';
import errors from './en/errors';
import shell from './en/shell';

export default { ...common, ...errors, ...shell };
