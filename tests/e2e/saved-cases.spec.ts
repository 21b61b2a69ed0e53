import { expect, test, type Page } from './fixtures';
import { axeViolations, expectNoHorizontalScroll, h1, italianDate } from './helpers';

// The calculators and the archive, in Chromium with its real IndexedDB (no fakes), at 360 px in Italian.
test.use({ viewport: { width: 360, height: 800 }, locale: 'it-IT' });

const DB = 'contratto-in-tasca';
const result = (page: Page) => page.getByRole('region', { name: 'Risultato' });
const saveBox = (page: Page) => page.getByRole('region', { name: 'Salva nell’Archivio' });
// RULES.md NP-3 (the notice example): TDS ov1 dismissed after 7 years, 45 days from 16 March to 29 April 2024.
const NP3_HEADLINE = '45 giorni di calendario, dal 16 marzo 2024 al 29 aprile 2024';

/** Rows of one object store, read with the raw IndexedDB API (what is really on the device). */
async function rows(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    async ([name, table]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const found = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = db.transaction(table).objectStore(table).getAll();
        request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
        request.onerror = () => reject(request.error);
      });
      db.close();
      return found;
    },
    [DB, store] as const,
  );
}

/** Writes one record as it is, as an older build would have left it. */
async function putRow(page: Page, store: string, record: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    async ([name, table, value]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction(table, 'readwrite');
        tx.objectStore(table).put(value);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    [DB, store, record] as const,
  );
}

async function saveShownResult(page: Page, title?: string): Promise<void> {
  const box = saveBox(page);
  if (title !== undefined) await box.getByLabel('Titolo').fill(title);
  await box.getByRole('button', { name: 'Salva' }).click();
  await expect(box.getByText(/^Calcolo salvato come «/)).toBeVisible();
}

async function addPerson(page: Page, name: string, hireDate: string): Promise<void> {
  await page.goto('/#/saved');
  await expect(h1(page)).toHaveText('Archivio');
  await page.getByRole('button', { name: 'Aggiungi persona' }).click();
  await page.getByLabel('Nome o etichetta').fill(name);
  await page.getByLabel('Contratto applicato').selectOption('confcommercio-tds');
  await page.getByLabel('Qualifica o livello').selectOption('ov1');
  await page.getByLabel('Data di assunzione').fill(hireDate);
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText(`«${name}» salvato.`)).toBeVisible();
}

