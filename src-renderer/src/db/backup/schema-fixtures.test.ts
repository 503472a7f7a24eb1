/**
 * Every released schema version keeps a fixture under test/fixtures/db-v<N>/dump.json. Each is
 * seeded through that version's raw schema, then opened by today's database, which runs every
 * upgrade since; every record must come out as the backup migrations say it should (the two paths
 * from an old version must agree) and pass today's record checks.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { buildDbV1Dump } from '../../../../test/fixtures/db-v1/generate'
import { buildDbV2Dump } from '../../../../test/fixtures/db-v2/generate'
import { buildDbV3Dump } from '../../../../test/fixtures/db-v3/generate'
import { buildDbV4Dump } from '../../../../test/fixtures/db-v4/generate'
import { buildDbV5Dump } from '../../../../test/fixtures/db-v5/generate'
import { createDatabase, type CapdoDatabase } from '../database'
import { listSystemAttachments, readAttachment } from '../repos/attachments'
import { ensureOffice, getOffice, readLedger } from '../repos/exchange'
import { CURRENT_SCHEMA_VERSION, SCHEMA_V1, SCHEMA_VERSIONS } from '../schema'
import { base64ToBytes } from './base64'
import { checkRecords } from './check-records'
import { sha256OfBytes, tablesChecksum } from './checksum'
import { buildBackupDocument, createBackup, encodeBackup } from './create-backup'
import { BACKUP_TABLES, type BackupTables } from './format'
import { migrateTables, type RawTables } from './migrations'
import { restoreBackup } from './restore-backup'
import { snapshotStore } from '../test-support/backup-store'

const FIXTURES = fileURLToPath(new URL('../../../../test/fixtures/', import.meta.url))

const fixtures = readdirSync(FIXTURES)
  .map((dir) => /^db-v(\d+)$/u.exec(dir))
  .filter((m): m is RegExpExecArray => m !== null)
  .map((m) => ({
    version: Number(m[1]),
    dump: JSON.parse(readFileSync(`${FIXTURES}${m[0]}/dump.json`, 'utf8')) as RawTables,
  }))

const opened: Dexie[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
})

/** Rows as IndexedDB holds them: a dump's attachment bytes are base64 (JSON holds no bytes). */
function stored(table: string, rows: unknown[]): unknown[] {
  if (table !== 'attachmentData') return rows
  return (rows as { data: string }[]).map((row) => ({ ...row, data: base64ToBytes(row.data) }))
}

/**
 * A dump's tables as a backup holds them: from v4 a file's description (`attachments`) and its
 * bytes (`attachmentData`) are two tables in the store and one attachment in the document.
 */
function asBackupTables(dump: RawTables): RawTables {
  const { attachmentData, ...tables } = dump
  if (!attachmentData) return tables
  const bytes = new Map((attachmentData as { id: string; data: string }[]).map((row) => [row.id, row.data]))
  const attachments = (tables.attachments ?? []) as { id: string }[]
  return { ...tables, attachments: attachments.map((a) => ({ ...a, data: bytes.get(a.id) })) }
}

/** The object stores and their indexes as IndexedDB itself reports them, without Dexie. */
async function rawIndexes(name: string): Promise<Record<string, string[]>> {
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

/** A database at exactly `version`: that version's stores and upgrades, nothing later. */
async function seedAtVersion(name: string, version: number, dump: RawTables): Promise<void> {
  const raw = new Dexie(name)
  opened.push(raw)
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= version)) {
    const declared = raw.version(v.version).stores(v.stores)
    if (v.upgrade) declared.upgrade(v.upgrade)
  }
  await raw.open()
  await raw.transaction('rw', raw.tables, async () => {
    for (const [table, rows] of Object.entries(dump)) await raw.table(table).bulkAdd(stored(table, rows))
  })
  raw.close()
}

