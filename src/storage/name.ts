/** The IndexedDB database's name: its own module, so that a screen can ask whether it exists without Dexie. */
export const DB_NAME = 'contratto-in-tasca';
