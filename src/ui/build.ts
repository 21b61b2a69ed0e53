/**
 * The app's version as shown in the footer and settings: package.json's
 * version and the build day, stamped by vite.config.ts (`define`). An extra
 * `VITE_BUILD_ID` (the e2e update test builds twice) is shown after it.
 */
import { t } from './i18n/locale.svelte';

declare const __APP_VERSION__: string | undefined;
declare const __BUILD_DATE__: string | undefined;

export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0';
/** Civil day of the build, `YYYY-MM-DD` (UTC). */
export const BUILD_DATE: string | null = typeof __BUILD_DATE__ === 'string' ? __BUILD_DATE__ : null;
export const BUILD_ID: string = (import.meta.env.VITE_BUILD_ID as string | undefined) ?? '';

/** A version as the footer, Settings and the update prompt write it: "Versione 0.1.0 del 1° dicembre 2026 (build e2e-2)". */
export function formatVersion(version: string, buildDate: string | null, buildId: string): string {
  const text = buildDate ? t('shell.version', { version, date: buildDate }) : t('shell.version.noDate', { version });
  return buildId ? `${text} ${t('shell.version.build', { build: buildId })}` : text;
}

/** This build's version in the current language (reactive in markup). */
export function versionText(): string {
  return formatVersion(APP_VERSION, BUILD_DATE, BUILD_ID);
}
