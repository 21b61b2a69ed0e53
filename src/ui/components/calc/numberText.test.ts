import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../i18n/format';
import { addMessages } from '../../i18n/messages';
import enCalc from '../../i18n/messages/en/calc';
import itCalc from '../../i18n/messages/it/calc';
import { numberEcho, numberFieldText, numberInput, numberProblem, readNumber } from './numberText';

addMessages({ it: itCalc, en: enCalc });

const value = (text: string, locale: 'it' | 'en') => {
  const reading = readNumber(text, locale);
  return reading.kind === 'number' ? reading.value : reading.kind;
};

describe('numbers as written in Italian (issue 7)', () => {
  it.each([
    ['1.800', 1800],
    ['1800', 1800],
    ['1.800,50', 1800.5],
    ['1800,5', 1800.5],
    ['1 800', 1800],
    ['1\u00a0800', 1800],
    ['1\u202f800', 1800],
    ['1.800.000', 1800000],
    ['1 800,5', 1800.5],
    [' 7 ', 7],
    ['0,5', 0.5],
    ['1.800 €', 1800],
    ['62,5%', 62.5],
    ['-3', -3],
  ])('%j is %d', (text, expected) => expect(value(text, 'it')).toBe(expected));

  it.each(['1.5', '1800.5', '1.8000', '12.34'])('%j is ambiguous (a point not before three digits)', (text) =>
    expect(value(text, 'it')).toBe('ambiguous'),
  );

  it.each(['abc', '1.2.3', '1.800.5', '1.800,5,0', '1,800.50', '1 8', '1e3', '1.80 0'])('%j is not a number', (text) =>
    expect(value(text, 'it')).toBe('not-a-number'),
  );

  it('an empty field is empty, not zero', () => {
    expect(readNumber('  ', 'it')).toEqual({ kind: 'empty' });
    expect(numberInput('', 'it')).toBeUndefined();
  });

  it('refused text reaches the engine as text, so that it is refused there too', () => {
    expect(numberInput(' 1.5 ', 'it')).toBe('1.5');
  });

  it('the ambiguous message shows how to write either reading', () => {
    const message = numberProblem(readNumber('1.5', 'it'), 'it');
    expect(message && renderMessage('it', message)).toBe('Non è chiaro che numero sia «1.5»: scrivi 1,5 per un numero con decimali o 1.500 se intendi 1500.');
    const long = numberProblem(readNumber('1800.5', 'it'), 'it');
    expect(long && renderMessage('it', long)).toMatch(/Scrivi 1800,5 per un numero con decimali\.$/);
  });
});

describe('numbers as written in English', () => {
  it.each([
    ['1,800', 1800],
    ['1800.5', 1800.5],
    ['1,800.50', 1800.5],
    ['1 800', 1800],
    ['0.5', 0.5],
  ])('%j is %d', (text, expected) => expect(value(text, 'en')).toBe(expected));

  it.each(['1,5', '1800,5', '12,34'])('%j is ambiguous', (text) => expect(value(text, 'en')).toBe('ambiguous'));

  it.each(['1.800,50', '12,34,56', 'one'])('%j is not a number', (text) => expect(value(text, 'en')).toBe('not-a-number'));

  it('the ambiguous message is in English with the English way to write it', () => {
    const message = numberProblem(readNumber('1,5', 'en'), 'en');
    expect(message && renderMessage('en', message)).toBe('It is not clear which number “1,5” is: write 1.5 for a number with decimals or 1,500 if you mean 1500.');
  });
});

describe('the value as understood and back', () => {
  it('money in the locale, counts without a unit', () => {
    expect(numberEcho(1800, 'it', 'money')).toMatch(/^= 1\.?800,00\s€$/);
    expect(numberEcho(1800, 'en', 'money')).toBe('= €1,800.00');
    expect(numberEcho(1200, 'en', 'count')).toBe('= 1,200');
    expect(numberEcho(62.5, 'it', 'percent')).toMatch(/^= 62,5\s%$/);
  });

  it('a number from a link is written back as the language reads it', () => {
    expect(numberFieldText(1717.04, 'it')).toBe('1717,04');
    expect(numberFieldText(1717.04, 'en')).toBe('1717.04');
    for (const locale of ['it', 'en'] as const) expect(value(numberFieldText(1717.04, locale), locale)).toBe(1717.04);
  });
});
