// Issue 10: the first-load chunk carries only the Italian shell texts; English ones arrive with loadLocale('en').
// (Node project: no set-up file has loaded English here.)
import { describe, expect, it } from 'vitest';
import { addMessages, catalogues, isLocaleLoaded, loadLocale } from '../../src/ui/i18n/messages';
import { translate } from '../../src/ui/i18n/format';

describe('English shell texts load on demand', () => {
  it('are absent at start, and a screen can still add its texts in both languages', () => {
    expect(isLocaleLoaded('it')).toBe(true);
    expect(isLocaleLoaded('en')).toBe(false);
    expect(catalogues.en['shell.appName']).toBeUndefined();
    expect(translate('en', 'shell.loading')).toBe('Caricamento…'); // the Italian text stands in, never a blank
    addMessages({ it: { 'test.lazy': 'prova' }, en: { 'test.lazy': 'test' } });
    expect(translate('en', 'test.lazy')).toBe('test');
  });

  it('arrive with loadLocale and keep what screens added', async () => {
    await loadLocale('en');
    expect(isLocaleLoaded('en')).toBe(true);
    expect(translate('en', 'shell.retry')).toBe('Try again');
    expect(translate('en', 'test.lazy')).toBe('test');
  });

  it('a screen may give its English texts as a loader: they arrive with the next loadLocale', async () => {
    addMessages({ it: { 'test.screen': 'schermata' }, en: () => Promise.resolve({ default: { 'test.screen': 'screen' } }) });
    expect(isLocaleLoaded('en')).toBe(false);
    expect(translate('en', 'test.screen')).toBe('schermata'); // Italian stands in meanwhile
    await loadLocale('en');
    expect(isLocaleLoaded('en')).toBe(true);
    expect(translate('en', 'test.screen')).toBe('screen');
    expect(translate('it', 'test.screen')).toBe('schermata');
  });
});
