/** Test support for the exchange repo: offices with their own store, and files as they travel. */
import ExcelJS from 'exceljs'
import { afterEach } from 'vitest'
import type { ExchangePackage } from '../../domain/exchange'
import { addExchangeSheet } from '../../excel/exchange/exchange-sheet'
import { workbookBytes } from '../../excel/exchange/read-exchange-workbook'
import type { CapdoDatabase } from '../database'
import { freshDatabase } from './test-db'
import { ensureOffice } from '../repos/exchange'
import { getSettings, saveReportSettings } from '../repos/settings'

const opened: CapdoDatabase[] = []

/** Call once at the top of a test file: every office's store is deleted after each test. */
export function deleteOfficesAfterEach(): void {
  afterEach(async () => {
    for (const db of opened.splice(0)) await db.delete()
  })
}

/** A fresh store whose office is named after its report issuer. */
export async function office(name: string): Promise<CapdoDatabase> {
  const db = freshDatabase()
  opened.push(db)
  const { reportSettings } = await getSettings(db)
  await saveReportSettings(db, { ...reportSettings, issuingBody: name })
  await ensureOffice(db)
  return db
}

/** A package as the workbook "Gửi lên" writes: a visible sheet and the hidden exchange sheet. */
export async function packageBytes(pkg: ExchangePackage): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.addWorksheet('Danh mục HTTT').addRow(['Báo cáo'])
  await addExchangeSheet(workbook, pkg)
  return workbookBytes(workbook)
}
