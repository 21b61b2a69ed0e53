// Issue 7 on a 360 px phone in Italian: shared links open on the answer, a second link in the same tab
// shows its own data, the tab's draft survives a link, damaged links say so, and nothing is lost by a tap.
import { expect, test, type Page } from './fixtures';
import { RULES_VERSION } from '../../src/rules/version';
import { h1, italianDate } from './helpers';

test.use({ viewport: { width: 360, height: 800 } });

const link = (calculator: string, input: object, rv = RULES_VERSION) => `/#/${calculator}?${new URLSearchParams({ in: JSON.stringify(input), rv }).toString()}`;
const result = (page: Page) => page.getByRole('region', { name: 'Risultato' });
const DAMAGED = 'Il link condiviso è danneggiato: i dati non sono stati caricati.';

// RULES.md NP-3: TDS ov1 dismissed after 7 years → 45 days, 16 March–29 April 2024; an Unimpresa resignation after 3 years → 30 days.
const NP3 = { ruleset: 'confcommercio-tds', role: 'ov1', kind: 'dismissal', hireDate: '2017-01-10', noticeDate: '2024-03-10' };
const RESIGNATION = { ruleset: 'unimpresa-vvp-2021', role: 'ov1', kind: 'resignation', hireDate: '2021-01-10', noticeDate: '2024-03-10' };

async function inViewport(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top > -2 && box.top < window.innerHeight ? 'in view' : `top ${box.top} of ${window.innerHeight}, scrollY ${window.scrollY}`;
  });
}

test('a shared link opens on the result, focused and in view, with the form folded under "Modifica i dati"', async ({ page }) => {
  await page.goto(link('notice', NP3));
  await expect(h1(page)).toHaveText('Preavviso');
  await expect(result(page).getByRole('heading', { name: 'Risultato' })).toBeFocused();
  await expect(result(page)).toContainText(`45 giorni di calendario, dal ${italianDate('2024-03-16')} al ${italianDate('2024-04-29')}`);
  await expect.poll(() => inViewport(page, '#notice-result')).toBe('in view');
  await expect(page.getByLabel('Data di assunzione')).toBeHidden();
  const edit = page.getByRole('button', { name: 'Modifica i dati' });
  await expect(edit).toHaveAttribute('aria-expanded', 'false');
  await edit.click();
  await expect(edit).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByLabel('Data di assunzione')).toBeVisible();
  await expect(page.getByLabel('Data di assunzione')).toHaveValue('2017-01-10');
});

test('a second link opened in the same tab shows its own data under its own banner', async ({ page }) => {
  await page.goto(link('notice', NP3));
  await expect(result(page)).toContainText('45 giorni di calendario');
  await page.evaluate((hash) => (location.hash = hash), link('notice', RESIGNATION, '2020.01.01').slice(1));
  await expect(result(page)).toContainText(`30 giorni di calendario, dal ${italianDate('2024-03-16')} al ${italianDate('2024-04-14')}`);
  await expect(page.getByText(/creato con le regole «2020\.01\.01»/)).toBeVisible();
  await page.getByRole('button', { name: 'Modifica i dati' }).click();
  await expect(page.getByLabel('Data di assunzione')).toHaveValue('2021-01-10');
});

test('a shared link keeps the tab’s draft, and "Torna ai tuoi dati" brings it back', async ({ page }) => {
  await page.goto('/#/notice');
  await page.getByLabel('Data di assunzione').fill('2019-05-02');
  await page.evaluate((hash) => (location.hash = hash), link('notice', NP3).slice(1));
  await expect(result(page)).toContainText('45 giorni di calendario');
  await page.getByRole('button', { name: 'Torna ai tuoi dati' }).click();
  await expect(page).toHaveURL(/#\/notice$/);
  await expect(page.getByLabel('Data di assunzione')).toHaveValue('2019-05-02');
  await page.reload();
  await expect(page.getByLabel('Data di assunzione')).toHaveValue('2019-05-02');
});

test('hostile links are damaged, not a screen stuck on "Caricamento…", also after a reload', async ({ page }) => {
  await page.goto(link('seniority', { ruleset: 'constructor', role: 'IV', hireDate: '2015-03-01', asOf: '2024-06-15' }));
  await expect(page.getByText(DAMAGED)).toBeVisible();
  await expect(page.getByLabel('Contratto applicato')).toHaveValue('unimpresa-vvp-2021');
  await page.goto('/#/seniority');
  await page.reload();
  await expect(page.getByLabel('Qualifica o livello')).toBeVisible();
  const attack = `2026.11.23 <b>${'x'.repeat(5000)}</b>`;
  await page.goto(link('notice', NP3, attack));
  await expect(page.getByText(DAMAGED)).toBeVisible();
  expect(await page.locator('main').textContent()).not.toContain('xxxx');
});

test('"Prova un esempio" and "Ricomincia" over typed data offer "Annulla"; the statute switch is announced and undoable', async ({ page }) => {
  await page.goto('/#/notice');
  await page.getByLabel('Data di assunzione').fill('2019-05-02');
  await page.getByRole('button', { name: 'Prova un esempio' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'L’esempio ha sostituito i dati che avevi inserito.' })).toBeVisible();
  await page.getByRole('button', { name: 'Annulla' }).click();
  await expect(page.getByLabel('Data di assunzione')).toHaveValue('2019-05-02');
  await page.getByRole('button', { name: 'Ricomincia' }).click();
  await expect(page.getByLabel('Data di assunzione')).toHaveValue('');
  await page.getByRole('button', { name: 'Annulla' }).click();
  await expect(page.getByLabel('Data di assunzione')).toHaveValue('2019-05-02');

  // Since rev. 2 every contract has fixed-term quotas; the offer of the law alone remains for a day before
  // a contract's window: Unimpresa from 15.03.2021, the statutory frame from 14.07.2018 (D-GEN-5).
  await page.goto('/#/fixed-term');
  await expect(page.getByText(/^Questo calcolo copre:/)).toContainText('CCNL Terziario Confcommercio (TDS)');
  await expect(page.getByText(/^Questo calcolo copre:/)).not.toContainText('Non copre');
  await page.clock.setFixedTime(new Date('2020-06-01T12:00:00'));
  await page.reload();
  await page.getByLabel('Contratto applicato').selectOption('unimpresa-vvp-2021');
  await page.getByLabel('Dipendenti a tempo indeterminato dell’unità produttiva').fill('20');
  await page.getByRole('button', { name: 'Calcola', exact: true }).click();
  await page.getByRole('button', { name: 'Calcola con la sola legge' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Contratto cambiato in «Solo legge»' })).toBeVisible();
  await page.getByRole('button', { name: /^Torna a «CCNL Unimpresa/ }).click();
  await expect(page.getByLabel('Contratto applicato')).toHaveValue('unimpresa-vvp-2021');
});

test('the contract last chosen is remembered in a new tab', async ({ page, context }) => {
  await page.goto('/#/seniority');
  await page.getByLabel('Contratto applicato').selectOption('confcommercio-tds');
  const other = await context.newPage();
  await other.setViewportSize({ width: 360, height: 800 });
  await other.goto('/#/seniority');
  await expect(other.getByLabel('Contratto applicato')).toHaveValue('confcommercio-tds');
});