test('save → reload → reopen: the stored result comes back, labelled with its date and rules', async ({ page }) => {
  await page.goto('/#/notice');
  await page.getByRole('button', { name: 'Prova un esempio' }).click();
  await expect(result(page)).toContainText(NP3_HEADLINE);
  const today = await page.evaluate(() => new Date().toLocaleDateString('it-IT', { day: '2-digit', month: '2-digit', year: 'numeric' }));
  await expect(saveBox(page).getByLabel('Titolo')).toHaveValue(`Preavviso – ${today}`);
  await saveShownResult(page, 'Preavviso NP-3');
  expect(await axeViolations(page)).toEqual([]);
  // The first save asks the browser to keep the data (persistent storage), once.
  expect((await rows(page, 'settings')).map((s) => s.key)).toContain('persistRequested');

  await page.reload();
  await page.goto('/#/saved');
  const cases = page.getByRole('region', { name: 'Calcoli salvati' });
  await expect(cases.getByText('Preavviso NP-3', { exact: true })).toBeVisible();
  await cases.getByRole('link', { name: 'Apri Preavviso NP-3' }).click();

  await expect(h1(page)).toHaveText('Preavviso');
  const stored = page.getByRole('region', { name: 'Calcolo salvato: «Preavviso NP-3»' });
  const day = await page.evaluate(() => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; });
  await expect(stored).toContainText(new RegExp(`Salvato il ${italianDate(day)} con le regole \\d{4}\\.\\d{2}\\.\\d{2}`));
  await expect(stored).toContainText('Le regole in uso sono le stesse.');
  await expect(result(page)).toContainText(NP3_HEADLINE);
  // The printed report is headed with the time the stored result was saved, not the time of printing.
  const savedAt = (await rows(page, 'savedCases'))[0]?.updatedAt as string;
  const savedWhen = await page.evaluate((iso) => {
    const at = new Date(iso);
    return `${at.toLocaleDateString('it-IT')} alle ${at.toLocaleTimeString('it-IT', { hour: '2-digit', minute: '2-digit' })}`;
  }, savedAt);
  const printHead = result(page).locator('.print-head');
  await expect(printHead).toContainText(`Risultato salvato il ${savedWhen}`);
  // Shown as stored: no second "Salva" for the same case.
  await expect(saveBox(page)).toHaveCount(0);
  await expectNoHorizontalScroll(page);
  expect(await axeViolations(page)).toEqual([]);
  expect((await rows(page, 'savedCases')).map((c) => c.title)).toEqual(['Preavviso NP-3']);

  // Editing the reopened inputs is a new calculation; the stored case changes only when the user replaces it.
  await page.getByRole('button', { name: 'Modifica i dati' }).click();
  await page.getByLabel('Data di assunzione').fill('2015-01-10');
  await expect(stored).toContainText('Hai modificato i dati');
  // Recomputed from the edited inputs: 9 full years of service (still 45 days: RULES.md band 5–10 years).
  await expect(result(page)).toContainText('9 anni compiuti');
  await expect(printHead).toContainText('Calcolato il ');
  expect((await rows(page, 'savedCases'))[0]?.input).toMatchObject({ hireDate: '2017-01-10' });
  await expect(saveBox(page).getByRole('button', { name: 'Salva come nuovo calcolo' })).toBeVisible();
  await saveBox(page).getByRole('button', { name: 'Sostituisci «Preavviso NP-3»' }).click();
  await expect(stored).toContainText('«Preavviso NP-3» aggiornato con i nuovi dati.');
  const replaced = await rows(page, 'savedCases');
  expect(replaced.map((c) => [c.title, (c.input as { hireDate: string }).hireDate])).toEqual([['Preavviso NP-3', '2015-01-10']]);
});

test('a calculator starts from a saved person, and the record changes only on "Aggiorna la scheda"', async ({ page }) => {
  await page.goto('/#/notice');
  await expect(page.getByText('Nessuna persona salvata in questo dispositivo.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Aggiungila nell’Archivio' })).toHaveAttribute('href', '#/saved');

  await addPerson(page, 'Mario Rossi', '2017-01-10');
  await page.goto('/#/notice');
  await page.getByLabel('Il datore di lavoro (licenziamento)').check();
  await page.getByLabel('Data di ricezione del preavviso').fill('2024-03-10');
  await page.getByLabel('Scegli una persona').selectOption({ label: 'Mario Rossi' });
  await page.getByRole('button', { name: 'Usa questi dati' }).click();

  await expect(page.getByText('Dati presi dalla scheda di «Mario Rossi».')).toBeVisible();
  await expect(page.getByLabel('Contratto applicato')).toHaveValue('confcommercio-tds');
  await expect(page.getByLabel('Qualifica o livello')).toHaveValue('ov1');
  await expect(page.getByLabel('Data di assunzione')).toHaveValue('2017-01-10');
  // The question's own field, which the person does not give, is kept as typed.
  await expect(page.getByLabel('Data di ricezione del preavviso')).toHaveValue('2024-03-10');
  await expect(result(page)).toContainText(NP3_HEADLINE);
  await expect(page.getByRole('button', { name: 'Aggiorna la scheda' })).toHaveCount(0);
  await expect(saveBox(page).getByLabel('Collega a una persona (facoltativo)')).toHaveValue(/.+/);
  expect(await axeViolations(page)).toEqual([]);

  // A reload keeps the tab's draft, and the screen still names the record it came from.
  await page.reload();
  await expect(page.getByText('Dati presi dalla scheda di «Mario Rossi».')).toBeVisible();
  await expect(page.getByLabel('Data di assunzione')).toHaveValue('2017-01-10');

  await page.getByLabel('Data di assunzione').fill('2016-01-10');
  await expect(page.getByRole('button', { name: 'Aggiorna la scheda' })).toBeVisible();
  expect((await rows(page, 'people'))[0]?.hireDate).toBe('2017-01-10');
  await page.getByRole('button', { name: 'Aggiorna la scheda' }).click();
  await expect(page.getByText('Scheda di «Mario Rossi» aggiornata con i dati del modulo.')).toBeVisible();
  expect((await rows(page, 'people'))[0]?.hireDate).toBe('2016-01-10');
  await expect(page.getByRole('button', { name: 'Aggiorna la scheda' })).toHaveCount(0);

  await saveShownResult(page);
  const [saved] = await rows(page, 'savedCases');
  const [person] = await rows(page, 'people');
  expect(saved?.personId).toBe(person?.id);
  expect(saved?.title).toMatch(/^Preavviso – Mario Rossi – \d{2}\/\d{2}\/\d{4}$/);
  await page.goto('/#/saved');
  await expect(page.getByRole('region', { name: 'Calcoli salvati' })).toContainText('collegato a Mario Rossi');
});

