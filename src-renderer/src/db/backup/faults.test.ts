/**
 * Fault tests: hundreds of damaged, wrong-version and hostile variants of a real backup, generated
 * here. Each must be refused with a DomainError whose message is Vietnamese and says the data was
 * not changed, and not one of them may write to the store.
 */
import { Gzip, gunzipSync, gzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SAMPLE_FILES } from '../../../../test/fixtures/attachment-samples'
import { DomainError } from '../../domain/errors'
import type { CapdoDatabase } from '../database'
import { CURRENT_SCHEMA_VERSION } from '../schema'
import { freshDatabase, watchWrites, type WriteWatch } from '../test-support/test-db'
import { bytesToBase64 } from './base64'
import { documentChecksum, sha256OfBytes, tablesChecksum } from './checksum'
import { createBackup, encodeBackup, readAllTables } from './create-backup'
import { BACKUP_FORMAT_VERSION, type BackupAttachment, type BackupDocument } from './format'
import { parseBackup } from './parse-backup'
import { RECORD_SCHEMAS } from './record-schemas'
import { restoreBackup } from './restore-backup'
import { seedStore, snapshotStore } from '../test-support/backup-store'

let db: CapdoDatabase
let watch: WriteWatch
let good: Uint8Array
let doc: BackupDocument
let before: Awaited<ReturnType<typeof snapshotStore>>

beforeAll(async () => {
  db = freshDatabase()
  await seedStore(db)
  good = await createBackup(db, { appVersion: '0.1.0' })
  doc = JSON.parse(JSON.stringify(await parseBackup(good))) as BackupDocument
  before = await snapshotStore(db)
  watch = watchWrites(db)
})

afterAll(async () => {
  // Not one refused file wrote anything, and the store is what it was.
  expect(watch.writes).toEqual([])
  expect(await snapshotStore(db)).toEqual(before)
  await db.delete()
})

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu

/** Restores `bytes` into the watched store and returns the refusal. */
async function refusal(bytes: Uint8Array): Promise<DomainError> {
  try {
    await restoreBackup(db, bytes, { by: 'Kiểm thử' })
  } catch (error) {
    if (error instanceof DomainError) return error
    throw new Error(`not a DomainError: ${String(error)}`)
  }
  throw new Error('the file was accepted')
}

/** Every variant is refused in Vietnamese; returns the codes seen, for the test to check. */
async function expectAllRefused(variants: [string, Uint8Array][]): Promise<Set<string>> {
  const codes = new Set<string>()
  const failures: string[] = []
  for (const [name, bytes] of variants) {
    try {
      const error = await refusal(bytes)
      if (!VIETNAMESE.test(error.message) || !error.message.includes('Dữ liệu hiện tại không bị thay đổi.')) {
        failures.push(`${name}: message "${error.message}"`)
      }
      codes.add(error.code)
    } catch (error) {
      failures.push(`${name}: ${String(error)}`)
    }
  }
  expect(failures).toEqual([])
  return codes
}

/** A variant of the document, re-encoded with a correct checksum so that only the change is wrong. */
async function resealed(change: (d: BackupDocument) => void): Promise<Uint8Array> {
  const copy = JSON.parse(JSON.stringify(doc)) as BackupDocument
  change(copy)
  for (const [name, rows] of Object.entries(copy.tables))
    (copy.counts as Record<string, number>)[name] = rows.length
  copy.checksum = await documentChecksum(copy as unknown as Record<string, unknown>)
  return encodeBackup(copy)
}

/** Deterministic pseudo-random positions (mulberry32), so a failure can be replayed. */
function positions(count: number, from: number, to: number, seed: number): number[] {
  let a = seed
  const out: number[] = []
  for (let i = 0; i < count; i++) {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    out.push(from + Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (to - from)))
  }
  return out
}

