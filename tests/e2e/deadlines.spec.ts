import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { canonicalJson } from '../../src/storage/canonical';
import { expect, test, type Page } from './fixtures';
import { OUT_DIR } from './constants';
import { axeViolations, expectNoHorizontalScroll, followNav, h1 } from './helpers';

// The deadline board against real IndexedDB in Chromium, with the device's day fixed to 15 March 2026.
// Every expected date below is worked out by hand from RULES.md, not read from the app:
// - seniority (D-SC-2): hired 20 May 2017, not on the 1st → seniority from 1 June 2017; a step every 3 years from
//   then: 1.6.2020, 1.6.2023, 1.6.2026; the last is within 90 days of 15 March 2026.
// - leave (art. 10 D.Lgs. 66/2003, RULES.md "Statutory use"): ferie accrued in 2024 beyond the first two weeks
//   are due within 18 months after 2024 ends: 30 June 2026; this year's two weeks by 31 December 2026.
// - contract end: the date typed, 30 April 2026 (within 90 days).
test.use({ viewport: { width: 360, height: 800 }, locale: 'it-IT' });

const TODAY = new Date('2026-03-15T10:00:00');

async function addPerson(page: Page, fields: { name: string; ruleset: string; role?: string; hire: string; end?: string }): Promise<void> {
  await page.getByRole('button', { name: 'Aggiungi persona' }).click();
  await page.getByLabel('Nome o etichetta').fill(fields.name);
  await page.getByLabel('Contratto applicato').selectOption(fields.ruleset);
  if (fields.role) await page.getByLabel('Qualifica o livello').selectOption(fields.role);
  await page.getByLabel('Data di assunzione').fill(fields.hire);
  if (fields.end) await page.getByLabel('Fine del contratto a termine (facoltativo)').fill(fields.end);
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText(`«${fields.name}» salvato.`)).toBeVisible();
}

async function exportCalendar(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Esporta calendario' }).click()]);
  expect(download.suggestedFilename()).toBe('scadenze-2026-03-15.ics');
  return readFileSync(await download.path(), 'utf8');
}

const events = (ics: string) => ics.split('BEGIN:VEVENT').slice(1);
const field = (event: string, name: string) => new RegExp(`^${name}[:;](.*)$`, 'm').exec(event.replace(/\r\n /g, ''))?.[1] ?? '';

