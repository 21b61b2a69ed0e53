/**
 * The case-file runner through a pipe (issue 8): with `process.exit()` the
 * process ended before standard output drained, and `… | tail -1` printed a
 * case line instead of the summary.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const CASES = 6_000;
const dir = mkdtempSync(join(tmpdir(), 'golden-pipe-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Statute caps 20% / 30% of a growing base (D-FT-3): expectations from RULES.md arithmetic, not from the code. */
function statuteCase(i: number) {
  const base = 10 * (i + 1);
  return {
    id: `PIPE-${i}`,
    title: `Statute, base ${base}`,
    source: 'derived: RULES.md D-FT-3',
    input: { ruleset: 'statute', permanentHeadcount: base },
    expect: { fixedTermCap: 2 * (i + 1), combinedCap: 3 * (i + 1) },
  };
}

describe('case-file runner through a pipe', () => {
  it(`prints all ${CASES} case lines and the summary last, through a pipe`, () => {
    const file = join(dir, 'many.json');
    writeFileSync(file, JSON.stringify({ calculator: 'fixed-term', cases: Array.from({ length: CASES }, (_, i) => statuteCase(i)) }));
    // A shell pipe, as a consultant would use it: only the last line survives `tail -1`.
    const tail = spawnSync('sh', ['-c', `npx tsx tests/golden/cli.ts "${file}" | tail -1`], { encoding: 'utf8' });
    expect(tail.stdout.trim()).toBe(`${CASES} passed, 0 failed`);
    // The whole stream read from the child's stdout pipe: nothing lost before the summary.
    const full = spawnSync('npx', ['tsx', 'tests/golden/cli.ts', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const lines = full.stdout.trimEnd().split('\n');
    expect(lines.filter((line) => line.startsWith('ok '))).toHaveLength(CASES);
    expect(lines[lines.length - 1]).toBe(`${CASES} passed, 0 failed`);
    expect(full.status).toBe(0);
  }, 120_000);

  it('still exits non-zero on a failing case, after printing the summary', () => {
    const file = join(dir, 'failing.json');
    const wrong = { ...statuteCase(0), expect: { fixedTermCap: 99 } };
    writeFileSync(file, JSON.stringify({ calculator: 'fixed-term', cases: [wrong] }));
    const run = spawnSync('npx', ['tsx', 'tests/golden/cli.ts', file], { encoding: 'utf8' });
    expect(run.stdout.trimEnd().split('\n').pop()).toBe('0 passed, 1 failed');
    expect(run.status).toBe(1);
  }, 60_000);
});
