/**
 * Automatic backups: why one was taken, what its file is called, which ones to keep, and whether
 * today's daily one is still due. Pure, so the main process (files in `<userData>/backups/`), the
 * browser build (a separate IndexedDB database) and the tests all name and prune the same way.
 *
 * A name carries everything the list shows without opening the file: the instant in Vietnam time
 * (fixed UTC+7, no daylight saving, so names sort in time order) to the millisecond, and the reason,
 * e.g. `CapDo-tu-dong-2026-11-22_09-30-15-123_truoc-nhap.capdo`.
 */
import { vietnamDate, type IsoDate } from './calendar-date'

export const AUTO_BACKUP_REASONS = [
  'daily',
  'before-import',
  'before-restore',
  'before-merge',
  'before-upgrade',
  'before-round-reply',
] as const
export type AutoBackupReason = (typeof AUTO_BACKUP_REASONS)[number]

/** How many automatic backups are kept: the officer's setting, within these bounds. */
export const AUTO_BACKUP_KEEP = { min: 1, max: 365, default: 14 } as const

/** Records per table, read from the file's header; null when the header could not be read. */
export interface AutoBackupCounts {
  units: number
  systems: number
  assessments: number
  history: number
  settings: number
}

/** One automatic backup as the list shows it. */
export interface AutoBackupEntry {
  name: string
  /** ISO instant. */
  createdAt: string
  reason: AutoBackupReason
  /** Bytes on disk. */
  size: number
  counts: AutoBackupCounts | null
}

const SLUG: Record<AutoBackupReason, string> = {
  daily: 'hang-ngay',
  'before-import': 'truoc-nhap',
  'before-restore': 'truoc-khoi-phuc',
  'before-merge': 'truoc-nhan-du-lieu',
  'before-upgrade': 'truoc-nang-cap',
  'before-round-reply': 'truoc-nhan-phieu',
}
const REASON_OF_SLUG = new Map(
  Object.entries(SLUG).map(([reason, slug]) => [slug, reason as AutoBackupReason]),
)

const PREFIX = 'CapDo-tu-dong-'
const EXTENSION = '.capdo'
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000
const NAME_PATTERN =
  /^CapDo-tu-dong-(\d{4})-(\d{2})-(\d{2})_(\d{2})-(\d{2})-(\d{2})-(\d{3})_([a-z-]{1,40})\.capdo$/u

/** Longest name the pattern admits: a cap for payload validation. */
export const AUTO_BACKUP_NAME_MAX = 80

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

export function autoBackupName(instant: Date, reason: AutoBackupReason): string {
  const t = new Date(instant.getTime() + VIETNAM_OFFSET_MS)
  const date = `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`
  const time = `${pad(t.getUTCHours())}-${pad(t.getUTCMinutes())}-${pad(t.getUTCSeconds())}-${pad(t.getUTCMilliseconds(), 3)}`
  return `${PREFIX}${date}_${time}_${SLUG[reason]}${EXTENSION}`
}

/** The instant and reason a name stands for; null for any other file (the user's, a temporary one). */
export function parseAutoBackupName(name: string): { createdAt: Date; reason: AutoBackupReason } | null {
  const m = NAME_PATTERN.exec(name)
  if (!m) return null
  const reason = REASON_OF_SLUG.get(m[8])
  if (!reason) return null
  const [year, month, day, hour, minute, second, ms] = m.slice(1, 8).map(Number)
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, ms)
  const createdAt = new Date(utc - VIETNAM_OFFSET_MS)
  // Reject 2026-02-31 and the like: the name must be exactly what this instant is called.
  if (Number.isNaN(utc) || autoBackupName(createdAt, reason) !== name) return null
  return { createdAt, reason }
}

export function isAutoBackupName(name: string): boolean {
  return parseAutoBackupName(name) !== null
}

/** A name for a backup taken now that no existing backup has (two in the same millisecond). */
export function uniqueAutoBackupName(
  instant: Date,
  reason: AutoBackupReason,
  existing: ReadonlySet<string>,
): string {
  let at = instant.getTime()
  let name = autoBackupName(new Date(at), reason)
  while (existing.has(name)) name = autoBackupName(new Date(++at), reason)
  return name
}

/** The retention setting, brought within its bounds (a non-number gives the default). */
export function clampKeep(keep: number): number {
  if (!Number.isFinite(keep)) return AUTO_BACKUP_KEEP.default
  return Math.min(AUTO_BACKUP_KEEP.max, Math.max(AUTO_BACKUP_KEEP.min, Math.round(keep)))
}

/** Automatic-backup names, newest first; other names are left out. */
export function newestFirst(names: Iterable<string>): string[] {
  const dated = [...names].flatMap((name) => {
    const parsed = parseAutoBackupName(name)
    return parsed ? [{ name, at: parsed.createdAt.getTime() }] : []
  })
  return dated.sort((a, b) => b.at - a.at || (a.name < b.name ? 1 : -1)).map((d) => d.name)
}

/** The automatic backups beyond the newest `keep`, to delete. Files with other names are never listed. */
export function namesToPrune(names: Iterable<string>, keep: number): string[] {
  return newestFirst(names).slice(clampKeep(keep))
}

/** True when no daily backup was taken on `today` (Vietnam calendar day). */
export function dailyBackupDue(
  entries: readonly Pick<AutoBackupEntry, 'reason' | 'createdAt'>[],
  today: IsoDate,
): boolean {
  return !entries.some((e) => e.reason === 'daily' && vietnamDate(new Date(e.createdAt)) === today)
}

/**
 * The counts in a backup's header, from the first bytes of its JSON (the header is written before
 * the tables, so a file need not be inflated whole to list it). Null when they cannot be read.
 */
export function countsFromHeaderText(text: string): AutoBackupCounts | null {
  const m = /"counts":(\{[^{}]{0,400}\})/u.exec(text.slice(0, 4096))
  if (!m) return null
  let value: unknown
  try {
    value = JSON.parse(m[1])
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const record = value as Record<string, unknown>
  const keys = ['units', 'systems', 'assessments', 'history', 'settings'] as const
  const counts = {} as AutoBackupCounts
  for (const key of keys) {
    const n = record[key]
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) return null
    counts[key] = n
  }
  return counts
}
