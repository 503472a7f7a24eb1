/**
 * What reading an inventory sheet produces (docs/domain.md §5): the records found, the columns they
 * came from, and every cell that could not be read, located as the user sees it in Excel.
 */
import type { IsoDate } from '../calendar-date'
import type { DeploymentState, DossierState, InformationType, Level, SystemType } from '../types'
import type { InventoryField } from './columns'
import type { DateColumnOrder } from './date-order'

/** A value parser's answer: the value, or what was expected (Vietnamese, shown to the user). */
export type ParseOutcome<T> = { ok: true; value: T } | { ok: false; message: string }

/** One system as the file describes it, every value normalised. */
export interface InventoryRecord {
  /** The file's own id (Mã hệ thống), or null when the file carries none for this row. */
  id: string | null
  name: string
  unit: string
  block: string
  owner: string
  level: Level | null
  systemType: SystemType | null
  informationTypes: InformationType[]
  dossierState: DossierState
  submittedOn: IsoDate | null
  appraisedOn: IsoDate | null
  decisionNo: string
  approvedOn: IsoDate | null
  approvalIssuer: string
  securityRulesNo: string
  securityRulesOn: IsoDate | null
  securityRulesIssuer: string
  deploymentState: DeploymentState
  deployedOn: IsoDate | null
  expectedApprovalOn: IsoDate | null
  expectedDeploymentOn: IsoDate | null
  lastAssessedOn: IsoDate | null
  commissionedOn: IsoDate | null
  investmentStartedOn: IsoDate | null
  description: string
  notes: string
}

export interface InventoryRow {
  /** The row number Excel shows. */
  excelRow: number
  record: InventoryRecord
  /** The fields the file has a column for (shared by all rows of one sheet): the others are unknown, not empty. */
  present: readonly InventoryField[]
}

/** One cell that could not be read. */
export interface CellError {
  /** The row number Excel shows. */
  row: number
  /** The column's header as written in the file. */
  column: string
  field: InventoryField
  /** The value found, as text ("" for an empty cell). */
  value: string
  /** What was expected, in Vietnamese. */
  message: string
}

export interface ColumnMapping {
  field: InventoryField
  /** 0-based: column A is 0. */
  columnIndex: number
  header: string
}

export interface InventoryParseResult {
  sheetName: string
  /** The Excel row number of the header row. */
  headerRow: number
  mapping: ColumnMapping[]
  /** Headers of columns that match no field (CapDo's computed columns are left out silently). */
  ignoredColumns: string[]
  /** The header text of every column by 0-based index ("" when blank): what a mapping editor offers. */
  columns: string[]
  /**
   * The date columns whose text values depend on reading day or month first, and the order each
   * was read in (null: it waits for the officer's choice, its order-dependent cells are errors).
   */
  dateColumns: DateColumnOrder[]
  /** The rows read without error, in file order. */
  rows: InventoryRow[]
  errors: CellError[]
  /** Data rows read, with or without errors (blank, total and note rows excluded). */
  rowsRead: number
}

/** User overrides: field → 0-based column index; a negative index un-maps the field. */
export type MappingOverrides = Partial<Record<InventoryField, number>>
