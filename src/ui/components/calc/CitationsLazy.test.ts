// Issue 10: the source registry is not part of a calculator screen's chunks; Citations loads it with the first result.
import { cleanup, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import '../../calculators/notice/messages';
import { calculate } from '../../../calculators';
import { locale } from '../../i18n/locale.svelte';
import Citations from './Citations.svelte';
import { loadedSources, loadSources } from './sourcesLoader';

const notice = calculate('notice', { ruleset: 'confcommercio-tds', role: 'ov1', kind: 'dismissal', hireDate: '2017-01-10', noticeDate: '2024-03-10' });

afterEach(() => cleanup());

describe('Citations before the source registry has loaded', () => {
  it('loads it on first use and then lists the sources', async () => {
    locale.set('it');
    expect(loadedSources()).toBeNull();
    render(Citations, { props: { result: notice } });
    expect(screen.queryByRole('list')).toBeNull(); // nothing yet: the registry is on its way
    await loadSources(); // the same request the component started
    expect(loadedSources()).not.toBeNull();
    expect(await screen.findByText(/Filcams CGIL, scheda/)).toBeInTheDocument();
  });
});
