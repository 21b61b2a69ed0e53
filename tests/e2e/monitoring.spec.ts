import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { axeViolations, expectNoHorizontalScroll, h1 } from './helpers';

interface MonitoringCase {
  id: string;
  input: Record<string, string | boolean>;
  expect: { outcome: string; refusalLikely: boolean; procedure: string[]; informationDuty: boolean };
}

const cases = JSON.parse(readFileSync(new URL('../golden/cases/monitoring.json', import.meta.url), 'utf8')).cases as MonitoringCase[];
const MO_V03 = cases.find((c) => c.id === 'MO-V03') as MonitoringCase;

/** The questions of RULES.md 5.4 as a user reads them, with the fact each one sets. */
const QUESTIONS: { starts: string; fact: string }[] = [
  { starts: 'Che tipo di strumento vuoi usare?', fact: 'tool' },
  { starts: 'Lo strumento, direttamente o con i dati che conserva', fact: 'canMonitorWorkers' },
  { starts: 'Il sistema registra o elabora, per ciascun operatore', fact: 'tracksOperatorActivity' },
  { starts: 'Il CRM si limita ad abbinare', fact: 'onlyLinksCallToCustomer' },
  { starts: 'Senza questo strumento il lavoro non si potrebbe svolgere', fact: 'neededToWork' },
  { starts: 'Per quale scopo principale lo usi?', fact: 'purpose' },
  { starts: "Nell’unità produttiva ci sono RSA o una RSU?", fact: 'representation' },
  { starts: "L’azienda ha unità produttive in province diverse", fact: 'unitsInSeveralProvinces' },
  { starts: 'Queste unità dipendono da Ispettorati territoriali', fact: 'unitsUnderSeveralItl' },
];
/** The answer a user picks for a FORMAT.md value (RULES.md 5.4 wording). */
const LABELS: Record<string, string> = {
  gps: 'Localizzatore GPS',
  organisational: 'Esigenze organizzative e produttive',
  'rsa-rsu': 'Sì, ci sono RSA o una RSU',
  none: 'No, nessuna rappresentanza',
  true: 'Sì',
  false: 'No',
};
// RULES.md 5.5, verbatim.
const OUTCOME_LABEL: Record<string, string> = {
  'agreement-required': 'Serve accordo o autorizzazione (art. 4, comma 1)',
  'work-tool': 'Strumento di lavoro (art. 4, comma 2)',
};
const PROCEDURE: Record<string, string> = {
  'company-agreement': 'Accordo collettivo con la RSU o le RSA',
  'itl-authorisation': "Se non si raggiunge un accordo: domanda di autorizzazione all’Ispettorato territoriale del lavoro competente",
};

const result = (page: Page) => page.getByRole('region', { name: 'Risultato' });

/** Answers the question on screen from the case's facts, one step at a time, until the outcome shows. */
async function answerInterview(page: Page, facts: MonitoringCase['input']): Promise<string[]> {
  const asked: string[] = [];
  for (let step = 1; step <= QUESTIONS.length; step += 1) {
    await expect(page.getByRole('heading', { level: 2, name: `Domanda ${step}` })).toBeVisible();
    const legend = (await page.locator('.interview-step legend').textContent()) ?? '';
    const question = QUESTIONS.find((q) => legend.startsWith(q.starts));
    expect(question, `unknown question: ${legend}`).toBeDefined();
    const fact = (question as { fact: string }).fact;
    asked.push(fact);
    const group = page.getByRole('group', { name: legend });
    // Each new question gets the focus (its radio group, named by the question).
    if (step > 1) await expect(group).toBeFocused();
    await group.getByLabel(LABELS[String(facts[fact])] as string, { exact: true }).check();
    await page.getByRole('button', { name: 'Avanti' }).click();
    if (await result(page).isVisible()) return asked;
  }
  return asked;
}

