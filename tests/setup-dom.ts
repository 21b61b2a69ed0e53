import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/svelte';
import 'fake-indexeddb/auto';
import { preloadAllMessages } from '../src/ui/i18n/messages';
import * as en from '../src/ui/i18n/messages/en';
import * as it from '../src/ui/i18n/messages/it';

// Component tests switch language synchronously: every domain's texts in both languages up front (in the app, the
// English shell texts and each screen's English texts load with the language).
preloadAllMessages({ it: Object.values(it), en: Object.values(en) });

// findBy… waits up to 1 s by default: lazy chunks on a loaded machine can take longer, and a wait is not an assertion on speed.
configure({ asyncUtilTimeout: 5000 });
