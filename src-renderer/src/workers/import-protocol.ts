/**
 * The messages between the import screen and its Web Worker, which does all the heavy work off
 * the UI thread: reading the workbook, planning the import against the register (it opens the
 * same IndexedDB database) and writing it. The bytes cross once (transferred, not copied) and the
 * rows never cross: the worker keeps them, so a mapping change re-reads the same file and the
 * import writes exactly the plan previewed. The screen gets summaries it can show at once.
 * A DomainError cannot cross as itself, so it crosses as code + message.
 */
import type { ImportResult } from '../db/repos/import'
import type { InventoryField } from '../domain/inventory/columns'
import type { DateOrderChoices } from '../domain/inventory/date-order'
import type { HeldLevel, ImportChange } from '../domain/inventory/plan-import'
import type { ColumnMapping, MappingOverrides } from '../domain/inventory/types'
import type { BlockAssignment } from '../domain/inventory/unit-blocks'
import type { DossierState, Level } from '../domain/types'
import type { InventoryFileResult } from '../excel/import/read-workbook'
import type { FileFormat } from '../excel/import/source-book'
import type { Separator } from '../excel/import/text/delimited'
import type { TextEncoding } from '../excel/import/text/encoding'

export interface ImportReadOptions {
  /** User overrides: field → 0-based column index (negative un-maps the field). */
  mapping?: MappingOverrides
  sheetName?: string
  /** The header row's Excel row number. */
  headerRow?: number
  /** A text file's encoding and separator, when the officer chose them (else detected). */
  encoding?: TextEncoding
  separator?: Separator
  /** The order the officer chose for the text dates of some columns. */
  dateOrders?: DateOrderChoices
}

export type ImportWorkerRequest =
  | { kind: 'read'; requestId: number; dbName: string; bytes: ArrayBuffer; options: ImportReadOptions }
  | { kind: 'reparse'; requestId: number; dbName: string; options: ImportReadOptions }
  /** Plan the rows read last against the register again (it changed since). */
  | { kind: 'replan'; requestId: number; dbName: string }
  /** Take the units' blocks from the province's unit list (a CSV) and plan the rows read last again. */
  | { kind: 'unit-list'; requestId: number; dbName: string; bytes: ArrayBuffer; fileName: string }
  /** Write the plan previewed last. */
  | { kind: 'apply'; requestId: number; dbName: string; fileName: string; createUnits: string[] }

/**
 * A sheet whose header names some fields but not the required ones (the unit column is headed
 * "Nơi quản lý"): the columns found, so the user maps the missing fields by hand.
 */
export interface MappingDraft {
  sheetName: string
  headerRow: number
  columns: string[]
  mapping: ColumnMapping[]
  ignoredColumns: string[]
  /** Required fields no column is mapped to yet. */
  missing: InventoryField[]
  format: FileFormat
}

/** What the preview shows of a row. */
export interface PreviewRow {
  excelRow: number
  systemId: string
  name: string
  unit: string
  /** The unit's folded name (foldKey), to match the new units the officer leaves unticked. */
  unitKey: string
  level: Level | null
  dossierState: DossierState
  /** Set when the row matched by a name the system had before: the name it has now. */
  currentName?: string
}

export interface PreviewUpdate extends PreviewRow {
  changes: ImportChange[]
}

export interface PreviewNewUnit {
  /** As first written in the file. */
  name: string
  key: string
  /** Rows of the file that add or update a system of this unit. */
  rows: number
}

/** planImport's answer, as the preview shows it. */
export interface PlanPreview {
  add: PreviewRow[]
  update: PreviewUpdate[]
  unchanged: PreviewRow[]
  newUnits: PreviewNewUnit[]
  /** Rows whose level is not applied: it would change an approved level without a new decision. */
  levelHeld: HeldLevel[]
  /** Last-assessment dates the import would record, each with its kind unknown (the file does not say it). */
  unknownKindAssessments: number
  /** The blocks of the new units and of the register's units without one, and where each comes from. */
  blocks: BlockAssignment[]
  /** The province's unit list the blocks may come from, when the officer gave one. */
  unitList: { fileName: string; units: number; blocks: number } | null
}

/** The reading of a file, without its rows (they stay in the worker). */
export type ParseSummary = Omit<InventoryFileResult, 'rows'> & { validRows: number }

/** What reading gives: the file read and planned, or a draft mapping to complete. */
export type ImportReadOutcome =
  { kind: 'parsed'; result: ParseSummary; plan: PlanPreview } | { kind: 'needs-mapping'; draft: MappingDraft }

export type ImportWorkerAnswer =
  ImportReadOutcome | { kind: 'planned'; plan: PlanPreview } | { kind: 'applied'; result: ImportResult }

export type ImportWorkerResponse =
  | { kind: 'progress'; requestId: number; fraction: number }
  | { kind: 'done'; requestId: number; answer: ImportWorkerAnswer }
  /** `code` of the DomainError; 'unexpected' for anything else (detail for the log). */
  | { kind: 'failed'; requestId: number; code: string; message: string; detail?: string }