describe('damaged files', () => {
  it('a backup truncated at any of 150 offsets is refused as damaged', async () => {
    const offsets = [...new Set([0, 1, 2, 9, 10, 17, good.length - 1, ...positions(143, 1, good.length, 7)])]
    const codes = await expectAllRefused(offsets.map((at) => [`truncated at ${at}`, good.slice(0, at)]))
    expect(codes.has('backup_corrupt')).toBe(true)
  })

  it('a backup with any of 150 bytes flipped is refused', async () => {
    // Bytes 4–9 of the gzip header (time, flags, OS) say nothing about the content: not flipped.
    const at = [0, 1, 2, 3, ...positions(146, 10, good.length, 11)]
    const variants = at.map((i): [string, Uint8Array] => {
      const bytes = good.slice()
      bytes[i] ^= 0xff
      return [`byte ${i} flipped`, bytes]
    })
    await expectAllRefused(variants)
  })

  it('a document with any of 120 characters changed, then compressed again (a valid gzip), is refused', async () => {
    // Damage before compression: the gzip layer is intact, so the JSON reader, the header checks or
    // the checksum must catch it.
    const json = new TextDecoder().decode(gunzipSync(good))
    const variants = positions(120, 0, json.length, 13).map((at): [string, Uint8Array] => {
      // A stray quote (or brace for a quote): outside the checksummed tables (createdAt, appVersion)
      // only a change that breaks the JSON is certain to be caught, so that is the change made.
      const replacement = json[at] === '"' ? '{' : '"'
      const damaged = json.slice(0, at) + replacement + json.slice(at + 1)
      return [`character ${at} changed`, gzipSync(new TextEncoder().encode(damaged))]
    })
    const codes = await expectAllRefused(variants)
    expect(codes.has('backup_not_json')).toBe(true)
  })

  it('an empty file, a text file and a zip file are not backups', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Uint8Array(40)])
    const codes = await expectAllRefused([
      ['empty', new Uint8Array()],
      ['text', new TextEncoder().encode('Sổ theo dõi cấp độ')],
      ['zip', zip],
    ])
    expect([...codes]).toEqual(['backup_not_gzip'])
  })

  it('compressed content that is not JSON, or not UTF-8, is refused', async () => {
    const codes = await expectAllRefused([
      ['plain text', gzipSync(new TextEncoder().encode('xin chào'))],
      ['half a document', gzipSync(new TextEncoder().encode(JSON.stringify(doc).slice(0, 500)))],
      ['latin-1 bytes', gzipSync(new Uint8Array([0x7b, 0x22, 0xe0, 0xff, 0x22, 0x7d]))],
      ['empty', gzipSync(new Uint8Array())],
    ])
    expect([...codes]).toEqual(['backup_not_json'])
  })
})

