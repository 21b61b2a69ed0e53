/**
 * The one-way layer rule (ARCHITECTURE.md practice 5) is active: ESLint
 * refuses an import that crosses a boundary, test files included.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restricted(filePath: string, source: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${source}\nexport const probe = x;\n`, { filePath });
  return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports');
}

describe('layer boundaries are enforced by lint', () => {
  it.each([
    ['src/engine/notice/probe.test.ts', "import x from '../../calculators';"],
    ['src/engine/core/probe.ts', "import x from '../../rules/notice';"],
    ['src/engine/leave/probe.ts', "import x from 'dexie';"],
    ['src/rules/probe.test.ts', "import x from '../calculators';"],
    ['src/rules/probe.ts', "import x from '../ui/i18n/format';"],
    ['src/calculators.ts', "import x from './ui/routes';"],
    ['src/storage/probe.ts', "import x from '../engine/core/dates';"],
    ['src/ui/pages/probe.test.ts', "import x from '../../engine/core/decimal';"],
    ['src/ui/calculators/notice/probe.ts', "import x from '../../../rules/notice';"],
    ['src/pwa/probe.ts', "import x from '../calculators';"],
    ['src/calculators/probe.ts', "import x from '../ui/routes';"],
    ['src/calculators/probe.ts', "import x from 'dexie';"],
  ])('%s may not %s', async (file, source) => {
    expect(await restricted(file, source)).toBe(true);
  });

  it.each([
    ['src/rules/probe.ts', "import x from '../engine/core/rules';"],
    ['src/ui/pages/probe.ts', "import x from '../../calculators';"],
    ['src/ui/pages/probe.ts', "import x from './rules/Section.svelte';"],
    ['src/calculators.ts', "import x from './engine/notice';"],
    ['src/calculators/probe.ts', "import x from '../engine/notice';"],
    ['src/ui/calculators/notice/probe.ts', "import x from '../../../calculators/notice';"],
  ])('%s may %s', async (file, source) => {
    expect(await restricted(file, source)).toBe(false);
  });
}, 30_000);
