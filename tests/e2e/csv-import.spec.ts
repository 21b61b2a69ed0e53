import { expect, test, type Page } from './fixtures';
import { axeViolations, expectNoHorizontalScroll, h1 } from './helpers';

// CSV import of people on the Archivio page, against real IndexedDB in Chromium.
test.use({ viewport: { width: 360, height: 800 }, locale: 'it-IT' });

// Written as an Italian spreadsheet saves it: semicolons, dd/mm/yyyy, decimal comma; line 3 has a day that does not exist.
const CSV = [
  'Cognome e nome;CCNL;Livello;Assunto il;Tipo di orario;Percentuale;Annotazioni',
  'Maria Rossi;tds;IV;10/01/2017;orizzontale;62,5;',
  'Carlo Neri;tds;IV;31/02/2020;;;',
  'Luca Verdi;Solo legge;;01/09/2025;tempo pieno;;turno di notte',
].join('\r\n');

async function chooseCsv(page: Page, text: string): Promise<void> {
  await page.getByLabel('Importa persone da CSV').setInputFiles({ name: 'persone.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

test('a CSV with one bad row: the report names row and field, the columns can be changed, the good rows are imported and undone', async ({ page }) => {
  await page.goto('/#/saved');
  await expect(h1(page)).toHaveText('Archivio');
  await chooseCsv(page, CSV);

  // Columns guessed from the headings; "Annotazioni" is the notes, which the user may choose not to import.
  await expect(page.getByLabel('Nome o etichetta (obbligatorio)')).toHaveValue('0');
  await expect(page.getByLabel('Note', { exact: true })).toHaveValue('6');
  await expect(page.getByText('2 righe possono essere importate, 1 ha errori.')).toBeVisible();
  await expect(page.getByText('Riga 3, «Data di assunzione»: «31/02/2020» non è una data esistente (scrivi per esempio 31/01/2024).')).toBeVisible();
  await expect(page.getByText('riga 2: Maria Rossi · CCNL Terziario Confcommercio (TDS) · assunzione 10 gennaio 2017')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await expectNoHorizontalScroll(page);

  await page.getByLabel('Note', { exact: true }).selectOption({ label: '(non importare)' });
  await page.getByRole('button', { name: 'Importa 2 persone' }).click();
  await expect(page.getByText('2 persone importate.')).toBeVisible();
  const people = page.getByRole('region', { name: 'Persone' });
  await expect(people.getByText('Maria Rossi', { exact: true })).toBeVisible();
  await expect(people.getByText('Luca Verdi', { exact: true })).toBeVisible();
  await expect(people.getByText('Carlo Neri', { exact: true })).toHaveCount(0);

  // The notes column was left out: Luca's record holds none.
  await page.getByRole('button', { name: 'Modifica Luca Verdi' }).click();
  await expect(page.getByLabel('Note (facoltativo)')).toHaveValue('');
  await page.getByRole('button', { name: 'Annulla', exact: true }).click();

  // One undo offer, next to the CSV import (the backup panel below offers none for this import).
  const undo = page.getByRole('button', { name: 'Annulla l’importazione' });
  await expect(undo).toHaveCount(1);
  await expect(people.getByRole('button', { name: 'Annulla l’importazione' })).toBeVisible();
  await undo.click();
  await expect(page.getByText('Importazione annullata: i dati sono tornati com’erano.')).toBeVisible();
  await expect(people.getByText('Maria Rossi', { exact: true })).toHaveCount(0);
  await expect(undo).toHaveCount(0);
});

test('once a person is added after an import, the import is no longer offered for undo: the new person stays', async ({ page }) => {
  await page.goto('/#/saved');
  await chooseCsv(page, CSV);
  await page.getByRole('button', { name: 'Importa 2 persone' }).click();
  await expect(page.getByText('2 persone importate.')).toBeVisible();
  const undo = page.getByRole('button', { name: 'Annulla l’importazione' });
  await expect(undo).toHaveCount(1);

  await page.getByRole('button', { name: 'Aggiungi persona' }).click();
  await page.getByLabel('Nome o etichetta').fill('Anna Bianchi');
  await page.getByLabel('Contratto applicato').selectOption('statute');
  await page.getByLabel('Data di assunzione').fill('2021-03-01');
  await page.getByRole('button', { name: 'Salva' }).click();
  await expect(page.getByText('«Anna Bianchi» salvato.')).toBeVisible();
  // Undoing now would put back the data from before the import, without Anna.
  await expect(undo).toHaveCount(0);
  await page.reload();
  await expect(h1(page)).toHaveText('Archivio');
  const people = page.getByRole('region', { name: 'Persone' });
  await expect(people.getByText('Anna Bianchi', { exact: true })).toBeVisible();
  await expect(people.getByText('Maria Rossi', { exact: true })).toBeVisible();
  await expect(undo).toHaveCount(0);
});

test('a file with the wrong separator is refused and nothing is written', async ({ page }) => {
  await page.goto('/#/saved');
  await chooseCsv(page, 'Nome|Contratto|Data di assunzione\nMaria|tds|10/01/2017\n');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Il file ha una sola colonna');
  await expect(alert).toContainText('Nessuna persona è stata importata; i dati sul dispositivo non sono cambiati.');
  await expect(page.getByRole('region', { name: 'Persone' }).getByText('Nessun elemento.')).toBeVisible();
});