test('a case saved under older rules: its stored figures, then "Ricalcola" shows old beside new and saves the update', async ({ page }) => {
  await page.goto('/#/notice');
  await page.getByRole('button', { name: 'Prova un esempio' }).click();
  await expect(result(page)).toContainText(NP3_HEADLINE);
  await saveShownResult(page, 'Preavviso di prima');
  const [saved] = await rows(page, 'savedCases');
  if (!saved) throw new Error('the case was not saved');
  // As a build with older rules would have saved it: another version and another figure (30 days, ending 14 April).
  const old = saved.result as { outputs: Record<string, unknown> };
  await putRow(page, 'savedCases', {
    ...saved,
    rulesVersion: '2025.01.01',
    result: { ...old, rulesVersion: '2025.01.01', outputs: { ...old.outputs, days: 30, endDate: '2024-04-14' } },
  });

  await page.goto(`/#/notice?case=${String(saved.id)}`);
  const stored = page.getByRole('region', { name: 'Calcolo salvato: «Preavviso di prima»' });
  await expect(stored).toContainText('con le regole 2025.01.01');
  await expect(stored).toContainText('Da allora le regole sono cambiate');
  await expect(result(page)).toContainText('30 giorni di calendario, dal 16 marzo 2024 al 14 aprile 2024');

  await stored.getByRole('button', { name: 'Ricalcola con le regole attuali' }).click();
  const table = stored.getByRole('table');
  await expect(table.getByRole('row', { name: /Giorni di preavviso/ })).toHaveText(/Giorni di preavviso\s*30\s*45/);
  await expect(table.getByRole('row', { name: /Fine del preavviso/ })).toHaveText(/Fine del preavviso\s*14 aprile 2024\s*29 aprile 2024/);
  await expect(table.getByRole('row')).toHaveCount(3);
  await expect(result(page)).toContainText(NP3_HEADLINE);
  await expectNoHorizontalScroll(page);
  expect(await axeViolations(page)).toEqual([]);

  await stored.getByRole('button', { name: 'Tieni il risultato salvato' }).click();
  await expect(result(page)).toContainText('30 giorni di calendario');
  expect((await rows(page, 'savedCases'))[0]?.rulesVersion).toBe('2025.01.01');

  await stored.getByRole('button', { name: 'Ricalcola con le regole attuali' }).click();
  await stored.getByRole('button', { name: 'Salva il nuovo risultato' }).click();
  await expect(stored).toContainText('Calcolo aggiornato: ora è salvato con le regole');
  const [updated] = await rows(page, 'savedCases');
  expect(updated?.id).toBe(saved.id);
  expect(updated?.rulesVersion).not.toBe('2025.01.01');
  expect((updated?.result as { outputs: { days: number } }).outputs.days).toBe(45);
});