describe('wrong versions and headers', () => {
  const header = (change: (d: Record<string, unknown>) => void) => {
    const copy = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>
    change(copy)
    return encodeBackup(copy)
  }

  it('a backup from a newer app, or with an impossible version, is refused', async () => {
    const variants: [string, Uint8Array][] = [
      ['newer schema', header((d) => (d.schemaVersion = CURRENT_SCHEMA_VERSION + 1))],
      ['far newer schema', header((d) => (d.schemaVersion = 9999))],
      ['newer format', header((d) => (d.formatVersion = BACKUP_FORMAT_VERSION + 1))],
      ...[0, -1, 1.5, '1', null, true, Number.MAX_VALUE].flatMap((v): [string, Uint8Array][] => [
        [`schemaVersion ${String(v)}`, header((d) => (d.schemaVersion = v))],
        [`formatVersion ${String(v)}`, header((d) => (d.formatVersion = v))],
      ]),
    ]
    const codes = await expectAllRefused(variants)
    expect(codes).toEqual(new Set(['backup_newer_schema', 'backup_newer_format', 'backup_bad_header']))
    await expect(
      refusal(header((d) => (d.schemaVersion = CURRENT_SCHEMA_VERSION + 1))),
    ).resolves.toHaveProperty('message', expect.stringContaining('Hãy cập nhật CapDo'))
  })

  it('a file of another format or a damaged header is refused', async () => {
    const json = (value: unknown) => gzipSync(new TextEncoder().encode(JSON.stringify(value)))
    await expectAllRefused([
      ['other format', header((d) => (d.format = 'capdo-exchange'))],
      ['no format', header((d) => delete d.format)],
      ['array', json([doc])],
      ['null', json(null)],
      ['number', json(42)],
      ['no tables', header((d) => delete d.tables)],
      ['tables is a list', header((d) => (d.tables = []))],
      ['a table is not a list', header((d) => ((d.tables as Record<string, unknown>).units = {}))],
      ['missing table', header((d) => delete (d.tables as Record<string, unknown>).settings)],
      ['no counts', header((d) => delete d.counts)],
      ['wrong count', header((d) => ((d.counts as Record<string, number>).systems += 1))],
      ['no createdAt', header((d) => delete d.createdAt)],
      ['bad createdAt', header((d) => (d.createdAt = 'hôm qua'))],
      ['huge appVersion', header((d) => (d.appVersion = 'x'.repeat(10_000)))],
      ['no checksum', header((d) => delete d.checksum)],
    ])
  })

  it('counts in the header that are huge, negative, fractional, text or missing are refused', async () => {
    const tables = ['units', 'systems', 'assessments', 'history', 'settings'] as const
    const lies: unknown[] = [
      1e12,
      Number.MAX_SAFE_INTEGER + 2,
      -1,
      1.5,
      '24',
      null,
      undefined,
      [24],
      { n: 24 },
    ]
    const variants = tables.flatMap((table) =>
      lies.map((lie): [string, Uint8Array] => [
        `counts.${table} = ${JSON.stringify(lie)}`,
        header((d) => ((d.counts as Record<string, unknown>)[table] = lie)),
      ]),
    )
    expect(variants).toHaveLength(45)
    const codes = await expectAllRefused(variants)
    expect(codes).toEqual(new Set(['backup_count_mismatch']))
  })

  it('a changed checksum, or a record changed under the checksum, is refused', async () => {
    const flipped = (c: string) => (c === '0' ? '1' : '0')
    const variants: [string, Uint8Array][] = []
    for (const i of [0, 1, 31, 32, 62, 63]) {
      variants.push([
        `checksum char ${i}`,
        header((d) => {
          const c = d.checksum as string
          d.checksum = c.slice(0, i) + flipped(c[i]) + c.slice(i + 1)
        }),
      ])
    }
    variants.push(['uppercase checksum', header((d) => (d.checksum = (d.checksum as string).toUpperCase()))])
    variants.push([
      'a level raised without resealing',
      header((d) => ((d.tables as BackupDocument['tables']).systems[0].level = 5)),
    ])
    const codes = await expectAllRefused(variants)
    expect(codes.has('backup_checksum')).toBe(true)
  })
})

describe('the header under the checksum (format 2)', () => {
  const header = (change: (d: Record<string, unknown>) => void) => {
    const copy = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>
    change(copy)
    return encodeBackup(copy)
  }

  it('a backup written today is format 2', () => {
    expect(doc.formatVersion).toBe(2)
    expect(BACKUP_FORMAT_VERSION).toBe(2)
  })

  it('a changed creation time, app version or schema version is refused as tampered', async () => {
    const variants: [string, Uint8Array][] = [
      ['createdAt a year earlier', header((d) => (d.createdAt = '2025-11-22T03:00:00.000Z'))],
      [
        'createdAt one millisecond later',
        header((d) => (d.createdAt = new Date(Date.parse(doc.createdAt) + 1).toISOString())),
      ],
      ['appVersion changed', header((d) => (d.appVersion = '9.9.9'))],
      ['appVersion emptied', header((d) => (d.appVersion = ''))],
      ['an older schema version claimed', header((d) => (d.schemaVersion = CURRENT_SCHEMA_VERSION - 1))],
      ['a header field added', header((d) => (d.note = 'sửa tay'))],
    ]
    const codes = await expectAllRefused(variants)
    expect(codes).toEqual(new Set(['backup_checksum']))
  })

  it('a format 1 file, summed over its tables only as the shipped app wrote it, still restores', async () => {
    const tables = (await parseBackup(good)).tables
    const old = {
      format: doc.format,
      formatVersion: 1,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: '2026-11-20T01:00:00.000Z',
      appVersion: '0.1.0',
      counts: doc.counts,
      tables,
      checksum: await tablesChecksum(tables),
    }
    const target = freshDatabase()
    try {
      const { restored } = await restoreBackup(target, encodeBackup(old))
      expect(restored).toMatchObject({ formatVersion: 1, createdAt: '2026-11-20T01:00:00.000Z' })
      expect(await readAllTables(target)).toMatchObject({
        units: tables.units,
        systems: tables.systems,
        assessments: tables.assessments,
      })
      // The same file written as format 2 without resealing the whole document is refused.
      await expect(refusal(encodeBackup({ ...old, formatVersion: 2 }))).resolves.toHaveProperty(
        'code',
        'backup_checksum',
      )
    } finally {
      await target.delete()
    }
  })
})

