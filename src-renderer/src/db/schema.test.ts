import { afterEach, describe, expect, it } from 'vitest'
import { createDatabase, type CapdoDatabase } from './database'
import { createSystem } from './repos/systems'
import { createUnit } from './repos/units'
import { CURRENT_SCHEMA_VERSION, SCHEMA_V1, SCHEMA_VERSIONS } from './schema'

const opened: CapdoDatabase[] = []

function open(name: string): CapdoDatabase {
  const db = createDatabase(name)
  opened.push(db)
  return db
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

/** The object stores and their indexes as IndexedDB itself reports them, without Dexie. */
async function rawSchema(name: string): Promise<Record<string, string[]>> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
  const stores: Record<string, string[]> = {}
  const tx = idb.transaction([...idb.objectStoreNames], 'readonly')
  for (const store of idb.objectStoreNames) stores[store] = [...tx.objectStore(store).indexNames].sort()
  idb.close()
  return stores
}

describe('schema', () => {
  it('declares its versions in order, the last being the current one', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version)
    expect(versions).toEqual([...versions].sort((a, b) => a - b))
    expect(CURRENT_SCHEMA_VERSION).toBe(versions[versions.length - 1])
    expect(SCHEMA_VERSIONS[0].stores).toBe(SCHEMA_V1)
  })

  it('creates the tables, with indexes only for what the repos query', async () => {
    const name = `schema-${crypto.randomUUID()}`
    const db = open(name)
    await db.open()
    db.close()
    expect(await rawSchema(name)).toEqual({
      units: ['parentId'],
      systems: ['unitId'],
      assessments: ['[systemId+date]', 'systemId'],
      history: ['at', 'entityId', 'systemId'],
      settings: [],
      exchange: [],
      attachments: ['ownerId', 'systemId'],
      attachmentData: [],
      rounds: [],
    })
  })

  it('keeps the rows when the database is closed and opened again', async () => {
    const name = `schema-${crypto.randomUUID()}`
    const first = open(name)
    const unit = await createUnit(first, { name: 'Sở Y tế', block: 'Khối sở' })
    const system = await createSystem(first, { name: 'Cổng thông tin điện tử', unitId: unit.id, level: 2 })
    await createSystem(first, { name: 'Hệ thống chưa rõ cấp độ', unitId: unit.id })
    first.close()

    const again = open(name)
    await again.open()
    expect(again.verno).toBe(CURRENT_SCHEMA_VERSION)
    expect(await again.units.get(unit.id)).toEqual(unit)
    expect(await again.systems.get(system.id)).toEqual(system)
    expect(await again.history.count()).toBe(3)
    // A null level is stored as null, not as a sentinel.
    expect(await again.systems.filter((s) => s.level === 2).count()).toBe(1)
    expect(await again.systems.filter((s) => s.level === null).count()).toBe(1)
    expect(await again.systems.where('unitId').equals(unit.id).count()).toBe(2)
  })
})
