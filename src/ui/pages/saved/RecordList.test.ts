import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import '../../pages/saved/messages';
import { startEachTestInItalian } from '../../screenTestSetup';
import RecordList from './RecordList.svelte';

startEachTestInItalian();

const rows = Array.from({ length: 1120 }, (_, index) => ({ id: `p${index}`, title: `Persona ${index + 1}`, line: 'Commessa' }));

describe('archive list with many records', () => {
  it('draws a page at a time, says how many are shown, and moves focus to the first new row', async () => {
    const user = userEvent.setup();
    render(RecordList, { rows, filtered: false, onDelete: vi.fn() });
    const list = screen.getByRole('list');
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    // it-IT groups thousands with a dot.
    expect(screen.getByText('Mostrati 50 su 1.120.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mostra altri 50' }));
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(100);
    expect(items[50]).toHaveFocus();
    expect(items[50]).toHaveTextContent('Persona 51');
  });

  it('shows every row and no button when they fit in one page', () => {
    render(RecordList, { rows: rows.slice(0, 12), filtered: false, onDelete: vi.fn() });
    expect(within(screen.getByRole('list')).getAllByRole('listitem')).toHaveLength(12);
    expect(screen.queryByRole('button', { name: /Mostra altri/ })).toBeNull();
  });
});