test('two tabs across a schema upgrade: the first tab never loses a write', async ({ page, context }) => {
  await page.goto('/#/notice');
  await page.getByRole('button', { name: 'Prova un esempio' }).click();
  await saveShownResult(page, 'Prima del cambio');
  // Unsaved work in tab A: another hire date, so a new result waiting for "Salva".
  await page.getByLabel('Data di assunzione').fill('2015-01-10');
  await expect(saveBox(page).getByRole('button', { name: 'Salva' })).toBeVisible();

  // Tab B opens the database at a higher version, as a newer build of the app would.
  const other = await context.newPage();
  await other.goto('/#/');
  const upgraded = await other.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const probe = indexedDB.open(name);
        probe.onsuccess = () => {
          const next = probe.result.version + 10;
          probe.result.close();
          const request = indexedDB.open(name, next);
          request.onupgradeneeded = () => request.result.createObjectStore('periods', { keyPath: 'id' });
          request.onsuccess = () => {
            request.result.close();
            resolve(next);
          };
          request.onerror = () => reject(request.error);
          request.onblocked = () => reject(new Error('blocked: tab A kept its connection open'));
        };
        probe.onerror = () => reject(probe.error);
      }),
    DB,
  );
  expect(upgraded).toBeGreaterThan(20);

  await saveBox(page).getByLabel('Titolo').fill('Dopo il cambio');
  await saveBox(page).getByRole('button', { name: 'Salva' }).click();
  await expect(saveBox(page).getByRole('alert')).toContainText('L’app è stata aggiornata in un’altra scheda: ricarica la pagina.');
  expect((await rows(other, 'savedCases')).map((c) => c.title)).toEqual(['Prima del cambio']);

  await saveBox(page).getByRole('button', { name: 'Ricarica la pagina' }).click();
  await expect(h1(page)).toHaveText('Preavviso');
  // The unsaved work survived the reload (the tab's draft), and now saves.
  await expect(page.getByLabel('Data di assunzione')).toHaveValue('2015-01-10');
  await saveShownResult(page, 'Dopo il cambio');
  expect((await rows(page, 'savedCases')).map((c) => c.title).sort()).toEqual(['Dopo il cambio', 'Prima del cambio']);
});

test('Salva on every calculator, the monitoring interview too; fixed-term offers units', async ({ page }) => {
  await page.goto('/#/fixed-term');
  await expect(page.getByText('Nessuna unità produttiva salvata in questo dispositivo.')).toBeVisible();
  for (const calculator of ['leave', 'seniority', 'fixed-term', 'monitoring']) {
    await page.goto(`/#/${calculator}`);
    await page.getByRole('button', { name: 'Prova un esempio' }).first().click();
    await saveShownResult(page);
  }
  expect((await rows(page, 'savedCases')).map((c) => c.calculator).sort()).toEqual(['fixed-term', 'leave', 'monitoring', 'seniority']);
  expect(await axeViolations(page)).toEqual([]);

  // The interview reopens on its stored outcome too.
  const monitoring = (await rows(page, 'savedCases')).find((c) => c.calculator === 'monitoring');
  await page.goto('/#/saved');
  await page.getByRole('link', { name: `Apri ${String(monitoring?.title)}` }).click();
  await expect(h1(page)).toHaveText('Controllo a distanza');
  await expect(page.getByRole('region', { name: `Calcolo salvato: «${String(monitoring?.title)}»` })).toContainText('Le regole in uso sono le stesse.');
  await expect(result(page)).toBeVisible();
  await expect(saveBox(page)).toHaveCount(0);
});

test.describe('in English, dark', () => {
  test.use({ locale: 'en-GB', colorScheme: 'dark' });

  test('the archive controls speak English, numbers and dates the English way, with no WCAG violations', async ({ page }) => {
    await page.goto('/#/notice');
    await expect(page.getByText('No person saved on this device.')).toBeVisible();
    await page.getByRole('button', { name: 'Try an example' }).click();
    const box = page.getByRole('region', { name: 'Save to the archive' });
    await box.getByRole('button', { name: 'Save' }).click();
    await expect(box.getByText(/^Calculation saved as “Notice – \d{2}\/\d{2}\/\d{4}”\.$/)).toBeVisible();
    const [saved] = await rows(page, 'savedCases');
    if (!saved) throw new Error('the case was not saved');
    const old = saved.result as { outputs: Record<string, unknown> };
    await putRow(page, 'savedCases', { ...saved, rulesVersion: '2025.01.01', result: { ...old, rulesVersion: '2025.01.01', outputs: { ...old.outputs, indemnity: 2000.5 } } });

    await page.goto(`/#/notice?case=${String(saved.id)}`);
    await page.getByRole('button', { name: 'Recompute with the current rules' }).click();
    const row = page.getByRole('row', { name: /Indemnity in lieu of notice/ });
    await expect(row).toHaveText(/Indemnity in lieu of notice\s*€2,000\.50\s*€2,927\.77/);
    expect(await axeViolations(page)).toEqual([]);
  });
});
