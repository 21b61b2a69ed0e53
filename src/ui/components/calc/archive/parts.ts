// The archive's parts of a calculator screen, loaded after the screen itself (their own chunk), so the form
// and its answer never wait for them; the storage module comes later still, on first use (archive.svelte.ts).
import './messages';

export { default as SaveCase } from './SaveCase.svelte';
export { default as StoredCase } from './StoredCase.svelte';
export { default as SubjectPicker } from './SubjectPicker.svelte';
