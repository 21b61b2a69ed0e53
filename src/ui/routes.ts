/**
 * Route table and hash parsing (pure; the reactive router is router.svelte.ts).
 * Hash routes: `#/notice`, `#/rules?x=1`… Every route except the home is
 * loaded with a dynamic import(), so the first-load chunk holds only the
 * shell and the home page (imported statically by App.svelte); each
 * calculator screen is its own chunk, with its texts.
 */
import type { Component } from 'svelte';
import type { CalculatorId } from '../calculators';

export type RouteId = 'home' | CalculatorId | 'saved' | 'deadlines' | 'rules' | 'settings';

/** Props every route component receives (it may ignore them). */
export interface RouteProps {
  routeId: RouteId;
  /** Query part of the hash (`#/notice?ruleset=statute`), for shared links. */
  query: Readonly<Record<string, string>>;
}

/** A page either uses RouteProps or takes no props at all. */
export type RouteComponent = Component<RouteProps> | Component<Record<string, never>>;

export interface RouteDef {
  id: RouteId;
  /** Message key of the page name, used in the nav, the page title and document.title. */
  titleKey: string;
  /** Absent only for the home page, which is part of the first-load chunk. */
  load?: () => Promise<{ default: RouteComponent }>;
}

type Loader = NonNullable<RouteDef['load']>;

/**
 * The same promise for every call once a chunk has loaded: a second import() of a loaded module settles only in
 * a later task, so the screen the entry had already fetched was drawn a frame after the app (issue 10). A failed
 * load is forgotten, so that "Riprova" imports again.
 */
export function loadOnce(load: Loader): Loader {
  let loading: ReturnType<Loader> | null = null;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}

export const ROUTES: readonly RouteDef[] = ([
  { id: 'home', titleKey: 'shell.appName' },
  { id: 'notice', titleKey: 'shell.nav.notice', load: () => import('./calculators/notice/NoticeScreen.svelte') },
  { id: 'leave', titleKey: 'shell.nav.leave', load: () => import('./calculators/leave/LeaveScreen.svelte') },
  { id: 'seniority', titleKey: 'shell.nav.seniority', load: () => import('./calculators/seniority/SeniorityScreen.svelte') },
  { id: 'fixed-term', titleKey: 'shell.nav.fixed-term', load: () => import('./calculators/fixed-term/FixedTermScreen.svelte') },
  { id: 'monitoring', titleKey: 'shell.nav.monitoring', load: () => import('./calculators/monitoring/MonitoringScreen.svelte') },
  { id: 'probation', titleKey: 'shell.nav.probation', load: () => import('./calculators/probation/ProbationScreen.svelte') },
  { id: 'comporto', titleKey: 'shell.nav.comporto', load: () => import('./calculators/comporto/ComportoScreen.svelte') },
  { id: 'saved', titleKey: 'shell.nav.saved', load: () => import('./pages/Saved.svelte') },
  { id: 'deadlines', titleKey: 'shell.nav.deadlines', load: () => import('./pages/Deadlines.svelte') },
  { id: 'rules', titleKey: 'shell.nav.rules', load: () => import('./pages/Rules.svelte') },
  { id: 'settings', titleKey: 'shell.nav.settings', load: () => import('./pages/Settings.svelte') },
] as RouteDef[]).map((route) => (route.load ? { ...route, load: loadOnce(route.load) } : route));

/** The message key of a calculator's intro (`fixed-term` → `fixedTerm.screen.intro`), the text under its title. */
export const introKey = (id: CalculatorId): string => `${id.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())}.screen.intro`;

/** The seven calculators, in the order of the home page and the menu. */
export const CALCULATOR_ROUTES: readonly CalculatorId[] = ['notice', 'leave', 'seniority', 'fixed-term', 'monitoring', 'probation', 'comporto'];

/** Menu entries, in order. */
export const NAV_ROUTES: readonly RouteId[] = [...CALCULATOR_ROUTES, 'saved', 'deadlines', 'rules', 'settings'];

export function routeDef(id: RouteId): RouteDef {
  return ROUTES.find((route) => route.id === id) ?? (ROUTES[0] as RouteDef);
}

export function href(id: RouteId, query?: Record<string, string>): string {
  const path = id === 'home' ? '#/' : `#/${id}`;
  const search = query ? new URLSearchParams(query).toString() : '';
  return search ? `${path}?${search}` : path;
}

export interface Location {
  id: RouteId;
  query: Readonly<Record<string, string>>;
}

/** Unknown or malformed hashes show the home page. */
export function parseHash(hash: string): Location {
  const body = hash.startsWith('#/') ? hash.slice(2) : '';
  const [path = '', search = ''] = body.split('?', 2);
  const route = ROUTES.find((candidate) => candidate.id === path && path !== 'home');
  return { id: route ? route.id : 'home', query: Object.fromEntries(new URLSearchParams(search)) };
}
