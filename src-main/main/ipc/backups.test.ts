import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { MAX_FILE_BYTES } from '../../preload/api'
import type { AutoBackupsFs } from '../services/backup-folder'
import {
  listAutoBackups,
  pruneAutoBackups,
  readAutoBackup,
  writeAutoBackup,
  type BackupsDeps,
} from './backups'
import { FileAccessError, invalidPayloadError } from './errors'

let root: string
let deps: BackupsDeps

beforeEach(async () => {
  root = await fs.mkdtemp(join(tmpdir(), 'capdo-ipc-backups-'))
  let minute = 0
  deps = { folder: join(root, 'backups'), now: () => new Date(Date.UTC(2026, 10, 22, 2, minute++)) }
})

afterEach(async () => {
  await fs.rm(root, { recursive: true, force: true })
})

const backup = () =>
  new Uint8Array(
    gzipSync(
      JSON.stringify({
        format: 'capdo-backup',
        counts: { units: 2, systems: 3, assessments: 1, history: 7, settings: 1 },
        tables: {},
      }),
    ),
  )

/** The Vietnamese message the renderer would get for a refused payload. */
async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ZodError)
  return invalidPayloadError(error as ZodError).message
}

describe('backups:write-auto', () => {
  it('stores the backup in the backups folder and answers its entry with the header counts', async () => {
    const entry = await writeAutoBackup({ data: backup(), reason: 'before-import', keep: 14 }, deps)
    expect(entry).toMatchObject({
      name: 'CapDo-tu-dong-2026-11-22_09-00-00-000_truoc-nhap.capdo',
      reason: 'before-import',
      counts: { units: 2, systems: 3 },
    })
    expect(await fs.readdir(deps.folder)).toEqual([entry.name])
  })

  it('takes the backup made before a schema upgrade, named for it', async () => {
    const entry = await writeAutoBackup({ data: backup(), reason: 'before-upgrade', keep: 14 }, deps)
    expect(entry).toMatchObject({
      name: 'CapDo-tu-dong-2026-11-22_09-00-00-000_truoc-nang-cap.capdo',
      reason: 'before-upgrade',
    })
    expect((await listAutoBackups(undefined, deps)).map((e) => e.reason)).toEqual(['before-upgrade'])
  })

  it('keeps only the newest `keep` backups', async () => {
    for (let i = 0; i < 4; i++) await writeAutoBackup({ data: backup(), reason: 'daily', keep: 2 }, deps)
    expect(await listAutoBackups(undefined, deps)).toHaveLength(2)
  })

  it('stores a backup of exactly 100 MB, the most a restore opens', async () => {
    const largest = new Uint8Array(MAX_FILE_BYTES)
    largest.set([0x1f, 0x8b])
    const entry = await writeAutoBackup({ data: largest, reason: 'daily', keep: 14 }, deps)
    expect(entry.size).toBe(MAX_FILE_BYTES)
    expect((await fs.stat(join(deps.folder, entry.name))).size).toBe(MAX_FILE_BYTES)
  })

  it('refuses bytes that are not a gzip backup, too large, an unknown reason or a keep outside 1–365', async () => {
    const cases: [unknown, RegExp][] = [
      [
        { data: new TextEncoder().encode('x'.repeat(40)), reason: 'daily', keep: 14 },
        /data: bản sao lưu phải là tệp nén gzip/,
      ],
      [{ data: 'H4sI', reason: 'daily', keep: 14 }, /data: bản sao lưu phải là dãy byte/],
      [{ data: backup(), reason: 'weekly', keep: 14 }, /reason: lý do sao lưu không hợp lệ/],
      [{ data: backup(), reason: 'daily', keep: 0 }, /keep: phải giữ lại ít nhất 1 bản sao lưu/],
      [{ data: backup(), reason: 'daily', keep: 366 }, /keep: chỉ giữ lại tối đa 365 bản sao lưu/],
      [{ data: backup(), reason: 'daily', keep: 2.5 }, /keep: số bản sao lưu giữ lại phải là số nguyên/],
      [
        { data: backup(), reason: 'daily', keep: 14, folder: '/tmp' },
        /^Dữ liệu gửi tới không hợp lệ — yêu cầu sao lưu tự động phải có dạng \{ data, reason, keep \}\.$/,
      ],
      [null, /yêu cầu sao lưu tự động phải có dạng/],
    ]
    for (const [payload, message] of cases) {
      expect(await refusal(writeAutoBackup(payload, deps))).toMatch(message)
    }
    const huge = new Uint8Array(MAX_FILE_BYTES + 1)
    huge.set([0x1f, 0x8b])
    expect(await refusal(writeAutoBackup({ data: huge, reason: 'daily', keep: 14 }, deps))).toMatch(
      /lớn hơn giới hạn 100 MB/,
    )
    await expect(fs.readdir(deps.folder)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('a full disk is reported in Vietnamese', async () => {
    const full: AutoBackupsFs = {
      ...fs,
      open: (async () => {
        throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' })
      }) as unknown as AutoBackupsFs['open'],
    }
    const error = await writeAutoBackup(
      { data: backup(), reason: 'daily', keep: 14 },
      { ...deps, fs: full },
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FileAccessError)
    expect((error as Error).message).toBe('Không ghi được bản sao lưu tự động: ổ đĩa đã đầy.')
  })

  it('a file that reads back different from what was written is reported in Vietnamese, saying what to do', async () => {
    const flipping: AutoBackupsFs = {
      ...fs,
      readFile: (async (...args: Parameters<typeof fs.readFile>) => {
        const bytes = Buffer.from((await fs.readFile(...args)) as Buffer)
        bytes[bytes.length - 1] ^= 0xff
        return bytes
      }) as AutoBackupsFs['readFile'],
    }
    const error = await writeAutoBackup(
      { data: backup(), reason: 'daily', keep: 14 },
      { ...deps, fs: flipping },
    ).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FileAccessError)
    expect((error as Error).message).toBe(
      'Không ghi được bản sao lưu tự động: tệp đọc lại từ ổ đĩa không giống nội dung vừa ghi (ổ đĩa có thể bị lỗi), nên bản này đã được xóa và các bản sao lưu cũ được giữ nguyên; hãy kiểm tra ổ đĩa, rồi bấm “Sao lưu ngay” trong Cài đặt để lưu một bản ra ổ đĩa khác (ví dụ USB).',
    )
  })
})

describe('backups:list-auto', () => {
  it('lists newest first and takes no payload', async () => {
    const a = await writeAutoBackup({ data: backup(), reason: 'daily', keep: 14 }, deps)
    const b = await writeAutoBackup({ data: backup(), reason: 'before-restore', keep: 14 }, deps)
    expect((await listAutoBackups(undefined, deps)).map((e) => e.name)).toEqual([b.name, a.name])
    expect(await refusal(listAutoBackups({ folder: '/etc' }, deps))).toMatch(/không nhận dữ liệu/)
  })
})

describe('backups:read-auto', () => {
  it('returns the bytes of a listed backup', async () => {
    const data = backup()
    const { name } = await writeAutoBackup({ data, reason: 'daily', keep: 14 }, deps)
    expect(await readAutoBackup({ name }, deps)).toEqual(data)
  })

  it('refuses paths and names that are not automatic backups, without reading', async () => {
    await fs.writeFile(join(root, 'secret.capdo'), 'x')
    for (const name of [
      '../secret.capdo',
      '..\\secret.capdo',
      '/etc/passwd',
      'CapDo-tu-dong-2026-11-22_09-00-00-000_truoc-nhap.capdo/../../secret.capdo',
      'x'.repeat(1000),
    ]) {
      expect(await refusal(readAutoBackup({ name }, deps))).toMatch(
        /name: (không phải tên một bản sao lưu tự động|tên bản sao lưu quá dài)/,
      )
    }
    expect(await refusal(readAutoBackup({ name: 42 }, deps))).toMatch(/name: tên bản sao lưu phải là chuỗi/)
  })

  it('a backup deleted meanwhile is reported in Vietnamese', async () => {
    await expect(
      readAutoBackup({ name: 'CapDo-tu-dong-2026-11-22_09-00-00-000_truoc-nhap.capdo' }, deps),
    ).rejects.toThrow('Không đọc được bản sao lưu tự động: thư mục hoặc tệp không còn tồn tại.')
  })
})

describe('backups:prune-auto', () => {
  it('removes the oldest beyond a lowered setting and says how many', async () => {
    for (let i = 0; i < 5; i++) await writeAutoBackup({ data: backup(), reason: 'daily', keep: 14 }, deps)
    expect(await pruneAutoBackups({ keep: 2 }, deps)).toEqual({ removed: 3 })
    expect(await listAutoBackups(undefined, deps)).toHaveLength(2)
    expect(await refusal(pruneAutoBackups({ keep: -1 }, deps))).toMatch(/keep: phải giữ lại ít nhất 1/)
  })
})
