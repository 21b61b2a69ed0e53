/**
 * Calculators six and seven through the real forms at 360 px, in Italian,
 * typing what a person types: the shared cases PR-6 (probation with an
 * absence typed as "dal … per N giorni") and CO-5 (old sick days leaving the
 * window), plus the links between the screens.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { expectNoHorizontalScroll, h1, italianDate } from './helpers';

interface Case { id: string; input: Record<string, unknown>; expect: Record<string, unknown> }
const load = (file: string) => JSON.parse(readFileSync(new URL(`../golden/cases/${file}`, import.meta.url), 'utf8')).cases as Case[];
const PR_6 = load('probation.json').find((c) => c.id === 'PR-V06') as Case;
const CO_5 = load('comporto.json').find((c) => c.id === 'CO-V05') as Case;
const result = (page: Page) => page.getByRole('region', { name: 'Risultato' });

test.use({ viewport: { width: 360, height: 740 } });

test('probation PR-6 typed by hand: a TDS 3rd level sick for 12 days finishes probation on the expected day', async ({ page }) => {
  const input = PR_6.input as { ruleset: string; role: string; hireDate: string; absences: { from: string; to: string }[] };
  const absence = input.absences[0] as { from: string; to: string };
  await page.goto('/#/probation');
  await expect(h1(page)).toHaveText('Periodo di prova');
  await page.getByLabel('Contratto applicato').selectOption(input.ruleset);
  await page.getByLabel('Qualifica o livello').selectOption(input.role);
  await page.getByLabel('Primo giorno di lavoro').fill(input.hireDate);
  await page.getByRole('button', { name: 'Aggiungi un’assenza' }).click();
  await expect(page.getByLabel('Dal', { exact: true })).toBeFocused();
  await page.getByLabel('Dal', { exact: true }).fill(absence.from);
  await page.getByLabel('Per quanti giorni di calendario').fill('12');
  await expect(page.getByText(`fino al ${italianDate(absence.to)}`)).toBeVisible();
  await page.getByRole('button', { name: 'Calcola' }).click();
  await expect(result(page)).toContainText(`La prova finisce il ${italianDate(PR_6.expect.endDate as string)}.`);
  await expect(result(page)).toContainText(`${PR_6.expect.length} giorni di lavoro effettivo`);
  await expect(result(page).getByRole('table', { name: /Calendario di marzo 2026/ })).toBeVisible();
  await expect(result(page).getByText('Lunedì dell’Angelo')).toBeVisible();
  await expect(result(page).getByText(/dal 16 marzo 2026 al 27 marzo 2026: 12 giorni dentro la prova/)).toBeVisible();
  await expectNoHorizontalScroll(page);
  await page.screenshot({ path: 'test-results/probation-360.png', fullPage: true });
});

test('probation under the law alone for an open-ended contract is not covered, with the six-month ceiling explained', async ({ page }) => {
  await page.goto('/#/probation');
  await page.getByLabel('Contratto applicato').selectOption('statute');
  await page.getByLabel('Primo giorno di lavoro').fill('2025-03-03');
  await page.getByRole('button', { name: 'Calcola' }).click();
  await expect(page.getByText(/la legge fissa solo un tetto di 6 mesi/)).toBeVisible();
});

test('comporto CO-5 typed by hand: 60 days left, but the old days leaving the window push the end to 28 November 2026', async ({ page }) => {
  const input = CO_5.input as { ruleset: string; asOf: string; absences: { from: string; to: string }[] };
  const [first, second] = input.absences as [{ from: string; to: string }, { from: string; to: string }];
  await page.goto('/#/comporto');
  await expect(h1(page)).toHaveText('Comporto per malattia');
  await page.getByLabel('Contratto applicato').selectOption(input.ruleset);
  await page.getByLabel('Giorno della verifica').fill(input.asOf);
  await page.getByRole('button', { name: 'Aggiungi un’assenza' }).click();
  const one = page.getByRole('group', { name: 'Assenza 1' });
  await one.getByLabel('Dal', { exact: true }).fill(first.from);
  await one.getByLabel('fino al giorno').check();
  await one.getByLabel('Al (compreso)').fill(first.to);
  await page.getByRole('button', { name: 'Aggiungi un’assenza' }).click();
  const two = page.getByRole('group', { name: 'Assenza 2' });
  await two.getByLabel('Dal', { exact: true }).fill(second.from);
  await two.getByLabel('Per quanti giorni di calendario').fill('30');
  await page.getByRole('button', { name: 'Calcola' }).click();
  await expect(result(page)).toContainText(`Restano ${CO_5.expect.sicknessDaysLeft} giorni di comporto su 180.`);
  await expect(result(page)).toContainText(`il comporto si supera il ${italianDate(CO_5.expect.exhaustionDate as string)}`);
  await expect(result(page)).toContainText('escono dal periodo 90 giorni di vecchie malattie');
  await expectNoHorizontalScroll(page);
  await page.screenshot({ path: 'test-results/comporto-360.png', fullPage: true });

  // Edit and remove: the second period goes, the count drops to 90.
  await page.getByRole('button', { name: 'Rimuovi l’assenza 2' }).click();
  await expect(result(page)).toContainText('Restano 90 giorni di comporto su 180.');
});

test('the comporto screen links to the probation calculator when the check may fall inside probation, and notice “in prova” links there too', async ({ page }) => {
  await page.goto('/#/comporto');
  await page.getByLabel('Contratto applicato').selectOption('confcommercio-tds');
  await page.getByLabel('Giorno della verifica').fill('2026-03-31');
  await page.getByLabel('Data di assunzione').fill('2026-02-01');
  await page.getByRole('button', { name: 'Calcola' }).click();
  await page.getByRole('link', { name: 'Controlla la fine della prova' }).click();
  await expect(h1(page)).toHaveText('Periodo di prova');
  await page.goto('/#/notice');
  await page.getByLabel('Il lavoratore è ancora in periodo di prova').check();
  await page.getByRole('link', { name: /Calcola la fine del periodo di prova/ }).click();
  await expect(h1(page)).toHaveText('Periodo di prova');
});

async function addPerson(page: Page, name: string, role: string, hireDate: string): Promise<void> {
  await page.goto('/#/saved');
  await expect(h1(page)).toHaveText('Archivio');
  await page.getByRole('button', { name: 'Aggiungi persona' }).click();
  await page.getByLabel('Nome o etichetta').fill(name);
  await page.getByLabel('Contratto applicato').selectOption('confcommercio-tds');
  await page.getByLabel('Qualifica o livello').selectOption(role);
  await page.getByLabel('Data di assunzione').fill(hireDate);
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText(`«${name}» salvato.`)).toBeVisible();
}

test('Scadenze lists a probation ending within 30 days and a worker with 30 comporto days or fewer left (from their saved case)', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 2400 });
  // Wednesday 20 May 2026. A TDS 4th level hired on Easter Monday, 6 April 2026 (Mon–Sat week), counts from the 7th:
  // April 20 days (3 Sundays and Saturday 25 April out), May 25 (5 Sundays and 1 May out), June 1, 3–6, 8–13,
  // 15–18 (2 June out): the 60th day is Thursday 18 June 2026, 29 days ahead, so it is listed.
  await page.clock.setFixedTime(new Date('2026-05-20T10:00:00'));
  await addPerson(page, 'Anna Bianchi', 'IV', '2026-04-06');
  await addPerson(page, 'Bruno Neri', 'VI', '2020-01-13');

  await page.goto('/#/comporto');
  await page.getByLabel('Scegli una persona').selectOption({ label: 'Bruno Neri' });
  await page.getByRole('button', { name: 'Usa questi dati' }).click();
  await expect(page.getByLabel('Data di assunzione')).toHaveValue('2020-01-13');
  await page.getByLabel('Giorno della verifica').fill('2026-05-20');
  await page.getByRole('button', { name: 'Aggiungi un’assenza' }).click();
  // Sick from 2 December 2025 to 20 May 2026: 30 + 31 + 28 + 31 + 30 + 20 = 170 days, 10 left, out on 31 May 2026.
  await page.getByLabel('Dal', { exact: true }).fill('2025-12-02');
  await page.getByLabel('fino al giorno').check();
  await page.getByLabel('Al (compreso)').fill('2026-05-20');
  await expect(result(page)).toContainText('Restano 10 giorni di comporto su 180.');
  await expect(result(page)).toContainText('il comporto si supera il 31 maggio 2026');
  const box = page.getByRole('region', { name: 'Salva nell’Archivio' });
  await box.getByRole('button', { name: 'Salva' }).click();
  await expect(box.getByText(/^Calcolo salvato come «/)).toBeVisible();

  await page.goto('/#/deadlines');
  await expect(h1(page)).toHaveText('Scadenze');
  const items = page.getByRole('list', { name: 'Scadenze in ordine di data' }).getByRole('listitem');
  await expect(items.first()).toBeVisible();
  await expect(items.filter({ hasText: 'Bruno Neri' }).filter({ hasText: 'Comporto per malattia quasi esaurito' })).toContainText('31 maggio 2026');
  await expect(items.filter({ hasText: 'Anna Bianchi' }).filter({ hasText: 'Fine del periodo di prova' })).toContainText('18 giugno 2026');
});
