import { describe, expect, it } from 'vitest'
import {
  AUTO_BACKUP_REASONS,
  autoBackupName,
  clampKeep,
  countsFromHeaderText,
  dailyBackupDue,
  namesToPrune,
  newestFirst,
  parseAutoBackupName,
  uniqueAutoBackupName,
} from './auto-backup-policy'

describe('automatic backup names', () => {
  it('carry the Vietnam date and time to the millisecond and the reason', () => {
    // 02:30:15.123 UTC is 09:30:15.123 in Vietnam.
    const at = new Date('2026-11-22T02:30:15.123Z')
    expect(autoBackupName(at, 'before-import')).toBe('CapDo-tu-dong-2026-11-22_09-30-15-123_truoc-nhap.capdo')
    expect(autoBackupName(at, 'daily')).toBe('CapDo-tu-dong-2026-11-22_09-30-15-123_hang-ngay.capdo')
  })

  it('a backup taken at 23:30 UTC belongs to the next Vietnam day', () => {
    expect(autoBackupName(new Date('2026-12-31T23:30:00.000Z'), 'daily')).toBe(
      'CapDo-tu-dong-2027-01-01_06-30-00-000_hang-ngay.capdo',
    )
  })

  it('name the backup taken before a schema upgrade "truoc-nang-cap"', () => {
    expect(autoBackupName(new Date('2026-11-22T02:30:15.123Z'), 'before-upgrade')).toBe(
      'CapDo-tu-dong-2026-11-22_09-30-15-123_truoc-nang-cap.capdo',
    )
  })

  it('read back to the same instant and reason', () => {
    const at = new Date('2026-11-22T02:30:15.123Z')
    for (const reason of AUTO_BACKUP_REASONS) {
      expect(parseAutoBackupName(autoBackupName(at, reason))).toEqual({ createdAt: at, reason })
    }
  })

  it('other files of the folder are not automatic backups', () => {
    for (const name of [
      'CapDo-sao-luu-2026-11-22.capdo',
      '.CapDo-tu-dong-2026-11-22_09-30-15-123_hang-ngay.capdo.1234.tmp',
      'CapDo-tu-dong-2026-11-22_09-30-15-123_khac.capdo',
      'CapDo-tu-dong-2026-02-31_09-30-15-123_hang-ngay.capdo',
      'CapDo-tu-dong-2026-11-22_25-30-15-123_hang-ngay.capdo',
      '../CapDo-tu-dong-2026-11-22_09-30-15-123_hang-ngay.capdo',
      'CapDo-tu-dong-2026-11-22_09-30-15-123_hang-ngay.capdo/',
    ]) {
      expect(parseAutoBackupName(name), name).toBeNull()
    }
  })

  it('two backups in the same millisecond get different names', () => {
    const at = new Date('2026-11-22T02:30:15.123Z')
    const first = autoBackupName(at, 'before-restore')
    const second = uniqueAutoBackupName(at, 'before-restore', new Set([first]))
    expect(second).toBe('CapDo-tu-dong-2026-11-22_09-30-15-124_truoc-khoi-phuc.capdo')
  })
})

describe('keeping the last N', () => {
  const names = [
    autoBackupName(new Date('2026-11-20T01:00:00Z'), 'daily'),
    autoBackupName(new Date('2026-11-22T01:00:00Z'), 'daily'),
    autoBackupName(new Date('2026-11-21T01:00:00Z'), 'daily'),
    autoBackupName(new Date('2026-11-22T03:00:00Z'), 'before-import'),
    'ghi-chu.txt',
  ]

  it('lists the automatic backups newest first, ignoring other files', () => {
    expect(newestFirst(names)).toEqual([names[3], names[1], names[2], names[0]])
  })

  it('prunes the oldest beyond N, whatever their reason, and never another file', () => {
    expect(namesToPrune(names, 2)).toEqual([names[2], names[0]])
    expect(namesToPrune(names, 14)).toEqual([])
    // At least one is always kept.
    expect(namesToPrune(names, 0)).toEqual([names[1], names[2], names[0]])
  })

  it('the setting stays within 1–365', () => {
    expect(clampKeep(0)).toBe(1)
    expect(clampKeep(1000)).toBe(365)
    expect(clampKeep(7.6)).toBe(8)
    expect(clampKeep(Number.NaN)).toBe(14)
  })
})

describe('the daily backup', () => {
  it('is due when no daily backup was taken on this Vietnam day', () => {
    const yesterday = { reason: 'daily' as const, createdAt: '2026-11-21T10:00:00.000Z' }
    const importToday = { reason: 'before-import' as const, createdAt: '2026-11-22T03:00:00.000Z' }
    expect(dailyBackupDue([yesterday, importToday], '2026-11-22')).toBe(true)
    // 18:00 UTC on the 21st is 01:00 on the 22nd in Vietnam.
    const lateNight = { reason: 'daily' as const, createdAt: '2026-11-21T18:00:00.000Z' }
    expect(dailyBackupDue([lateNight], '2026-11-22')).toBe(false)
    expect(dailyBackupDue([], '2026-11-22')).toBe(true)
  })
})

describe('counts from the header', () => {
  it('are read from the start of the JSON document', () => {
    const text =
      '{"format":"capdo-backup","formatVersion":1,"schemaVersion":1,"createdAt":"2026-11-22T03:00:00.000Z",' +
      '"appVersion":"0.1.0","counts":{"units":95,"systems":300,"assessments":410,"history":900,"settings":2},"tables":{"units":[{"id'
    expect(countsFromHeaderText(text)).toEqual({
      units: 95,
      systems: 300,
      assessments: 410,
      history: 900,
      settings: 2,
    })
  })

  it('are null when missing or not counts', () => {
    expect(countsFromHeaderText('{"format":"capdo-backup"')).toBeNull()
    expect(
      countsFromHeaderText('{"counts":{"units":-1,"systems":1,"assessments":1,"history":1,"settings":1}}'),
    ).toBeNull()
    expect(countsFromHeaderText('{"counts":{"units":"9"}}')).toBeNull()
  })
})
