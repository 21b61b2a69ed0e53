import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import './messages';
import { calculate } from '../../../calculators';
import { locale } from '../../i18n/locale.svelte';
import MonitoringResult from './MonitoringResult.svelte';

// RULES.md 5.7 CRM-2: operator-monitoring software, RSA present → agreement-required, decided by "tracks operator activity".
const input = { ruleset: 'statute', tool: 'operator-monitoring', canMonitorWorkers: true, tracksOperatorActivity: true, purpose: 'organisational', representation: 'rsa-rsu' };
const result = calculate('monitoring', input, { today: '2026-11-23' as never });

beforeEach(() => locale.set('it'));
afterEach(() => cleanup());

describe('monitoring result', () => {
  it('says in words which condition decided, not "n. 3 di 7"', () => {
    render(MonitoringResult, { props: { result, input } });
    const facts = document.querySelector('.facts') as HTMLElement;
    expect(within(facts).getByText('Perché questo esito')).toBeInTheDocument();
    expect(within(facts).getByText('Misura stati, tempi, produttività o pause dei singoli operatori')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/di 7\b/);
  });

  it('never shows an internal outcome code in the steps (Esito: agreement-required)', () => {
    render(MonitoringResult, { props: { result, input } });
    const text = document.body.textContent ?? '';
    expect(text).not.toMatch(/agreement-required|outside-art4|work-tool|not-permitted/);
    expect(text).toMatch(/Esito: serve accordo o autorizzazione/i);
  });

  it('does not label the GDPR documents "Interpretazione"', () => {
    render(MonitoringResult, { props: { result, input } });
    for (const name of ['Informativa privacy (art. 13 GDPR)', 'Valutazione d’impatto (art. 35 GDPR)']) {
      const item = screen.getByText(name, { selector: 'strong' }).closest('li') as HTMLElement;
      expect(within(item).queryByText('Interpretazione')).not.toBeInTheDocument();
      expect(within(item).getByText('Da fonte pubblicata')).toBeInTheDocument();
    }
  });
});
