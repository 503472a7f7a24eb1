/**
 * What every reader (.xlsx with exceljs, .xls/.ods with SheetJS, .csv/.txt with the text reader)
 * hands to the one inventory path: named sheets as plain grids, plus what the file was. Header
 * detection, dates, merged cells and per-cell errors happen after this point, once, the same for
 * every format.
 */
import type { SheetGrid } from '../../domain/inventory/cell'
import type { TextEncoding } from './text/encoding'
import type { Separator } from './text/delimited'

/** How a text file was read: the encoding and separator detected, or chosen by the officer. */
export interface TextFormat {
  kind: 'text'
  encoding: TextEncoding
  separator: Separator
  /** Whether the file starts with a byte-order mark. */
  bom: boolean
}

export type FileFormat = { kind: 'xlsx' } | { kind: 'xls' } | { kind: 'ods' } | TextFormat

export type FileFormatKind = FileFormat['kind']

export interface SourceSheet {
  name: string
  hidden: boolean
  /** The sheet's cells, `grid[i][j]` = row i + 1, column j + 1; only the first `maxRows` rows when given. */
  grid(maxRows?: number): SheetGrid
}

export interface SourceBook {
  format: FileFormat
  /** In workbook order. */
  sheets: SourceSheet[]
  /** Serial numbers count from 1904 (old Mac workbooks). */
  date1904: boolean
}

/** Options for reading a text file; ignored for workbooks. */
export interface TextReadOptions {
  encoding?: TextEncoding
  separator?: Separator
}
