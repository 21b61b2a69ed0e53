/**
 * Build-time only (vite-plugins/prerender.ts renders this in Node): the first screen as HTML, so that a phone
 * paints the home page, or a calculator's title and intro, from index.html alone before any script has run
 * (issue 10: LCP). The app then mounts over it in one task (src/main.ts), from the same components.
 */
import { render } from 'svelte/server';
import App from '../App.svelte';
import CalcIntro from '../ui/components/calc/CalcIntro.svelte';
import { locale, t } from '../ui/i18n/locale.svelte';
export { LOCALE_STORAGE_KEY } from '../ui/i18n/locale.svelte';
import { loadLocale, type Locale } from '../ui/i18n/messages';
import { CALCULATOR_ROUTES, ROUTES, introKey } from '../ui/router.svelte';
// Each screen registers its texts (the intros among them) when loaded; here all at once.
import '../ui/calculators/notice/messages';
import '../ui/calculators/leave/messages';
import '../ui/calculators/seniority/messages';
import '../ui/calculators/fixed-term/messages';
import '../ui/calculators/monitoring/messages';
import '../ui/calculators/probation/messages';
import '../ui/calculators/comporto/messages';

export interface Prerendered {
  /** The whole app as it first draws the home page. */
  app: string;
  /** Per calculator, the content of `<main>` until its screen is drawn: its title and intro. */
  intros: Record<string, string>;
}

/** Svelte's hydration markers: the app mounts afresh over this markup, it does not hydrate it. */
const withoutComments = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '');

export async function prerender(language: Locale): Promise<Prerendered> {
  await loadLocale(language);
  locale.current = language;
  const intros = Object.fromEntries(
    CALCULATOR_ROUTES.map((id) => [id, withoutComments(render(CalcIntro, { props: { calculator: id, intro: t(introKey(id)) } }).body)]),
  );
  return { app: withoutComments(render(App).body), intros };
}

/** Every route but the home: a link to one of them must not show the home page while the app starts. */
export const OTHER_ROUTES: readonly string[] = ROUTES.map((route) => route.id).filter((id) => id !== 'home');
