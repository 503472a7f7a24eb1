/**
 * The backup before a schema upgrade, on the fixtures of every older schema: the old data is
 * stored as a backup at its own version before the app's first open upgrades it, and that backup
 * restores to exactly what the upgrade produced.
 */
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { buildDbV1Dump } from '../../../../test/fixtures/db-v1/generate'
import { buildDbV2Dump } from '../../../../test/fixtures/db-v2/generate'
import { buildDbV3Dump } from '../../../../test/fixtures/db-v3/generate'
import { buildDbV4Dump } from '../../../../test/fixtures/db-v4/generate'
import { createDatabase } from '../database'
import { listSystemAttachments, readAttachment } from '../repos/attachments'
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../schema'
import { base64ToBytes } from './base64'
import { backUpBeforeUpgrade, readOutdatedStore } from './before-upgrade'
import { readAllTables } from './create-backup'
import { parseBackup } from './parse-backup'
import { restoreBackup } from './restore-backup'

const names: string[] = []
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name)
})

function newName(): string {
  const name = `before-upgrade-${crypto.randomUUID()}`
  names.push(name)
  return name
}

/** A database exactly as the app of `version` left it: that version's stores, seeded. */
async function seedAtVersion(name: string, version: number, dump: Record<string, unknown[]>) {
  const raw = new Dexie(name)
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= version)) {
    const declared = raw.version(v.version).stores(v.stores)
    if (v.upgrade) declared.upgrade(v.upgrade)
  }
  await raw.open()
  await raw.transaction('rw', raw.tables, async () => {
    for (const [table, rows] of Object.entries(dump)) await raw.table(table).bulkAdd(rows)
  })
  raw.close()
}

async function storedVersion(name: string): Promise<number | undefined> {
  const found = (await indexedDB.databases()).find((d) => d.name === name)
  // Dexie stores version n as IndexedDB version 10n.
  return found?.version === undefined ? undefined : found.version / 10
}

const FIXTURES = [
  { version: 1, dump: buildDbV1Dump },
  { version: 2, dump: buildDbV2Dump },
  { version: 3, dump: buildDbV3Dump },
] as const

describe('the backup before a schema upgrade', () => {
  for (const fixture of FIXTURES) {
    it(`keeps the schema v${fixture.version} data as it was, then the upgraded store equals its restore`, async () => {
      const name = newName()
      await seedAtVersion(name, fixture.version, fixture.dump() as unknown as Record<string, unknown[]>)
      const written: Uint8Array[] = []

      const took = await backUpBeforeUpgrade(async (data) => void written.push(data), {
        databaseName: name,
        appVersion: '1.4.0',
        now: () => new Date('2027-01-05T01:00:00.000Z'),
      })
      expect(took).toBe(true)
      expect(written).toHaveLength(1)
      // Reading it changed nothing: the database still waits for its upgrade.
      expect(await storedVersion(name)).toBe(fixture.version)

      const doc = await parseBackup(written[0])
      expect(doc).toMatchObject({
        schemaVersion: fixture.version,
        appVersion: '1.4.0',
        createdAt: '2027-01-05T01:00:00.000Z',
      })

      // The app now opens its database as usual, and Dexie upgrades it.
      const db = createDatabase(name)
      const upgraded = await readAllTables(db)
      db.close()
      expect(await storedVersion(name)).toBe(CURRENT_SCHEMA_VERSION)
      const { units, systems, assessments, history, settings } = doc.tables
      expect({ units, systems, assessments, history, settings }).toEqual({
        units: upgraded.units,
        systems: upgraded.systems,
        assessments: upgraded.assessments,
        history: upgraded.history,
        settings: upgraded.settings,
      })

      // Restored into another store, the backup gives back every system of the old data.
      const other = createDatabase(newName())
      await restoreBackup(other, written[0])
      expect((await other.systems.toArray()).map((s) => s.id).sort()).toEqual(
        upgraded.systems.map((s) => s.id).sort(),
      )
      other.close()
    })
  }

  it('keeps every file’s bytes, joined from their own table, when a v4 store awaits a later upgrade', async () => {
    const name = newName()
    const dump = buildDbV4Dump() as { attachmentData: { id: string; data: string }[] } & Record<
      string,
      unknown[]
    >
    await seedAtVersion(name, 4, {
      ...dump,
      attachmentData: dump.attachmentData.map((row) => ({ ...row, data: base64ToBytes(row.data) })),
    })
    const written: Uint8Array[] = []
    // As the app of schema v5 will see this store the day it ships.
    expect(
      await backUpBeforeUpgrade(async (data) => void written.push(data), {
        databaseName: name,
        currentSchemaVersion: 5,
      }),
    ).toBe(true)
    expect(await storedVersion(name)).toBe(4)

    const doc = await parseBackup(written[0])
    // Each file once, its bytes (base64) joined from attachmentData: nothing left behind.
    const inBackup = new Map(doc.tables.attachments.map((a) => [a.id, a.data]))
    expect(inBackup).toEqual(new Map(dump.attachmentData.map((row) => [row.id, row.data])))
    expect(Object.keys(doc.tables)).not.toContain('attachmentData')

    const other = createDatabase(newName())
    await restoreBackup(other, written[0])
    expect((await listSystemAttachments(other, 'sys-cong-dvc')).map((a) => a.id)).toEqual([
      'att-qd-phe-duyet-cong-dvc',
      'att-bao-cao-2025',
    ])
    const decision = await readAttachment(other, 'att-qd-phe-duyet-cong-dvc')
    expect(new TextDecoder().decode(decision.data.subarray(0, 5))).toBe('%PDF-')
    other.close()
  })

  it('takes none for a database already at today’s version', async () => {
    const name = newName()
    const db = createDatabase(name)
    await db.units.add({
      id: 'u1',
      name: 'Sở Y tế',
      block: 'Khối sở, ngành',
      parentId: null,
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
    })
    db.close()
    const write = async () => {
      throw new Error('no backup expected')
    }
    expect(await backUpBeforeUpgrade(write, { databaseName: name })).toBe(false)
  })

  it('takes none at a first start, and does not create the database while looking', async () => {
    const name = newName()
    expect(await readOutdatedStore(name)).toBeNull()
    expect(await storedVersion(name)).toBeUndefined()
  })

  it('takes none for an old database that holds nothing', async () => {
    const name = newName()
    await seedAtVersion(name, 2, {})
    expect(await readOutdatedStore(name)).toBeNull()
  })

  it('when the backup cannot be stored, says so and leaves the database at its old version', async () => {
    const name = newName()
    await seedAtVersion(name, 1, buildDbV1Dump() as unknown as Record<string, unknown[]>)
    const failing = backUpBeforeUpgrade(
      async () => {
        throw new Error('Ổ đĩa đầy')
      },
      { databaseName: name },
    )
    await expect(failing).rejects.toThrow('Ổ đĩa đầy')
    expect(await storedVersion(name)).toBe(1)
  })
})
