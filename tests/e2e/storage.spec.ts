import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { axeViolations, h1 } from './helpers';

// Real IndexedDB in Chromium: no fakes. Each test starts from a fresh browser context (empty storage).
test.use({ viewport: { width: 360, height: 800 }, locale: 'it-IT' });

async function openArchive(page: Page): Promise<void> {
  await page.goto('/#/saved');
  await expect(h1(page)).toHaveText('Archivio');
}

async function addMaria(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Aggiungi persona' }).click();
  await page.getByLabel('Nome o etichetta').fill('Maria Rossi');
  await page.getByLabel('Contratto applicato').selectOption('confcommercio-tds');
  await page.getByLabel('Qualifica o livello').selectOption('IV');
  await page.getByLabel('Data di assunzione').fill('2017-01-10');
  await page.getByLabel('Orario').selectOption('horizontal');
  await page.getByLabel('Percentuale del tempo pieno').fill('62,5');
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('«Maria Rossi» salvato.')).toBeVisible();
}

async function dumpDatabase(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('contratto-in-tasca');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tables = ['people', 'units', 'savedCases'];
    const rows = await Promise.all(
      tables.map(
        (name) =>
          new Promise<unknown[]>((resolve) => {
            const request = db.transaction(name).objectStore(name).getAll();
            request.onsuccess = () => resolve(request.result);
          }),
      ),
    );
    db.close();
    return JSON.stringify(rows);
  });
}

test('a person added in the archive is still there after a reload', async ({ page }) => {
  await openArchive(page);
  await addMaria(page);
  await page.reload();
  await expect(h1(page)).toHaveText('Archivio');
  const people = page.getByRole('region', { name: 'Persone' });
  await expect(people.getByText('Maria Rossi', { exact: true })).toBeVisible();
  await expect(people.getByText('CCNL Terziario Confcommercio (TDS) · assunzione 10 gennaio 2017')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('an impossible entry is refused beside its field and nothing is saved', async ({ page }) => {
  await openArchive(page);
  await page.getByRole('button', { name: 'Aggiungi persona' }).click();
  await page.getByLabel('Nome o etichetta').fill('Anna');
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('non è una data esistente')).toBeVisible();
  await expect(page.getByLabel('Data di assunzione')).toHaveAttribute('aria-invalid', 'true');
  expect(await dumpDatabase(page)).toBe('[[],[],[]]');
});

test('delete with undo brings the person back', async ({ page }) => {
  await openArchive(page);
  await addMaria(page);
  await page.getByRole('button', { name: 'Elimina Maria Rossi' }).click();
  await expect(page.getByText('«Maria Rossi» eliminato.')).toBeVisible();
  await page.getByRole('button', { name: 'Annulla eliminazione' }).click();
  await expect(page.getByRole('region', { name: 'Persone' }).getByText('Maria Rossi', { exact: true })).toBeVisible();
});

test('export, erase all, import: the same data comes back', async ({ page }) => {
  await openArchive(page);
  await addMaria(page);
  const before = await dumpDatabase(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Esporta backup' }).click()]);
  const file = await download.path();
  expect(download.suggestedFilename()).toMatch(/^contratto-in-tasca-backup-\d{4}-\d{2}-\d{2}\.json$/);

  await page.goto('/#/settings');
  await page.getByRole('button', { name: 'Cancella tutti i dati' }).click();
  await page.getByRole('button', { name: 'Sì, cancella tutto' }).click();
  await expect(page.getByText('Tutti i dati sono stati cancellati.')).toBeVisible();
  expect(await page.evaluate(() => localStorage.length)).toBe(0);

  await openArchive(page);
  await expect(page.getByRole('region', { name: 'Persone' }).getByText('Nessun elemento.')).toBeVisible();
  await page.getByLabel('Importa backup').setInputFiles(file);
  await expect(page.getByText(/Il file contiene 1 persona, 0 unità produttive e 0 calcoli/)).toBeVisible();
  await page.getByRole('button', { name: 'Importa', exact: true }).click();
  await expect(page.getByText('Backup importato.')).toBeVisible();
  expect(await dumpDatabase(page)).toBe(before);
});

test('a hostile backup is refused, naming record and field, and the data stays as it was', async ({ page }) => {
  await openArchive(page);
  await addMaria(page);
  const before = await dumpDatabase(page);
  const hostile = readFileSync(new URL('../fixtures/backups/hire-date-impossible.json', import.meta.url));
  await page.getByLabel('Importa backup').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: hostile });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Backup rifiutato: persone, elemento p-1, campo «hireDate»: non è una data esistente.');
  await expect(alert).toContainText('I dati sul dispositivo non sono stati modificati.');
  expect(await dumpDatabase(page)).toBe(before);
});

test('when the database disappears, the archive says so instead of greeting a new user', async ({ page }) => {
  await openArchive(page);
  await expect(page.getByText('I dati salvati non ci sono più')).toHaveCount(0);
  await addMaria(page);
  // What the browser does on eviction: the database goes, localStorage stays.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('contratto-in-tasca');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
  await page.reload();
  await expect(page.getByRole('heading', { name: 'I dati salvati non ci sono più' })).toBeVisible();
  await expect(page.getByLabel('Importa backup')).toBeVisible();
});
