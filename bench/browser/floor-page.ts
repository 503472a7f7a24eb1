/**
 * The floors of the Chromium figures (issue #20): what the same Chromium does with the same data
 * and no app logic, measured in the same run, so that a figure's ratio to its floor holds on a
 * noisy machine where absolute times do not. A static page served beside the built renderer (same
 * origin, so it reaches the app's IndexedDB), plain JavaScript, no framework:
 * - load: the dataset's units, systems and assessments written with plain IDBObjectStore.put in
 *   one transaction, into a throwaway database with the app's object stores and indexes;
 * - open: navigation → what the register open reads (units, systems, assessments, settings of
 *   the app's own database) read back with getAll in one transaction;
 * - render: a static table of the cells the register showed on its first screen, built with
 *   DOM calls and painted.
 */
export const FLOOR_PAGE_FILE = '__bench-floor.html'

/** The app's object stores that the load writes, with their indexes (schema.ts, SCHEMA_V4). */
const FLOOR_STORES = [
  { name: 'units', indexes: [['parentId', 'parentId']] },
  { name: 'systems', indexes: [['unitId', 'unitId']] },
  {
    name: 'assessments',
    indexes: [
      ['systemId', 'systemId'],
      ['[systemId+date]', ['systemId', 'date']],
    ],
  },
]

export const FLOOR_PAGE_HTML = String.raw`<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>CapDo bench floor</title>
<style>body{font:14px system-ui,sans-serif;margin:0}table{border-collapse:collapse}td,th{padding:8px;border-bottom:1px solid #eee;text-align:left;white-space:nowrap}</style>
</head><body><script>
(() => {
  const STORES = ${JSON.stringify(FLOOR_STORES)}
  const FLOOR_DB = 'capdo-bench-floor'
  const done = (request) => new Promise((ok, fail) => { request.onsuccess = () => ok(request.result); request.onerror = () => fail(request.error) })
  const committed = (tx) => new Promise((ok, fail) => { tx.oncomplete = () => ok(); tx.onerror = () => fail(tx.error); tx.onabort = () => fail(tx.error) })
  const painted = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)))
  globalThis.__benchFloor = {
    /** Bulk write of the dataset at url; ms is the transaction alone (the fetch is not timed). */
    async load(url) {
      const data = await (await fetch(url)).json()
      await done(indexedDB.deleteDatabase(FLOOR_DB))
      const open = indexedDB.open(FLOOR_DB, 1)
      open.onupgradeneeded = () => {
        for (const s of STORES) {
          const store = open.result.createObjectStore(s.name, { keyPath: 'id' })
          for (const [name, keyPath] of s.indexes) store.createIndex(name, keyPath)
        }
      }
      const db = await done(open)
      const started = performance.now()
      const tx = db.transaction(STORES.map((s) => s.name), 'readwrite')
      for (const s of STORES) {
        const store = tx.objectStore(s.name)
        for (const record of data[s.name]) store.put(record)
      }
      await committed(tx)
      const ms = performance.now() - started
      db.close()
      await done(indexedDB.deleteDatabase(FLOOR_DB))
      return { ms, records: STORES.reduce((n, s) => n + data[s.name].length, 0) }
    },
    /** Navigation → the app database's register stores read with getAll in one transaction. */
    async open(dbName) {
      const db = await done(indexedDB.open(dbName))
      const names = ['units', 'systems', 'assessments', 'settings']
      const tx = db.transaction(names, 'readonly')
      const reads = names.map((n) => done(tx.objectStore(n).getAll()))
      await committed(tx)
      const results = await Promise.all(reads)
      const at = performance.now()
      db.close()
      return { at, records: results.reduce((n, r) => n + r.length, 0) }
    },
    /** A static table of the given header and cells, built and painted. */
    async render(header, rows) {
      const started = performance.now()
      const table = document.createElement('table')
      const head = table.createTHead().insertRow()
      for (const text of header) {
        const th = document.createElement('th')
        th.textContent = text
        head.appendChild(th)
      }
      const body = table.createTBody()
      for (const cells of rows) {
        const tr = body.insertRow()
        for (const text of cells) tr.insertCell().textContent = text
      }
      document.body.appendChild(table)
      await painted()
      return performance.now() - started
    },
  }
})()
</script></body></html>
`

/** The floor page as the benchmark's page.evaluate callbacks see it. */
export interface BenchFloor {
  load(url: string): Promise<{ ms: number; records: number }>
  open(dbName: string): Promise<{ at: number; records: number }>
  render(header: string[], rows: string[][]): Promise<number>
}

export interface FloorGlobals {
  __benchFloor: BenchFloor
}
