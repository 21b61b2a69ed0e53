/** Port of the e2e preview server (npm start uses 4173). E2E_PORT lets parallel runs use their own server. */
export const PORT = Number(process.env.E2E_PORT ?? 4174);
/** Build output served to the e2e tests; E2E_OUT_DIR keeps a parallel run off the main dist/. */
export const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist';
/** Build id of the web server's build; update.spec.ts builds a second folder (OUT_DIR-next) with another one. */
export const FIRST_BUILD_ID = 'e2e-1';
