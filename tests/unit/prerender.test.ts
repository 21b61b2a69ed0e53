import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspBlockers, sha256Source } from '../../vite-plugins/csp';
import { chooserScript, routeOfModule, routePreloads, withPrerender } from '../../vite-plugins/prerender';
import { detectLocale, LOCALE_STORAGE_KEY } from '../../src/ui/i18n/locale.svelte';
import { CALCULATOR_ROUTES, parseHash, ROUTES } from '../../src/ui/routes';

// The chooser runs in the page before the app: it must pick what the app will draw, or the app's first frame
// replaces the prerendered page with another language or another route (a flash, a layout shift).
const OTHER_ROUTES = ROUTES.map((route) => route.id).filter((id) => id !== 'home');
const app = (language: string) => `<header>${language}</header><main id="main"><h1>home ${language}</h1></main><footer></footer>`;
const rendered = {
  it: { app: app('it'), intros: Object.fromEntries(CALCULATOR_ROUTES.map((id) => [id, `<h1>${id} it</h1>`])) },
  en: { app: app('en'), intros: Object.fromEntries(CALCULATOR_ROUTES.map((id) => [id, `<h1>${id} en</h1>`])) },
};
const PRELOADS = { notice: ['/assets/NoticeScreen-1.js', '/assets/calc-kit-2.js'], saved: ['/assets/Saved-3.js'] };
const page = withPrerender('<!doctype html><html lang="it"><head></head><body><div id="app"></div></body></html>', rendered, OTHER_ROUTES, LOCALE_STORAGE_KEY, PRELOADS);

