import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/svelte';
import 'fake-indexeddb/auto';
import { loadLocale } from '../src/ui/i18n/messages';

// Component tests switch language synchronously: load the English shell texts (lazy in the app) up front.
await loadLocale('en');

// findBy… waits up to 1 s by default: lazy chunks on a loaded machine can take longer, and a wait is not an assertion on speed.
configure({ asyncUtilTimeout: 5000 });
