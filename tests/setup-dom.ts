import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { loadLocale } from '../src/ui/i18n/messages';

// Component tests switch language synchronously: load the English shell texts (lazy in the app) up front.
await loadLocale('en');