test('the board lists the people’s deadlines by date, filters them and exports them as a calendar', async ({ page }) => {
  // Tall enough for the whole (virtualised) list to be on screen at once, so every row is in the DOM.
  await page.setViewportSize({ width: 360, height: 2400 });
  await page.clock.setFixedTime(TODAY);
  await page.goto('/#/deadlines');
  await expect(h1(page)).toHaveText('Scadenze');
  await expect(page.getByText('Nessuna persona o unità produttiva salvata')).toBeVisible();
  await page.getByRole('link', { name: 'Vai all’Archivio' }).click();
  await expect(h1(page)).toHaveText('Archivio');

  await addPerson(page, { name: 'Giulia Bianchi', ruleset: 'confcommercio-tds', role: 'IV', hire: '2017-05-20' });
  await addPerson(page, { name: 'Luca Verdi', ruleset: 'statute', hire: '2025-09-01', end: '2026-04-30' });
  await followNav(page, 'Scadenze');

  const list = page.getByRole('list', { name: 'Scadenze in ordine di data' });
  const items = list.getByRole('listitem');
  await expect(items.first()).toBeVisible();
  const texts = await items.allInnerTexts();
  const line = (start: string, who: string) => texts.findIndex((text) => text.startsWith(start) && text.includes(who));
  const contractEnd = line('30 aprile 2026 · ⚑ Fine del contratto a termine', 'Luca Verdi');
  const step = line('1° giugno 2026 · ↗ Prossimo scatto di anzianità', 'Giulia Bianchi');
  const rest = line('30 giugno 2026 · ☀ Resto delle ferie di due anni fa', 'Giulia Bianchi');
  const twoWeeks = line('31 dicembre 2026 · ☀ Ferie dell’anno in corso', 'Giulia Bianchi');
  expect([contractEnd, step, rest, twoWeeks].every((index) => index >= 0)).toBe(true);
  expect(contractEnd).toBeLessThan(step);
  expect(step).toBeLessThan(rest);
  expect(rest).toBeLessThan(twoWeeks);
  // The statute has no seniority steps (D-SC-4): the refusal is listed with its reason, not hidden.
  const refusal = items.filter({ hasText: 'Non calcolabile' }).filter({ hasText: 'Luca Verdi' }).filter({ hasText: 'Prossimo scatto di anzianità' });
  await expect(refusal).toContainText('Nessuna legge prevede gli scatti di anzianità');
  // A row is reachable by keyboard through its link, which opens the calculation with its steps.
  await expect(items.nth(step).getByRole('link', { name: 'Apri il calcolo: Prossimo scatto di anzianità, Giulia Bianchi' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  await expectNoHorizontalScroll(page);

  await page.getByLabel('Persona o unità produttiva').fill('giulia');
  await expect(items.filter({ hasText: 'Luca Verdi' })).toHaveCount(0);
  await page.getByLabel('Tipo di scadenza').selectOption({ label: 'Prossimo scatto di anzianità' });
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('1° giugno 2026');

  await page.getByLabel('Persona o unità produttiva').fill('');
  await page.getByLabel('Tipo di scadenza').selectOption({ label: 'tutte' });
  const first = await exportCalendar(page);
  expect(first.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  const dated = events(first);
  const summaries = dated.map((event) => field(event, 'SUMMARY'));
  expect(summaries).toContain('Prossimo scatto di anzianità: Giulia Bianchi');
  const stepEvent = dated[summaries.indexOf('Prossimo scatto di anzianità: Giulia Bianchi')] ?? '';
  expect(field(stepEvent, 'DTSTART')).toBe('VALUE=DATE:20260601');
  expect(field(stepEvent, 'DTEND')).toBe('VALUE=DATE:20260602');
  expect(dated.map((event) => field(event, 'DTSTART'))).toContain('VALUE=DATE:20260430');
  // One event per dated deadline: every row except the refusals (and quota figures, which have no date of their own).
  const datedRows = texts.filter((text) => !text.startsWith('Non calcolabile')).length;
  expect(dated).toHaveLength(datedRows);

  await page.reload();
  await expect(page.getByRole('list', { name: 'Scadenze in ordine di data' }).getByRole('listitem').first()).toBeVisible();
  const second = await exportCalendar(page);
  // Stable UIDs: a second export names the same events, so a calendar re-import updates instead of duplicating.
  expect(events(second).map((event) => field(event, 'UID'))).toEqual(dated.map((event) => field(event, 'UID')));
  expect(new Set(dated.map((event) => field(event, 'UID'))).size).toBe(dated.length);
});

test('the board’s CSV export opens in an Italian spreadsheet: BOM, semicolons, dd/mm/yyyy', async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
  await page.goto('/#/saved');
  await addPerson(page, { name: '=Giulia', ruleset: 'confcommercio-tds', role: 'IV', hire: '2017-05-20' });
  await followNav(page, 'Scadenze');
  await page.getByLabel('Tipo di scadenza').selectOption({ label: 'Prossimo scatto di anzianità' });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Esporta CSV' }).click()]);
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.startsWith('\uFEFFData;Scadenza;Persona o unità;Valore;Dettaglio\r\n')).toBe(true);
  // A label a spreadsheet would run as a formula is written as text.
  expect(text).toContain("01/06/2026;Prossimo scatto di anzianità;'=Giulia;;");
});

/** A backup file of `count` people, all TDS level IV hired on 20 May 2017, as the app would export it. */
function backupOf(count: number): Buffer {
  const stamp = '2026-03-01T09:00:00.000Z';
  const people = Array.from({ length: count }, (_, index) => ({
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    label: `Persona ${String(index + 1).padStart(2, '0')}`,
    ruleset: 'confcommercio-tds',
    role: 'IV',
    hireDate: '2017-05-20',
    schedule: { kind: 'full-time' },
    createdAt: stamp,
    updatedAt: stamp,
  }));
  const data = { people, units: [], savedCases: [], settings: [] };
  const checksum = createHash('sha256').update(canonicalJson(data)).digest('hex');
  return Buffer.from(JSON.stringify({ format: 'contratto-in-tasca-backup', formatVersion: 1, rulesVersion: '2026.12.01', exportedAt: stamp, appVersion: 'e2e', checksum, data }));
}

test('Tab goes from row to row through the whole virtualised list, also to rows not yet on screen', async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
  await page.goto('/#/saved');
  await page.getByLabel('Importa backup').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backupOf(60) });
  await page.getByRole('button', { name: 'Importa', exact: true }).click();
  await expect(page.getByText('Backup importato.')).toBeVisible();
  await followNav(page, 'Scadenze');
  const list = page.getByRole('list', { name: 'Scadenze in ordine di data' });
  const first = list.getByRole('link').first();
  await expect(first).toHaveAccessibleName('Apri il calcolo: Preavviso se il licenziamento fosse comunicato oggi, Persona 01');
  await first.focus();
  const rendered = await list.getByRole('listitem').count();
  // Every row here has a link, so 40 presses land on the 41st row, far past the rows first in the DOM.
  // After each press the test waits for the focus to reach the next row (a keyboard user is never faster than the
  // focus). Shift+Tab right after the run down used to leave the list: virtua had dropped the rows above.
  const focusedRow = () => page.evaluate(() => document.activeElement?.closest('[role="listitem"]')?.getAttribute('aria-posinset') ?? 'none');
  const step = async (key: 'Tab' | 'Shift+Tab', expected: number) => {
    await page.keyboard.press(key);
    await expect.poll(focusedRow, { timeout: 2_000 }).toBe(String(expected));
  };
  for (let row = 2; row <= 41; row += 1) await step('Tab', row);
  expect(rendered).toBeLessThan(41);
  await expect(page.locator(':focus')).toBeInViewport();
  for (let row = 40; row >= 1; row -= 1) await step('Shift+Tab', row);
  await expect(page.locator(':focus')).toBeInViewport();
  // Twelve presses with no wait, as when Tab is held down: none is lost.
  for (let press = 0; press < 12; press += 1) await page.keyboard.press('Tab');
  await expect.poll(focusedRow, { timeout: 2_000 }).toBe('13');
  await expect(page.locator(':focus')).toBeInViewport();
});

