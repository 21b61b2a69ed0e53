import { describe, expect, it } from 'vitest';
import { detectLocale } from './locale.svelte';

describe('detectLocale', () => {
  it('defaults to Italian when the browser states no usable language', () => {
    expect(detectLocale(null, [])).toBe('it');
    expect(detectLocale(null, ['fr-FR', 'de'])).toBe('it');
  });

  it('takes the first of it/en in the browser list', () => {
    expect(detectLocale(null, ['en-GB', 'it-IT'])).toBe('en');
    expect(detectLocale(null, ['fr', 'it-CH', 'en'])).toBe('it');
    expect(detectLocale(null, ['de-DE', 'EN-us'])).toBe('en');
  });

  it('prefers a stored choice and ignores a corrupt one', () => {
    expect(detectLocale('it', ['en-US'])).toBe('it');
    expect(detectLocale('en', ['it-IT'])).toBe('en');
    expect(detectLocale('klingon', ['en-US'])).toBe('en');
  });
});

describe('dates in words', () => {
  it('writes the first of the month as an ordinal in Italian only', async () => {
    const { formatDate } = await import('./format');
    expect(formatDate('it', '2027-03-01')).toBe('1° marzo 2027');
    expect(formatDate('it', '2027-03-11')).toBe('11 marzo 2027');
    expect(formatDate('en', '2027-03-01')).toBe('1 March 2027');
  });
});
