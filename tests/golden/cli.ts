/**
 * npm run golden -- <files…>: one line per case, then "N passed, M failed".
 * Exit code 1 when a case fails or a file is malformed.
 */
import { readFileSync } from 'node:fs';
import { MalformedCaseFile, parseCaseFile } from './format';
import { runFile } from './runner';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run golden -- <case-file.json> [more files…]');
  process.exit(2);
}

let passed = 0;
let failed = 0;
let pending = 0;
let malformed = 0;
for (const path of files) {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    console.error(`${path}: cannot read (${(error as Error).message})`);
    malformed += 1;
    continue;
  }
  try {
    const file = parseCaseFile(path, text);
    console.log(`# ${path} (${file.calculator}, ${file.cases.length} cases)`);
    for (const report of runFile(file)) {
      const head = `${report.verdict.padEnd(7)} ${report.id} — ${report.title}`;
      if (report.verdict === 'ok') passed += 1;
      else if (report.verdict === 'FAIL') failed += 1;
      else pending += 1;
      console.log(report.verdict === 'ok' ? head : `${head}${report.problems.length ? `\n          ${report.problems.join('\n          ')}` : ''}`);
    }
  } catch (error) {
    if (!(error instanceof MalformedCaseFile)) throw error;
    console.error(`malformed case file ${error.file} at ${error.path}: ${error.problem}`);
    malformed += 1;
  }
}
if (pending > 0) console.log(`${pending} pending (calculator not built yet; see tests/golden/pending.ts)`);
if (malformed > 0) console.log(`${malformed} malformed file(s)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || malformed > 0 ? 1 : 0);
