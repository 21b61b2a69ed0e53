import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import '../../calculators/notice/messages';
import { locale } from '../../i18n/locale.svelte';
import StatusBadge from './StatusBadge.svelte';

beforeEach(() => locale.set('it'));
afterEach(() => cleanup());

const text = () => document.body.textContent ?? '';

describe('StatusBadge', () => {
  it('gives the reason of a published figure in plain words', () => {
    render(StatusBadge, { props: { status: 'cited-source' } });
    expect(screen.getByText('Da fonte pubblicata')).toBeInTheDocument();
    expect(text()).toMatch(/fonte pubblicata: legge, circolare, sentenza/);
  });

  it('a practice flag replaces "Da fonte pubblicata", which would contradict "no written rule"', () => {
    render(StatusBadge, { props: { status: 'cited-source', flags: ['practice'] } });
    expect(screen.getByText('Prassi comune')).toBeInTheDocument();
    expect(screen.queryByText('Da fonte pubblicata')).not.toBeInTheDocument();
    expect(text()).toMatch(/Nessuna regola scritta/);
  });

  it('an inferred Unimpresa figure resting on a Terziario source says it is borrowed from that CCNL', () => {
    render(StatusBadge, { props: { status: 'inferred', ruleset: 'unimpresa-vvp-2021', sourceIds: ['S47', 'S49'] } });
    expect(screen.getByText('Interpretazione')).toBeInTheDocument();
    expect(text()).toMatch(/Il CCNL Unimpresa non scrive questa cifra: è presa dal CCNL Terziario Confcommercio/);
  });

  it('an inferred figure of another kind is our reading, not a borrowed one', () => {
    render(StatusBadge, { props: { status: 'inferred', ruleset: 'confcommercio-tds', sourceIds: ['S49'] } });
    expect(text()).toMatch(/nostra lettura/);
    expect(text()).not.toMatch(/Unimpresa/);
  });

  it('separates its sentences with a space (monitoring: "…regola scritta.Testo…")', () => {
    render(StatusBadge, { props: { status: 'inferred', flags: ['practice', 'statute-text-not-checked'] } });
    expect(text()).toMatch(/verificalo\. Il testo della legge/);
    expect(text()).not.toMatch(/\.\S/);
  });

  it('adds the reason of each other flag', () => {
    render(StatusBadge, { props: { status: 'cited-source', flags: ['single-source', 'contested'] } });
    expect(text()).toMatch(/La riporta una sola fonte/);
    expect(text()).toMatch(/Le fonti non concordano/);
  });
});
