/**
 * Calculators six and seven through the real forms at 360 px, in Italian,
 * typing what a person types: the shared cases PR-6 (probation with an
 * absence typed as "dal … per N giorni") and CO-5 (old sick days leaving the
 * window), plus the links between the screens.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
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
