/**
 * A request re-saved by LibreOffice (as a unit without Excel would: open, edit, save as .xlsx or
 * .ods) still finds its round and unit: the hidden marker survives, and the reply reads as the
 * same systems with the unit's edit. Needs `soffice` (Debian libreoffice-calc); on CI its absence
 * fails the test.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { diffReply } from '../../src-renderer/src/domain/rounds/reply-diff'
import { REQUEST_COLUMNS } from '../../src-renderer/src/domain/rounds/request-sheet'
import { planRequests } from '../../src-renderer/src/domain/rounds/requests'
import { HIS, sampleRegister, sampleRound } from '../../src-renderer/src/domain/rounds/test-support'
import { readReplyFile } from '../../src-renderer/src/excel/rounds/read-reply'
import {
  buildRequestWorkbook,
  DATA_SHEET,
  HEADER_ROW,
} from '../../src-renderer/src/excel/rounds/request-workbook'
import { findSoffice } from '../support/soffice'

const run = promisify(execFile)
const soffice = findSoffice()
const onCi = process.env.CI === 'true'
if (!soffice && !onCi) {
  console.warn(
    'libreoffice-rounds: LibreOffice (soffice) not found, test skipped. Install libreoffice-calc to run it.',
  )
}

describe.skipIf(!soffice && !onCi)(
  'a request re-saved by LibreOffice still matches its round and unit',
  () => {
    let dir = ''
    const register = sampleRegister()
    const [request] = planRequests(sampleRound(), register)
    const resaved = new Map<string, Uint8Array>()

    beforeAll(async () => {
      if (!soffice)
        throw new Error('CI=true but LibreOffice (soffice) is not installed: install libreoffice-calc.')
      dir = await mkdtemp(join(tmpdir(), 'capdo-lo-rounds-'))
      // The unit's edit, made before the re-save: the drafting system goes to level 3.
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(
        (await buildRequestWorkbook(request)) as unknown as Parameters<ExcelJS.Xlsx['load']>[0],
      )
      const ws = workbook.getWorksheet(DATA_SHEET)!
      const level = REQUEST_COLUMNS.findIndex((c) => c.header === 'Cấp độ đề xuất') + 1
      for (let r = HEADER_ROW + 1; r <= ws.rowCount; r++)
        if (ws.getCell(r, 2).value === HIS.id) ws.getCell(r, level).value = 3
      const file = join(dir, 'phieu.xlsx')
      await writeFile(file, new Uint8Array(await workbook.xlsx.writeBuffer()))
      for (const format of ['xlsx', 'ods']) {
        const out = join(dir, format)
        await run(
          soffice,
          [
            '--headless',
            `-env:UserInstallation=file://${join(dir, 'profile')}`,
            '--convert-to',
            format,
            '--outdir',
            out,
            file,
          ],
          {
            env: { ...process.env, HOME: join(dir, 'home'), LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
            timeout: 90_000,
          },
        )
        resaved.set(format, new Uint8Array(await readFile(join(out, `phieu.${format}`))))
      }
    }, 180_000)

    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true })
    })

    it.each(['xlsx', 'ods'])(
      'saved as .%s: the marker reads back whole and the reply brings only the edit',
      async (format) => {
        const reply = await readReplyFile(resaved.get(format)!)
        if (!reply.ok) throw new Error(reply.message)
        expect(reply.marker).toEqual(request.marker)
        expect(reply.sheet.parse.errors).toEqual([])
        const diff = diffReply({
          rows: reply.sheet.parse.rows,
          errors: reply.sheet.parse.errors,
          presentIds: reply.sheet.presentIds,
          kinds: reply.sheet.kinds,
          unit: reply.marker,
          sentSystems: reply.marker.systems,
          register,
        })
        expect(diff.changed.map((c) => [c.systemId, c.changes])).toEqual([
          [HIS.id, [{ field: 'level', from: 2, to: 3 }]],
        ])
        expect([diff.added, diff.removed, diff.otherUnit, diff.levelHeld]).toEqual([[], [], [], []])
        expect(diff.unchanged).toHaveLength(1)
      },
    )
  },
)
