import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { NO_OVERRIDES } from '../../domain/law/holiday-calendar'
import { createBackup } from '../backup/create-backup'
import { settingsSchema } from '../backup/record-schemas'
import { restoreBackup } from '../backup/restore-backup'
import type { CapdoDatabase } from '../database'
import { freshDatabase, watchWrites } from '../test-support/test-db'
import { listHistoryForEntity } from './history'
import { readHolidayOverrides, saveHolidayChange } from './settings'

let db: CapdoDatabase

beforeEach(() => {
  db = freshDatabase()
})

afterEach(async () => {
  await db.delete()
})

describe('the holiday calendar in settings', () => {
  it('reads as the built-in calendar alone until the officer changes it', async () => {
    expect(await readHolidayOverrides(db)).toEqual(NO_OVERRIDES)
  })

  it('stores an added bridge day with its history entry, in one transaction', async () => {
    const watch = watchWrites(db)
    await saveHolidayChange(
      db,
      { kind: 'add_day_off', date: '12/02/2027', name: 'Nghỉ bù Tết' },
      'Chuyên viên',
    )
    expect(watch.transactions.size).toBe(1)
    expect(await readHolidayOverrides(db)).toEqual({
      daysOff: [{ date: '2027-02-12', name: 'Nghỉ bù Tết' }],
      removed: [],
      workdays: [],
    })
    const history = await listHistoryForEntity(db, 'holidayOverrides')
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject({
      by: 'Chuyên viên',
      changes: [{ field: 'holidayOverrides', from: null, to: 'Thêm ngày nghỉ 12/02/2027: Nghỉ bù Tết' }],
    })
  })

  it('refuses a duplicate without writing anything', async () => {
    await saveHolidayChange(db, { kind: 'add_workday', date: '2027-02-20', name: 'Làm bù' })
    const watch = watchWrites(db)
    await expect(
      saveHolidayChange(db, { kind: 'add_workday', date: '20/02/2027', name: 'Làm bù' }),
    ).rejects.toThrow('Ngày 20/02/2027 đã là ngày làm bù (Làm bù).')
    expect(watch.writes).toEqual([])
  })
})

describe('the holiday calendar in a backup', () => {
  it('a backup made before the calendar could be changed restores to the built-in calendar', async () => {
    const older = freshDatabase()
    try {
      const bytes = await createBackup(older)
      await saveHolidayChange(db, { kind: 'add_day_off', date: '12/02/2027', name: 'Nghỉ bù Tết' })
      await restoreBackup(db, bytes)
      expect(await readHolidayOverrides(db)).toEqual(NO_OVERRIDES)
    } finally {
      await older.delete()
    }
  })

  it('restores a stored row, and refuses one with a repeated date or an empty name', () => {
    const row = {
      key: 'holidayOverrides',
      value: {
        daysOff: [{ date: '2027-02-12', name: 'Nghỉ bù Tết' }],
        removed: ['2027-02-05'],
        workdays: [],
      },
    }
    expect(settingsSchema.parse(row)).toEqual(row)
    const twice = { ...row, value: { ...row.value, removed: ['2027-02-05', '2027-02-05'] } }
    expect(settingsSchema.safeParse(twice).success).toBe(false)
    const unnamed = { ...row, value: { ...row.value, daysOff: [{ date: '2027-02-12', name: '' }] } }
    expect(settingsSchema.safeParse(unnamed).success).toBe(false)
    const notADate = { ...row, value: { ...row.value, removed: ['2027-02-30'] } }
    expect(settingsSchema.safeParse(notADate).success).toBe(false)
  })
})