test('a row opens its calculation, with its steps, in the calculator it came from', async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
  await page.goto('/#/saved');
  await page.getByLabel('Importa backup').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backupOf(1) });
  await page.getByRole('button', { name: 'Importa', exact: true }).click();
  await expect(page.getByText('Backup importato.')).toBeVisible();
  await followNav(page, 'Scadenze');
  await page.getByRole('link', { name: 'Apri il calcolo: Prossimo scatto di anzianità, Persona 01' }).click();
  await expect(h1(page)).toHaveText('Scatti di anzianità');
  // D-SC-2 by hand: seniority from 1 June 2017, third step paid from 1 June 2026.
  await expect(page.locator('section.result')).toContainText('1° giugno 2026');
});

test('the board’s Web Worker starts under the page’s CSP and Trusted Types, and answers', async ({ page }) => {
  // 10,000 people are computed in workers (storage/dashboardWorkers.ts); the page admits only its own worker scripts.
  const script = readdirSync(new URL(`../../${OUT_DIR}/assets/`, import.meta.url)).find((name) => /^dashboard\.worker-[\w-]+\.js$/.test(name));
  expect(script).toBeDefined();
  await page.goto('/');
  await expect(h1(page)).toHaveText('Contratto in tasca');
  const answer = await page.evaluate(
    (url) =>
      new Promise<string>((resolve) => {
        const worker = new Worker(url, { type: 'module' });
        worker.onmessage = (event: MessageEvent) => resolve(JSON.stringify(event.data));
        worker.onerror = () => resolve('error');
        worker.postMessage({ people: [], units: [], today: '2026-03-15' });
      }),
    `/assets/${script}`,
  );
  expect(answer).toBe('{"rows":[],"refusals":[]}');
});