function open(options: { hash?: string; stored?: string | null; languages: string[]; controlled?: boolean }) {
  const dom = new JSDOM(page, {
    url: `https://example.test/${options.hash ?? ''}`,
    runScripts: 'dangerously',
    beforeParse(window) {
      Object.defineProperty(window.navigator, 'languages', { value: options.languages });
      Object.defineProperty(window.navigator, 'language', { value: options.languages[0] ?? '' });
      if (options.controlled) Object.defineProperty(window.navigator, 'serviceWorker', { value: { controller: {} } });
      if (options.stored != null) window.localStorage.setItem(LOCALE_STORAGE_KEY, options.stored);
    },
  });
  const document = dom.window.document;
  const app = document.getElementById('app');
  // What #app shows, as text per part (no HTML strings: lint forbids innerHTML everywhere).
  const shown = app?.firstElementChild ? ['header', 'main', 'footer'].map((tag) => `${tag}:${app.querySelector(tag)?.textContent ?? '-'}`).join(' ') : '';
  const preloads = [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((link) => link.getAttribute('href'));
  return { html: shown, lang: document.documentElement.lang, preloads };
}

const expected = (language: string, main: string) => `header:${language} main:${main} footer:`;

describe('the prerender chooser (vite-plugins/prerender.ts)', () => {
  const cases: { stored: string | null; languages: string[] }[] = [
    { stored: null, languages: ['it-IT', 'en'] },
    { stored: null, languages: ['en-US', 'it'] },
    { stored: null, languages: ['de-DE', 'en-GB'] },
    { stored: null, languages: ['fr-FR'] },
    { stored: null, languages: [] },
    { stored: 'en', languages: ['it-IT'] },
    { stored: 'it', languages: ['en-US'] },
    { stored: 'xx', languages: ['EN'] },
  ];

  it.each(cases)('picks the language the app picks (stored $stored, browser $languages)', ({ stored, languages }) => {
    const language = detectLocale(stored, languages);
    const shown = open({ stored, languages });
    expect(shown.html).toBe(expected(language, `home ${language}`));
    expect(shown.lang).toBe(language);
  });

  const hashes = ['', '#/', '#/notice', '#/fixed-term?ruleset=statute&x=1', '#/saved', '#/rules?s=D-NP-1', '#/nope', '#main', '#/home'];
  it.each(hashes)('shows what the router shows for %j: the home page, a calculator title, or nothing', (hash) => {
    const route = parseHash(hash).id;
    const shown = open({ hash, languages: ['it-IT'] });
    const calculator = CALCULATOR_ROUTES.find((id) => id === route);
    const main = route === 'home' ? 'home it' : calculator ? `${calculator} it` : '';
    expect(shown.html).toBe(expected('it', main));
  });

  it('takes the intro in the chosen language', () => {
    expect(open({ hash: '#/comporto', languages: ['en-US'] }).html).toBe(expected('en', 'comporto en'));
  });

  it('leaves the page empty when the service worker serves it (the app draws at once from the device)', () => {
    expect(open({ languages: ['it-IT'], controlled: true }).html).toBe('');
  });

  it.each([
    { hash: '#/notice?ruleset=statute', controlled: false, expected: PRELOADS.notice },
    { hash: '#/notice', controlled: true, expected: PRELOADS.notice },
    { hash: '#/saved', controlled: true, expected: PRELOADS.saved },
    { hash: '', controlled: false, expected: [] },
    { hash: '#/constructor', controlled: false, expected: [] },
  ])('asks for the chunks of the linked route, on every visit ($hash, served by the worker: $controlled)', ({ hash, controlled, expected }) => {
    expect(open({ hash, languages: ['it-IT'], controlled }).preloads).toEqual(expected);
  });

  it('keeps #app empty in the markup, every copy in an inert template', () => {
    expect(page).toContain('<div id="app"></div>');
    const templates = [...page.matchAll(/<template id="([^"]+)">/g)].map((match) => match[1]);
    expect(templates).toEqual(['prerender-it', 'prerender-en', ...['it', 'en'].flatMap((lang) => CALCULATOR_ROUTES.map((id) => `prerender-intro-${lang}-${id}`))]);
  });
});

describe('the Content-Security-Policy with the prerender chooser', () => {
  const script = chooserScript(OTHER_ROUTES, LOCALE_STORAGE_KEY, PRELOADS);

  it("allows that one script by its SHA-256, beside 'self', and nothing inline else", () => {
    const csp = contentSecurityPolicy(page);
    expect(/script-src ([^;]*)/.exec(csp)?.[1]).toBe(`'self' ${sha256Source(script)}`);
    expect(csp).not.toMatch(/unsafe/);
    expect(cspBlockers(page)).toEqual([]);
    expect(cspBlockers(`${page}<script>alert(1)</script>`)).toHaveLength(1);
    expect(cspBlockers('<script data-prerender="x">alert(1)</script>')).toHaveLength(1);
  });

  it('writes no HTML strings (Trusted Types): it only clones templates', () => {
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval|Function\(/);
  });
});

describe('route preloads from the bundle', () => {
  it('names the route of each lazily loaded screen by its file', () => {
    expect(routeOfModule('/repo/src/ui/calculators/fixed-term/FixedTermScreen.svelte')).toBe('fixed-term');
    expect(routeOfModule('/repo/src/ui/pages/Deadlines.svelte')).toBe('deadlines');
    expect(routeOfModule('/repo/src/ui/components/calc/archive/parts.ts')).toBeNull();
    expect(routeOfModule(null)).toBeNull();
  });

  it('lists a screen chunk and its static imports, once each, under the base path, never the entry', () => {
    const bundle = {
      'assets/index.js': { type: 'chunk' as const, fileName: 'assets/index.js', isEntry: true, imports: [], dynamicImports: ['assets/Notice.js', 'assets/parts.js'] },
      'assets/Notice.js': { type: 'chunk' as const, fileName: 'assets/Notice.js', facadeModuleId: '/r/src/ui/calculators/notice/NoticeScreen.svelte', imports: ['assets/kit.js', 'assets/index.js', 'assets/notice.js'] },
      'assets/kit.js': { type: 'chunk' as const, fileName: 'assets/kit.js', imports: ['assets/index.js', 'assets/notice.js'] },
      'assets/notice.js': { type: 'chunk' as const, fileName: 'assets/notice.js', imports: [] },
      'assets/parts.js': { type: 'chunk' as const, fileName: 'assets/parts.js', facadeModuleId: '/r/src/ui/components/calc/archive/parts.ts', imports: [] },
    };
    expect(routePreloads(bundle, '/app/', ['notice', 'saved'])).toEqual({ notice: ['/app/assets/Notice.js', '/app/assets/kit.js', '/app/assets/notice.js'] });
  });
});