describe('hostile records', () => {
  it('every field of every table given a value of the wrong type is refused', async () => {
    const tables = await readAllTables(db)
    const samples = {
      units: tables.units[0],
      systems: tables.systems.find((s) => s.level !== null && s.approvedOn !== null) ?? tables.systems[0],
      assessments: tables.assessments[0],
      history: tables.history[0],
    }
    const variants: [string, Uint8Array][] = []
    for (const [table, record] of Object.entries(samples)) {
      for (const [field, value] of Object.entries(record)) {
        // Values of another JSON type than the field holds; null only where the field refuses null.
        const nullable = RECORD_SCHEMAS[table as keyof typeof samples].shape[field as never]
        const acceptsNull = (nullable as { safeParse(v: unknown): { success: boolean } }).safeParse(
          null,
        ).success
        const wrong = [42, '7', null, ['x'], { a: 1 }, true].filter(
          (w) =>
            typeof w !== typeof value &&
            !(w === null && acceptsNull) &&
            !(Array.isArray(value) && Array.isArray(w)) &&
            // A field that is null here may hold an id or a text: a string is not a wrong type for it.
            !(value === null && typeof w === 'string'),
        )
        for (const w of wrong) {
          variants.push([
            `${table}.${field} = ${JSON.stringify(w)}`,
            await resealed((d) => {
              const row = (d.tables as unknown as Record<string, Record<string, unknown>[]>)[table].find(
                (r) => r.id === record.id,
              )
              if (row) row[field] = w
            }),
          ])
        }
      }
    }
    expect(variants.length).toBeGreaterThan(150)
    const codes = await expectAllRefused(variants)
    expect(codes).toEqual(new Set(['backup_bad_record']))
  })

  it('out-of-range values are refused: a level of 6, a 31st of February, an unknown state', async () => {
    await expectAllRefused([
      ['level 6', await resealed((d) => (d.tables.systems[0] = { ...d.tables.systems[0], level: 6 as 5 }))],
      ['level 0', await resealed((d) => (d.tables.systems[0] = { ...d.tables.systems[0], level: 0 as 1 }))],
      ['31/02', await resealed((d) => (d.tables.assessments[0].date = '2025-02-31'))],
      ['dd/mm date', await resealed((d) => (d.tables.assessments[0].date = '01/02/2025'))],
      ['unknown state', await resealed((d) => Object.assign(d.tables.systems[0], { dossierState: 'lost' }))],
      ['unknown kind', await resealed((d) => Object.assign(d.tables.assessments[0], { kind: 'audit' }))],
      ['empty name', await resealed((d) => (d.tables.units[0].name = ''))],
      [
        'unknown setting',
        await resealed((d) => d.tables.settings.push({ key: 'admin', value: true } as never)),
      ],
      [
        'rule set without cadence',
        await resealed((d) => {
          const row = d.tables.settings.find((s) => s.key === 'customRuleSets')
          if (row?.key === 'customRuleSets') Object.assign(row.value[0], { cadenceMonths: { 1: 24 } })
        }),
      ],
    ])
  })

  it('__proto__, constructor and unknown keys are refused, not merged into objects', async () => {
    const inject = (json: string) =>
      resealed((d) => {
        d.tables.systems[0] = { ...d.tables.systems[0], ...(JSON.parse(json) as object) }
      })
    // defineProperty: assigning "__proto__" would set the prototype instead of adding the key.
    const ownKey = (target: object, key: string, value: unknown) =>
      Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
    const variants: [string, Uint8Array][] = [
      ['__proto__ in a system', await inject('{"__proto__": {"isAdmin": true}}')],
      ['constructor in a system', await inject('{"constructor": {"prototype": {"x": 1}}}')],
      ['unknown field', await inject('{"passwordHash": "x"}')],
      ['__proto__ as a table', await resealed((d) => ownKey(d.tables, '__proto__', [{ id: 'x' }]))],
      ['extra table', await resealed((d) => ownKey(d.tables, 'macros', []))],
      [
        '__proto__ in a rule set',
        await resealed((d) => {
          const row = d.tables.settings.find((s) => s.key === 'customRuleSets')
          if (row?.key === 'customRuleSets') ownKey(row.value[0], '__proto__', { id: 'x' })
        }),
      ],
    ]
    await expectAllRefused(variants)
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
  })

  it('huge strings are refused', async () => {
    const huge = 'Hệ thống '.repeat(20_000)
    await expectAllRefused([
      ['huge name', await resealed((d) => (d.tables.systems[0].name = huge))],
      ['huge notes', await resealed((d) => (d.tables.systems[1].notes = huge))],
      ['huge id', await resealed((d) => (d.tables.units[0].id = 'x'.repeat(1000)))],
      [
        'huge history value',
        await resealed((d) => d.tables.history[0].changes.push({ field: 'notes', from: huge, to: '' })),
      ],
    ])
  })

  it('dangling references and duplicate ids are refused', async () => {
    const codes = await expectAllRefused([
      ['system of a missing unit', await resealed((d) => (d.tables.systems[0].unitId = 'khong-co'))],
      [
        'assessment of a missing system',
        await resealed((d) => (d.tables.assessments[0].systemId = 'khong-co')),
      ],
      ['unit under a missing parent', await resealed((d) => (d.tables.units[0].parentId = 'khong-co'))],
      [
        'units without their systems',
        await resealed(
          (d) => (d.tables.units = d.tables.units.filter((u) => u.id !== d.tables.systems[0].unitId)),
        ),
      ],
      ['duplicate unit', await resealed((d) => d.tables.units.push(d.tables.units[0]))],
      [
        'duplicate system',
        await resealed((d) => d.tables.systems.push({ ...d.tables.systems[0], name: 'Khác' })),
      ],
      ['duplicate assessment', await resealed((d) => d.tables.assessments.push(d.tables.assessments[0]))],
      ['duplicate history id', await resealed((d) => d.tables.history.push(d.tables.history[0]))],
      ['duplicate setting', await resealed((d) => d.tables.settings.push(d.tables.settings[0]))],
    ])
    expect(codes).toEqual(new Set(['backup_dangling_reference', 'backup_duplicate_id']))
  })
})

