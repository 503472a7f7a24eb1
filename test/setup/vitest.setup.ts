// Every Vitest file gets an in-memory IndexedDB (fake-indexeddb), so store tests need no browser.
import 'fake-indexeddb/auto'
