// Storage problems and errors in the user's words (the storage layer gives codes, the UI gives sentences).
import type { BackupProblem } from '../../../storage/backup';
import type { RecordProblem, StorageError } from '../../../storage';
import { t } from '../../i18n/locale.svelte';

/** One row of an archive list. */
export interface Row {
  id: string;
  title: string;
  line: string;
}

export function issueText(issue: string): string {
  const key = `storage.issue.${issue}`;
  const text = t(key);
  return text === key ? t('storage.issue.unknown-value') : text;
}

/** "Backup refused: people, item p-1, field “hireDate”: is not a real date." */
export function refusalText(problem: BackupProblem): string {
  const issue = issueText(problem.issue);
  if (problem.table && problem.record) {
    return t('storage.refusal.place', { table: t(`storage.table.${problem.table}`), record: problem.record, field: problem.field ?? '', issue });
  }
  if (problem.field) return t('storage.refusal.field', { field: problem.field, issue });
  return t('storage.refusal.file', { issue });
}

export function problemsText(problems: readonly RecordProblem[]): string {
  const first = problems[0];
  if (!first) return '';
  return t('storage.problems', { count: problems.length, table: t(`storage.table.${first.table}`), record: first.record, field: first.field, issue: issueText(first.issue) });
}

export function errorText(error: unknown): string {
  const storageError = error as Partial<StorageError> | null;
  if (storageError && typeof storageError.messageKey === 'string') {
    const problem = storageError.problem;
    return t(storageError.messageKey, problem ? { field: problem.field, issue: issueText(problem.issue) } : undefined);
  }
  return t('storage.error.unknown');
}

/** A failed save as texts for the form: beside the field the record check named, or for the whole form. */
export function saveFailure(error: unknown, fieldOf: (field: string) => string = (field) => field): { fields: Record<string, string>; form: string | null } {
  const problem = (error as Partial<StorageError> | null)?.problem;
  return problem ? { fields: { [fieldOf(problem.field)]: issueText(problem.issue) }, form: null } : { fields: {}, form: errorText(error) };
}

/** Offers a file to the user (backup, CSV, calendar); works offline. */
export function download(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