describe('absurd sizes', () => {
  it('more than 1,000,000 records is refused before they are read', async () => {
    const bytes = await resealed((d) => {
      d.tables.history = new Array(1_000_001).fill(0) as never
    })
    const error = await refusal(bytes)
    expect(error.code).toBe('backup_too_many_records')
    expect(error.message).toContain('1.000.000')
  })

  it('a gzip bomb over 500 MB is refused by counting, without keeping its output', async () => {
    // 501 MB of zeros compress to about 500 KB.
    const parts: Uint8Array[] = []
    const zipper = new Gzip({ level: 1 }, (chunk) => parts.push(chunk))
    const mb = new Uint8Array(1024 * 1024)
    for (let i = 0; i < 501; i++) zipper.push(mb, i === 500)
    const bomb = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
    let at = 0
    for (const p of parts) {
      bomb.set(p, at)
      at += p.length
    }
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024)

    const error = await refusal(bomb)
    expect(error.code).toBe('backup_too_large')
    expect(error.message).toContain('500 MB')

    // A bomb that lies about its size in the trailer is stopped as soon as it passes the lie.
    const liar = bomb.slice()
    liar.set([0, 0, 1, 0], liar.length - 4)
    expect((await refusal(liar)).code).toBe('backup_corrupt')
  })

  it('the limits can be set lower, and a file above them is refused', async () => {
    await expect(parseBackup(good, { limits: { maxDecompressedBytes: 1000 } })).rejects.toMatchObject({
      code: 'backup_too_large',
    })
    await expect(parseBackup(good, { limits: { maxRecords: 10 } })).rejects.toMatchObject({
      code: 'backup_too_many_records',
    })
  })
})

