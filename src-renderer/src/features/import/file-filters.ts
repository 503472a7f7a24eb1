/**
 * What the import's file picker offers (the Electron dialog and the browser's file input alike):
 * every format the import reads, and any file — the bytes, not the name, say what a file is, so a
 * CSV saved as .xls or a workbook without an extension still opens.
 */
import { importText } from '../../i18n/import'

export const IMPORT_FILE_FILTERS = [
  { name: importText.fileFilter, extensions: ['xlsx', 'xls', 'ods', 'csv', 'txt'] },
  { name: importText.allFiles, extensions: ['*'] },
]

/** The province's unit list (khối, stt, tên đơn vị) is a CSV. */
export const UNIT_LIST_FILTERS = [
  { name: importText.blocks.listFilter, extensions: ['csv', 'txt'] },
  { name: importText.allFiles, extensions: ['*'] },
]

/** A name a text file goes by (the bytes decide how it is read; this only offers the text controls). */
export function isTextFileName(fileName: string): boolean {
  return /\.(csv|txt|tsv|tab)$/i.test(fileName)
}
