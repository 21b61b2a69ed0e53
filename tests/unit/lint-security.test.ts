/**
 * Lint rules of issue 10 ("Locked down") bite: no HTML or code from strings anywhere, no date strings
 * handed to Date in the engine, and no e2e spec that skips the security guard of tests/e2e/fixtures.ts.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleIds(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('lint forbids markup and code built from strings', () => {
  it.each([
    ['src/ui/probe.ts', "document.body.innerHTML = '<b>x</b>';", 'no-restricted-properties'],
    ['src/ui/probe.ts', "const html = document.body.outerHTML; console.log(html);", 'no-restricted-properties'],
    ['src/storage/probe.ts', "document.body.insertAdjacentHTML('beforeend', '<i></i>');", 'no-restricted-properties'],
    ['src/ui/probe.ts', "eval('1 + 1');", 'no-eval'],
    ['src/pwa/probe.ts', "const f = new Function('return 1'); f();", 'no-new-func'],
    ['src/ui/probe.ts', "setTimeout('alert(1)', 10);", 'no-implied-eval'],
    ['src/engine/core/probe.ts', "export const d = new Date('2024-03-10');", 'no-restricted-syntax'],
    ['src/engine/notice/probe.ts', 'export const d = new Date(`${2024}-03-10`);', 'no-restricted-syntax'],
    ['src/engine/notice/probe.ts', "export const d = Date.parse('2024-03-10');", 'no-restricted-syntax'],
    ['tests/e2e/probe.spec.ts', "import { test } from '@playwright/test';\ntest('x', () => {});", 'no-restricted-imports'],
  ])('%s: %s', async (file, source, rule) => {
    expect(await ruleIds(file, source)).toContain(rule);
  });

  it('still allows the safe forms', async () => {
    expect(await ruleIds('src/ui/probe.ts', "document.body.textContent = 'x'; setTimeout(() => undefined, 10);")).toEqual([]);
    expect(await ruleIds('src/engine/core/probe.test.ts', 'export const d = new Date(Date.UTC(1900, 0, 1) + 86_400_000);')).toEqual([]);
    expect(await ruleIds('tests/e2e/probe.spec.ts', "import { test } from './fixtures';\ntest('x', () => {});")).toEqual([]);
  });

  it('forbids {@html} in Svelte markup', async () => {
    // An existing file's path: typed linting of Svelte needs a file the TypeScript project knows (the text linted is this one).
    expect(await ruleIds('src/ui/components/UpdatePrompt.svelte', '<script lang="ts">\n  const text = "<b>x</b>";\n</script>\n\n{@html text}\n')).toContain('svelte/no-at-html-tags');
  });
}, 60_000);
