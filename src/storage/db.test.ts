import { afterEach, describe, expect, it } from 'vitest';
import { ContrattoDb } from './db';

const opened: ContrattoDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

describe('device database (fake-indexeddb in unit tests only)', () => {
  it('keeps a saved case with its inputs and rules version across a reopen', async () => {
    const first = new ContrattoDb('test-cases');
    const id = await first.cases.add({
      calculator: 'notice',
      title: 'NP-3',
      input: { role: 'ov1', kind: 'dismissal', hireDate: '2017-01-10', noticeDate: '2024-03-10' },
      rulesVersion: '2026.11.23',
      savedAt: '2026-11-23T15:00:00.000Z',
    });
    first.close();
    const again = new ContrattoDb('test-cases');
    opened.push(again);
    const saved = await again.cases.get(id);
    expect(saved).toMatchObject({ calculator: 'notice', rulesVersion: '2026.11.23', input: { hireDate: '2017-01-10' } });
    expect(await again.cases.where('calculator').equals('notice').count()).toBe(1);
  });
});
