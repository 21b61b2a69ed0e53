/**
 * npm run golden -- <files…>: one line per case, then "N passed, M failed".
 * Exit code 1 when a case fails or a file is malformed. The process ends by
 * itself with `process.exitCode` set: `process.exit()` would cut off the
 * output still queued for a pipe (`… | tail -1` printed a case line).
 */
import { readFileSync } from 'node:fs';
import { MalformedCaseFile, parseCaseFile } from './format';
import { runFile } from './runner';

interface Tally {
  passed: number;
  failed: number;
  pending: number;
  malformed: number;
}

function runOne(path: string, tally: Tally): void {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    console.error(`${path}: cannot read (${(error as Error).message})`);
    tally.malformed += 1;
    return;
  }
  try {
    const file = parseCaseFile(path, text);
    console.log(`# ${path} (${file.calculator}, ${file.cases.length} cases)`);
    for (const report of runFile(file)) {
      const head = `${report.verdict.padEnd(7)} ${report.id} — ${report.title}`;
      if (report.verdict === 'ok') tally.passed += 1;
      else if (report.verdict === 'FAIL') tally.failed += 1;
      else tally.pending += 1;
      console.log(report.verdict === 'ok' ? head : `${head}${report.problems.length ? `\n          ${report.problems.join('\n          ')}` : ''}`);
    }
  } catch (error) {
    if (!(error instanceof MalformedCaseFile)) throw error;
    console.error(`malformed case file ${error.file} at ${error.path}: ${error.problem}`);
    tally.malformed += 1;
  }
}

function main(files: readonly string[]): number {
  if (files.length === 0) {
    console.error('usage: npm run golden -- <case-file.json> [more files…]');
    return 2;
  }
  const tally: Tally = { passed: 0, failed: 0, pending: 0, malformed: 0 };
  for (const path of files) runOne(path, tally);
  if (tally.pending > 0) console.log(`${tally.pending} pending (calculator not built yet; see tests/golden/pending.ts)`);
  if (tally.malformed > 0) console.log(`${tally.malformed} malformed file(s)`);
  console.log(`${tally.passed} passed, ${tally.failed} failed`);
  return tally.failed > 0 || tally.malformed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