function sorted(tables: BackupTables): BackupTables {
  const byKey = <T>(rows: T[], key: (r: T) => string | number) =>
    [...rows].sort((a, b) => String(key(a)).localeCompare(String(key(b)), 'en', { numeric: true }))
  return {
    units: byKey(tables.units, (r) => r.id),
    systems: byKey(tables.systems, (r) => r.id),
    assessments: byKey(tables.assessments, (r) => r.id),
    history: byKey(tables.history, (r) => r.id ?? 0),
    settings: byKey(tables.settings, (r) => r.key),
    exchange: byKey(tables.exchange, (r) => r.key),
    attachments: byKey(tables.attachments, (r) => r.id),
    rounds: byKey(tables.rounds, (r) => r.id),
  }
}

describe('schema fixtures', () => {
  it('there is a fixture for every released schema version, v1 included', () => {
    expect(fixtures.map((f) => f.version).sort()).toEqual(SCHEMA_VERSIONS.map((v) => v.version))
  })

  it('the v1 fixture is what its generator writes, with every table and about ten records', () => {
    const v1 = fixtures.find((f) => f.version === 1)
    expect(v1?.dump).toEqual(buildDbV1Dump())
    expect(Object.keys(v1?.dump ?? {}).sort()).toEqual(Object.keys(SCHEMA_V1).sort())
    expect(Object.values(v1?.dump ?? {}).flat().length).toBeGreaterThanOrEqual(10)
  })

  it('the v2 fixture is what its generator writes: one system with a justification and a checklist', () => {
    const v2 = fixtures.find((f) => f.version === 2)
    expect(v2?.dump).toEqual(buildDbV2Dump())
    const systems = (v2?.dump.systems ?? []) as { levelJustification: unknown; dossierChecklist: unknown[] }[]
    expect(systems.filter((s) => s.levelJustification !== null)).toHaveLength(1)
    expect(systems.filter((s) => s.dossierChecklist.length > 0)).toHaveLength(2)
  })

  it('a v1 database upgraded to v2 gives every system no justification and an empty checklist', async () => {
    const v1 = fixtures.find((f) => f.version === 1)
    if (!v1) throw new Error('the v1 fixture is missing')
    const name = `fixture-v1-to-v2-${crypto.randomUUID()}`
    await seedAtVersion(name, 1, v1.dump)
    const db = createDatabase(name)
    opened.push(db)
    const systems = await db.systems.toArray()
    expect(systems).toHaveLength(v1.dump.systems.length)
    for (const s of systems) {
      expect(s.levelJustification).toBeNull()
      expect(s.dossierChecklist).toEqual([])
    }
    // Every other field comes through untouched.
    const before = (v1.dump.systems as { id: string }[]).find((s) => s.id === 'sys-cong-dvc')
    const {
      levelJustification: _j,
      dossierChecklist: _c,
      ...rest
    } = systems.find((s) => s.id === 'sys-cong-dvc') ?? {}
    expect(rest).toEqual(before)
  })

  it('a v2 database keeps its saved justification and ticked parts when opened again', async () => {
    const v2 = fixtures.find((f) => f.version === 2)
    if (!v2) throw new Error('the v2 fixture is missing')
    const name = `fixture-v2-${crypto.randomUUID()}`
    await seedAtVersion(name, 2, v2.dump)
    const db = createDatabase(name)
    opened.push(db)
    const portal = await db.systems.get('sys-cong-dvc')
    expect(portal?.levelJustification?.suggestedLevel).toBe(3)
    expect(portal?.levelJustification?.text).toContain('Đề xuất cấp độ 3.')
    expect(portal?.dossierChecklist.map((t) => t.part)).toContain('appraisal_opinion')
  })

  it('the v3 fixture is what its generator writes: an office identity and a ledger with a tombstone', () => {
    const v3 = fixtures.find((f) => f.version === 3)
    expect(v3?.dump).toEqual(buildDbV3Dump())
    expect((v3?.dump.exchange ?? []).map((r) => (r as { key: string }).key).sort()).toEqual([
      'ledger',
      'office',
    ])
  })

  for (const from of [1, 2]) {
    it(`a v${from} database upgraded to v3 has an empty exchange table, then gets its office on first start`, async () => {
      const fixture = fixtures.find((f) => f.version === from)
      if (!fixture) throw new Error(`the v${from} fixture is missing`)
      const name = `fixture-v${from}-to-v3-${crypto.randomUUID()}`
      await seedAtVersion(name, from, fixture.dump)
      const db = createDatabase(name)
      opened.push(db)
      expect(await db.exchange.count()).toBe(0)
      const office = await ensureOffice(db)
      // Named after the issuer of the report settings; the id is generated once and kept.
      expect(office.name).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ')
      expect(office.id).toMatch(/^[0-9a-f-]{36}$/u)
      expect(await ensureOffice(db)).toEqual(office)
      expect((await readLedger(db, office)).seen).toEqual({ [office.id]: 0 })
    })
  }

  it('a v3 database keeps its office and exchange ledger when opened again', async () => {
    const v3 = fixtures.find((f) => f.version === 3)
    if (!v3) throw new Error('the v3 fixture is missing')
    const name = `fixture-v3-${crypto.randomUUID()}`
    await seedAtVersion(name, 3, v3.dump)
    const db = createDatabase(name)
    opened.push(db)
    const office = await getOffice(db)
    expect(office?.name).toBe('Sở Khoa học và Công nghệ')
    const ledger = await readLedger(db, office ?? { id: '', name: '' })
    expect(ledger.seen[office?.id ?? '']).toBe(7)
    expect(Object.keys(ledger.marks)).toHaveLength(8)
    expect(Object.keys(ledger.tombstones)).toEqual(['assessment:asm-mot-cua-2023'])
  })

  it('the v4 fixture is what its generator writes: a scanned decision and an assessment report, bytes apart', () => {
    const v4 = fixtures.find((f) => f.version === 4)
    expect(v4?.dump).toEqual(buildDbV4Dump())
    const attachments = (v4?.dump.attachments ?? []) as Record<string, unknown>[]
    expect(attachments.map((a) => a.ownerKind)).toEqual(['system', 'assessment'])
    // The descriptions hold no bytes; each file's bytes are one row of attachmentData, same id.
    expect(attachments.filter((a) => 'data' in a)).toEqual([])
    const data = (v4?.dump.attachmentData ?? []) as { id: string; data: string }[]
    expect(data.map((d) => d.id)).toEqual(attachments.map((a) => a.id))
    expect(data.map((d) => base64ToBytes(d.data).byteLength)).toEqual(attachments.map((a) => a.size))
  })

  for (const from of [1, 2, 3]) {
    it(`a v${from} database upgraded to v4 has empty attachment tables and only the indexes that are queried`, async () => {
      const fixture = fixtures.find((f) => f.version === from)
      if (!fixture) throw new Error(`the v${from} fixture is missing`)
      const name = `fixture-v${from}-to-v4-${crypto.randomUUID()}`
      await seedAtVersion(name, from, fixture.dump)
      const db = createDatabase(name)
      opened.push(db)
      expect(await db.attachments.count()).toBe(0)
      expect(await db.attachmentData.count()).toBe(0)
      expect(await db.systems.count()).toBe(fixture.dump.systems.length)
      db.close()
      expect(await rawIndexes(name)).toEqual({
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
  }

  it('a v4 database keeps its attachments, byte for byte, when opened again', async () => {
    const v4 = fixtures.find((f) => f.version === 4)
    if (!v4) throw new Error('the v4 fixture is missing')
    const name = `fixture-v4-${crypto.randomUUID()}`
    await seedAtVersion(name, 4, v4.dump)
    const db = createDatabase(name)
    opened.push(db)
    const decision = await readAttachment(db, 'att-qd-phe-duyet-cong-dvc')
    expect(decision.data).toBeInstanceOf(Uint8Array)
    expect(new TextDecoder().decode(decision.data.subarray(0, 5))).toBe('%PDF-')
    expect(await sha256OfBytes(decision.data)).toBe(decision.sha256)
    expect((await listSystemAttachments(db, 'sys-cong-dvc')).map((a) => a.name)).toEqual([
      'QĐ 1234-QĐ-UBND phê duyệt cấp độ.pdf',
      'Báo cáo kiểm tra 2025.png',
    ])
  })

  it('the v5 fixture is what its generator writes: one open round, one unit replied, one awaited', () => {
    const v5 = fixtures.find((f) => f.version === 5)
    expect(v5?.dump).toEqual(buildDbV5Dump())
    const rounds = (v5?.dump.rounds ?? []) as { recipients: { receivedOn: string | null }[] }[]
    expect(rounds.map((r) => r.recipients.map((x) => x.receivedOn))).toEqual([['2026-12-28', null]])
  })

  for (const from of [1, 2, 3, 4]) {
    it(`a v${from} database upgraded to v5 has an empty rounds table and keeps its systems`, async () => {
      const fixture = fixtures.find((f) => f.version === from)
      if (!fixture) throw new Error(`the v${from} fixture is missing`)
      const name = `fixture-v${from}-to-v5-${crypto.randomUUID()}`
      await seedAtVersion(name, from, fixture.dump)
      const db = createDatabase(name)
      opened.push(db)
      expect(await db.rounds.count()).toBe(0)
      expect(await db.systems.count()).toBe(fixture.dump.systems.length)
    })
  }

  it('a v5 database keeps its rounds, recipients and tokens, and a backup of it restores them', async () => {
    const v5 = fixtures.find((f) => f.version === 5)
    if (!v5) throw new Error('the v5 fixture is missing')
    const name = `fixture-v5-${crypto.randomUUID()}`
    await seedAtVersion(name, 5, v5.dump)
    const db = createDatabase(name)
    opened.push(db)
    const round = await db.rounds.get('round-125-2026')
    expect(round?.recipients.map((r) => [r.unitName, r.token, r.receivedOn])).toEqual([
      ['Trung tâm Chuyển đổi số', 'Zk3qv9Tt2bLx0sWm8RfY1aPc', '2026-12-28'],
      ['UBND xã An Lão', 'Qw7eRt5yUi3oPa1sDf9gHj2k', null],
    ])
    const other = createDatabase(`fixture-v5-restore-${crypto.randomUUID()}`)
    opened.push(other)
    const { counts } = await restoreBackup(other, await createBackup(db))
    expect(counts.rounds).toBe(1)
    expect(await other.rounds.get('round-125-2026')).toEqual(round)
  })

  for (const fixture of fixtures) {
    it(`a database seeded under schema v${fixture.version} opens under v${CURRENT_SCHEMA_VERSION} with every record intact`, async () => {
      const name = `fixture-v${fixture.version}-${crypto.randomUUID()}`
      await seedAtVersion(name, fixture.version, fixture.dump)

      const db: CapdoDatabase = createDatabase(name)
      opened.push(db)
      await db.open()
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)

      const expected = checkRecords(
        migrateTables(asBackupTables(fixture.dump), fixture.version, CURRENT_SCHEMA_VERSION),
      )
      const actual = await snapshotStore(db)
      expect(sorted(actual)).toEqual(sorted(expected))
      // Tables a version did not have yet come out empty.
      for (const table of BACKUP_TABLES) expect(actual[table]).toHaveLength(fixture.dump[table]?.length ?? 0)
      // The indexes answer for the upgraded rows too.
      expect(await db.systems.where('unitId').equals('unit-so-khcn').count()).toBe(
        expected.systems.filter((s) => s.unitId === 'unit-so-khcn').length,
      )
    })

    it(`a backup of the schema v${fixture.version} fixture restores into today's store`, async () => {
      const db = createDatabase(`fixture-restore-${crypto.randomUUID()}`)
      opened.push(db)
      // The document as that version's app wrote it: its own tables only, counted and summed.
      const tables = asBackupTables(fixture.dump) as unknown as BackupTables
      const doc = {
        ...(await buildBackupDocument({
          ...tables,
          exchange: tables.exchange ?? [],
          attachments: tables.attachments ?? [],
          rounds: tables.rounds ?? [],
        })),
        // Apps before format 2 summed the tables only; such files must restore for ever.
        formatVersion: 1,
        schemaVersion: fixture.version,
        tables,
        counts: Object.fromEntries(Object.entries(tables).map(([t, rows]) => [t, rows.length])),
        checksum: await tablesChecksum(tables),
      }
      const { counts } = await restoreBackup(db, encodeBackup(doc))
      expect(counts.systems).toBe(fixture.dump.systems.length)
      expect((await db.systems.get('sys-cong-dvc'))?.name).toBe('Cổng dịch vụ công thành phố')
    })
  }
})