test('MO-V03 answered question by question like a user gives the expected outcome and procedure', async ({ page }) => {
  await page.goto('/#/monitoring');
  await expect(h1(page)).toHaveText('Controllo a distanza');
  const asked = await answerInterview(page, MO_V03.input);
  // RULES.md 5.4: a GPS path skips the CRM question (Q4).
  expect(asked).not.toContain('onlyLinksCallToCustomer');
  const expected = MO_V03.expect;
  await expect(result(page).getByText(OUTCOME_LABEL[expected.outcome] as string, { exact: true })).toBeVisible();
  const procedure = result(page).getByRole('heading', { name: 'Procedura da seguire, in quest’ordine' }).locator('xpath=following-sibling::ol[1]/li/p');
  await expect(procedure).toHaveText(expected.procedure.map((id) => PROCEDURE[id] as string));
  await expect(result(page).getByText('Obbligatoria prima di usare i dati')).toHaveCount(expected.informationDuty ? 1 : 0);
  await expect(result(page).getByText('Potrebbe essere negata')).toHaveCount(expected.refusalLikely ? 1 : 0);
  await expect(result(page).getByRole('heading', { name: 'Risultato' })).toBeFocused();
});

test('a shared link carries the facts and reopens on the same outcome', async ({ page, context }) => {
  await page.goto('/#/monitoring');
  await page.getByRole('button', { name: 'GPS sulle auto degli agenti di vendita' }).click();
  await expect(result(page)).toContainText(OUTCOME_LABEL['agreement-required'] as string);
  await page.getByRole('button', { name: 'Condividi' }).click();
  const link = await page.getByLabel(/Link al caso/).inputValue();
  expect(link).toMatch(/#\/monitoring\?in=.+&rv=/);
  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByText('Hai aperto un caso condiviso')).toBeVisible();
  await expect(other.getByRole('region', { name: 'Risultato' })).toContainText(PROCEDURE['itl-authorisation'] as string);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no WCAG A/AA violations: first question, with an error, and on the outcome (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/#/monitoring');
    await expect(h1(page)).toHaveText('Controllo a distanza');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Avanti' }).click();
    await expect(page.getByText('Scegli una risposta per andare avanti.')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Software che misura stati, tempi e pause degli operatori' }).click();
    await expect(result(page)).toContainText('Potrebbe essere negata');
    await page.getByText('Perché? Come è stato calcolato').click();
    await page.getByText('Dati usati per il calcolo').click();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('works at 320 px without horizontal scroll, with 44 px targets, and with the keyboard alone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/#/monitoring');
  await expect(h1(page)).toHaveText('Controllo a distanza');
  await expectNoHorizontalScroll(page);
  for (const name of ['Prova un esempio', 'Avanti', 'Ricomincia']) {
    const box = await page.getByRole('button', { name }).boundingBox();
    expect(box && box.height >= 44 && box.width >= 44, name).toBe(true);
  }
  // The example with the keyboard: Enter on the button, focus lands on the outcome.
  await page.getByRole('button', { name: 'Prova un esempio' }).focus();
  await page.keyboard.press('Enter');
  await expect(result(page).getByRole('heading', { name: 'Risultato' })).toBeFocused();
  await expect(result(page)).toContainText(OUTCOME_LABEL['work-tool'] as string);
  await expectNoHorizontalScroll(page);
  // Back to question 1 with "Modifica", then step with Tab, arrows and Enter only.
  await page.getByRole('button', { name: 'Modifica la risposta alla domanda 1' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Che tipo di strumento vuoi usare?' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Software CRM / gestione clienti')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel("Software che misura l’attività degli operatori")).toBeChecked();
  await page.getByRole('button', { name: 'Avanti' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: /^Lo strumento, direttamente/ })).toBeFocused();
  await expect(page.getByLabel('Sì')).toBeChecked();
  await page.getByRole('button', { name: 'Indietro' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel("Software che misura l’attività degli operatori")).toBeChecked();
  await expectNoHorizontalScroll(page);
});
