import { beforeEach, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { locale } from './i18n/locale.svelte';
import { versionText } from './build';

beforeEach(() => locale.set('it'));

describe('version shown in the footer and settings', () => {
  it('is package.json’s version and the build day stamped at build time, never "dev"', () => {
    expect(versionText()).toMatch(new RegExp(`^Versione ${pkg.version.replace(/\./g, '\\.')} del \\d{1,2}°? \\p{L}+ \\d{4}$`, 'u'));
    expect(versionText()).not.toMatch(/dev/);
    locale.set('en');
    expect(versionText()).toMatch(new RegExp(`^Version ${pkg.version.replace(/\./g, '\\.')} of \\d{1,2} \\p{L}+ \\d{4}$`, 'u'));
  });
});
