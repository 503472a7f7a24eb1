/**
 * Reads IndexedDB directly from the page, beside the app: every record of the register's database,
 * to prove a store is exactly what it was, and the reasons of the automatic backups in their own
 * database, to know the moment an import starts writing. The e2e project has no DOM types, so the
 * few IndexedDB members used are typed here.
 */
import type { Page } from '@playwright/test'

export type StoreDump = Record<string, unknown[]>

interface IdbRequest<T> {
  result: T
  error: unknown
  onsuccess: (() => void) | null
  onerror: (() => void) | null
}
interface IdbTransaction {
  objectStore(name: string): { getAll(): IdbRequest<unknown[]> }
  oncomplete: (() => void) | null
  onerror: (() => void) | null
  error: unknown
}
interface IdbDatabase {
  objectStoreNames: { length: number; item(index: number): string | null; contains(name: string): boolean }
  transaction(names: string[], mode: 'readonly'): IdbTransaction
  close(): void
}
export interface IdbWindow {
  indexedDB: { open(name: string): IdbRequest<IdbDatabase> }
}

/** Every object store of the register ('capdo'), each record in key order. */
export function dumpRegister(page: Page): Promise<StoreDump> {
  return page.evaluate(
    () =>
      new Promise<StoreDump>((resolve, reject) => {
        const open = (globalThis as unknown as IdbWindow).indexedDB.open('capdo')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const list = db.objectStoreNames
          const names = Array.from({ length: list.length }, (_, i) => list.item(i) ?? '')
          const tx = db.transaction(names, 'readonly')
          const dump: StoreDump = {}
          for (const name of names) {
            const request = tx.objectStore(name).getAll()
            request.onsuccess = () => (dump[name] = request.result)
          }
          tx.oncomplete = () => {
            db.close()
            resolve(dump)
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
  )
}

/** The reasons of the automatic backups stored in the browser build. */
export function autoBackupReasons(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = (globalThis as unknown as IdbWindow).indexedDB.open('capdo-backups')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          // Not set up by the app yet (opening it here made an empty one, which Dexie upgrades).
          if (!db.objectStoreNames.contains('entries')) {
            db.close()
            resolve([])
            return
          }
          const request = db.transaction(['entries'], 'readonly').objectStore('entries').getAll()
          request.onsuccess = () => {
            db.close()
            resolve((request.result as { reason: string }[]).map((e) => e.reason))
          }
          request.onerror = () => reject(request.error)
        }
      }),
  )
}
