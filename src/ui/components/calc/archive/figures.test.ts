// A changed figure in the user's words (it-IT: 2.927,77 €, 29 aprile 2024, sì/no); never a raw code.
import { beforeEach, describe, expect, it } from 'vitest';
import { addMessages } from '../../../i18n/messages';
import itArchive from '../../../i18n/messages/it/archive-calc';
import en from '../../../i18n/messages/en/archive-calc';
import { locale } from '../../../i18n/locale.svelte';
import { figureLabel, figureValue } from './figures';

addMessages({ it: itArchive, en });
beforeEach(() => locale.set('it'));

describe('figures of the old-beside-new table', () => {
  it('labels outputs in words, nested ones by their path, unknown ones generically', () => {
    expect(figureLabel('days', 'it')).toBe('Giorni di preavviso');
    expect(figureLabel('headroom.fixedTerm', 'it')).toBe('Contratti a termine ancora possibili (CCNL)');
    expect(figureLabel('somethingNew', 'it')).toBe('Altro dato del calcolo');
  });

  it('writes money, dates, yes/no and lists the Italian way', () => {
    expect(figureValue('indemnity', 2927.77, 'it')).toMatch(/^2\.927,77\s€$/);
    expect(figureValue('endDate', '2024-04-29', 'it')).toBe('29 aprile 2024');
    expect(figureValue('ccnlAllowsMore', true, 'it')).toBe('Sì');
    expect(figureValue('schedule', [{}, {}, {}], 'it')).toBe('3 voci');
    expect(figureValue('compensationCap', null, 'it')).toBe('—');
  });

  it('never prints a code it has no words for', () => {
    expect(figureValue('band', 'zz-unknown', 'it')).toBe('cambiato');
    expect(figureValue('statute', { fixedTermCap: 2 }, 'it')).toBe('cambiato');
  });
});
