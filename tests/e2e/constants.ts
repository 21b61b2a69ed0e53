/** Port of the e2e preview server (npm start uses 4173). */
export const PORT = 4174;
/** Build id of the web server's build; update.spec.ts rebuilds with another one. */
export const FIRST_BUILD_ID = 'e2e-1';