describe('attachments in a backup', () => {
  /** A valid scanned decision of the first system, as the backup document holds it. */
  async function decision(): Promise<BackupAttachment> {
    const bytes = SAMPLE_FILES.pdf
    return {
      id: 'att-qd',
      ownerKind: 'system',
      ownerId: doc.tables.systems[0].id,
      systemId: doc.tables.systems[0].id,
      name: 'QĐ phê duyệt cấp độ.pdf',
      type: 'application/pdf',
      size: bytes.byteLength,
      sha256: await sha256OfBytes(bytes),
      kind: 'approval-decision',
      addedAt: '2026-11-22T02:00:00.000Z',
      data: bytesToBase64(bytes),
    }
  }

  it('a sound attachment is read back with its bytes (the variants below differ in one thing)', async () => {
    const file = await decision()
    const parsed = await parseBackup(await resealed((d) => d.tables.attachments.push(file)))
    expect(parsed.tables.attachments).toEqual([file])
  })

  it('refuses an attachment whose bytes do not match its SHA-256, naming the file', async () => {
    const file = await decision()
    const tampered = SAMPLE_FILES.pdf.slice()
    tampered[10] ^= 0xff
    const error = await refusal(
      await resealed((d) => d.tables.attachments.push({ ...file, data: bytesToBase64(tampered) })),
    )
    expect(error.code).toBe('backup_attachment_hash')
    expect(error.message).toBe(
      'Tệp đính kèm "QĐ phê duyệt cấp độ.pdf" trong tệp sao lưu bị hỏng: mã SHA-256 không khớp với nội dung. Dữ liệu hiện tại không bị thay đổi.',
    )
  })

  it('refuses a wrong size, bad base64, an unknown type, a missing owner, and an owner of another system', async () => {
    const file = await decision()
    const assessment = doc.tables.assessments.find((a) => a.systemId !== file.systemId)
    if (!assessment) throw new Error('the seeded store has no assessment of another system')
    const variants: [string, (a: BackupAttachment) => BackupAttachment][] = [
      ['size one byte short', (a) => ({ ...a, size: a.size - 1 })],
      ['size zero', (a) => ({ ...a, size: 0 })],
      ['base64 with a foreign character', (a) => ({ ...a, data: `*${a.data.slice(1)}` })],
      ['base64 without its padding', (a) => ({ ...a, data: a.data.replace(/=+$/u, '') })],
      ['a program’s type', (a) => ({ ...a, type: 'application/x-msdownload' as never })],
      ['a hash that is not hex', (a) => ({ ...a, sha256: 'z'.repeat(64) })],
      [
        'an owner that is not in the file',
        (a) => ({ ...a, ownerId: 'sys-khong-co', systemId: 'sys-khong-co' }),
      ],
      [
        'an assessment of another system',
        (a) => ({ ...a, ownerKind: 'assessment' as const, ownerId: assessment.id }),
      ],
    ]
    const codes = await expectAllRefused(
      await Promise.all(
        variants.map(
          async ([name, change]) =>
            [name, await resealed((d) => d.tables.attachments.push(change(file)))] as [string, Uint8Array],
        ),
      ),
    )
    expect([...codes].sort()).toEqual(['backup_bad_record', 'backup_dangling_reference'])
  })
})
