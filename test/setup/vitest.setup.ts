// Every Vitest file gets an in-memory IndexedDB (fake-indexeddb), so store tests need no browser.
import 'fake-indexeddb/auto'
import { afterEach } from 'vitest'

// DOM tests: unmount what each test rendered, so a mounted component cannot react to the next
// test's state (Testing Library only does this by itself when Vitest globals are on).
if (typeof window !== 'undefined') {
  const { cleanup } = await import('@testing-library/react')
  afterEach(cleanup)

  // antd's responsive parts ask for these; jsdom has neither.
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  })) as typeof window.matchMedia
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
}
