/**
 * Shared set-up of the screen tests (jsdom): every test starts in Italian with no draft and no remembered
 * contract, so one test's typing never leaks into the next. Imported only by *.test.ts files.
 */
import { cleanup, fireEvent, screen } from '@testing-library/svelte';
import { afterEach, beforeEach } from 'vitest';
import { locale } from './i18n/locale.svelte';

export function startEachTestInItalian(): void {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    locale.set('it');
  });
  afterEach(() => {
    cleanup();
    locale.set('it');
  });
}

/** Types a whole value at once, as a paste or the phone's keyboard suggestion does. */
export const typeInto = (label: string | RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
