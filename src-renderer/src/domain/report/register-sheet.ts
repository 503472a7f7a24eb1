/**
 * Danh mục: one row per system with every field, under the canonical headers of
 * inventory/columns.ts, so the workbook imports back without loss (the import finds columns by
 * header, in any order; the id column carries the stable id), and the computed columns of
 * DERIVED_HEADERS, which the import skips. The columns an officer reads first come first and
 * print; the rest, the id last, stay outside the print area.
 */
import type { IsoDate } from '../calendar-date'
import { INVENTORY_COLUMNS, type InventoryField } from '../inventory/columns'
import type { EvaluatedRegister, EvaluatedSystem } from '../register'
import {
  APPROVAL_STATUS_LABEL,
  ASSESSMENT_STATUS_LABEL,
  DEPLOYMENT_STATE_LABEL,
  DEPLOYMENT_STATUS_LABEL,
  DOSSIER_STATE_LABEL,
  INFORMATION_TYPE_LABEL,
  SYSTEM_TYPE_LABEL,
} from '../vocabulary'
import { asOfLine } from './document-text'
import { sortSystems } from './order'
import { dateCell, type ReportCell, type ReportColumn, type ReportSheet } from './sheet'

type CellOf = (row: EvaluatedSystem) => ReportCell

/** The deployment column: the date when fully deployed with a date, else the words of Mẫu 08. */
function deploymentCell({ system }: EvaluatedSystem): ReportCell {
  if (system.deploymentState === 'full' && system.deployedOn) return { date: system.deployedOn }
  return DEPLOYMENT_STATE_LABEL[system.deploymentState]
}

const FIELD_CELLS: Record<InventoryField, CellOf> = {
  id: (r) => r.system.id,
  name: (r) => r.system.name,
  unit: (r) => r.unit?.name ?? '',
  block: (r) => r.unit?.block ?? '',
  owner: (r) => r.system.owner,
  level: (r) => r.system.level,
  systemType: (r) => (r.system.systemType ? SYSTEM_TYPE_LABEL[r.system.systemType] : null),
  informationTypes: (r) => r.system.informationTypes.map((t) => INFORMATION_TYPE_LABEL[t]).join('; '),
  status: (r) => DOSSIER_STATE_LABEL[r.system.dossierState],
  submittedOn: (r) => dateCell(r.system.submittedOn),
  appraisedOn: (r) => dateCell(r.system.appraisedOn),
  decisionNo: (r) => r.system.decisionNo,
  approvedOn: (r) => dateCell(r.system.approvedOn),
  approvalIssuer: (r) => r.system.approvalIssuer,
  securityRulesNo: (r) => r.system.securityRulesNo,
  securityRulesOn: (r) => dateCell(r.system.securityRulesOn),
  securityRulesIssuer: (r) => r.system.securityRulesIssuer,
  deployedOn: deploymentCell,
  expectedApprovalOn: (r) => dateCell(r.system.expectedApprovalOn),
  expectedDeploymentOn: (r) => dateCell(r.system.expectedDeploymentOn),
  lastAssessedOn: (r) => dateCell(r.lastAssessedOn),
  commissionedOn: (r) => dateCell(r.system.commissionedOn),
  investmentStartedOn: (r) => dateCell(r.system.investmentStartedOn ?? null),
  description: (r) => r.system.description,
  notes: (r) => r.system.notes,
}

/*
 * Widths in character units of the column's font (Times New Roman 12). A date needs 12 (a
 * narrower column shows "####" in Excel); codes (level, decision number) as narrow as their
 * longest usual value; names and units wide enough that a typical one takes two lines.
 */
const DATE_WIDTH = 12
const FIELD_LAYOUT: Record<InventoryField, Pick<ReportColumn, 'width' | 'align'>> = {
  // A UUID: outside the print area, one line (ids.ts), wide enough to read whole on screen.
  id: { width: 40, align: 'left' },
  name: { width: 38, align: 'left' },
  unit: { width: 27, align: 'left' },
  block: { width: 22, align: 'left' },
  owner: { width: 22, align: 'left' },
  level: { width: 7, align: 'center' },
  systemType: { width: 18, align: 'left' },
  informationTypes: { width: 18, align: 'left' },
  status: { width: 13, align: 'left' },
  submittedOn: { width: DATE_WIDTH, align: 'center' },
  appraisedOn: { width: DATE_WIDTH, align: 'center' },
  decisionNo: { width: 16, align: 'left' },
  approvedOn: { width: DATE_WIDTH, align: 'center' },
  approvalIssuer: { width: 20, align: 'left' },
  securityRulesNo: { width: 14, align: 'left' },
  securityRulesOn: { width: DATE_WIDTH, align: 'center' },
  securityRulesIssuer: { width: 20, align: 'left' },
  deployedOn: { width: 17, align: 'center' },
  expectedApprovalOn: { width: DATE_WIDTH, align: 'center' },
  expectedDeploymentOn: { width: DATE_WIDTH, align: 'center' },
  lastAssessedOn: { width: DATE_WIDTH, align: 'center' },
  commissionedOn: { width: DATE_WIDTH, align: 'center' },
  investmentStartedOn: { width: DATE_WIDTH, align: 'center' },
  description: { width: 30, align: 'left' },
  notes: { width: 24, align: 'left' },
}

interface RegisterColumn {
  column: ReportColumn
  cell: CellOf
}

function fieldColumn(field: InventoryField): RegisterColumn {
  const inventory = INVENTORY_COLUMNS.find((c) => c.field === field)
  if (!inventory) throw new Error(`no inventory column for ${field}`)
  return { column: { header: inventory.header, ...FIELD_LAYOUT[field] }, cell: FIELD_CELLS[field] }
}

/** The computed columns, headed exactly as DERIVED_HEADERS (after STT) so the import skips them. */
const DERIVED = {
  approval: {
    column: { header: 'Phê duyệt so với hạn', width: 13, align: 'left' },
    cell: (r) => APPROVAL_STATUS_LABEL[r.evaluation.approval],
  },
  approvalDue: {
    column: { header: 'Hạn phê duyệt', width: DATE_WIDTH, align: 'center' },
    cell: (r) => dateCell(r.evaluation.approvalDue),
  },
  deployment: {
    column: { header: 'Triển khai so với hạn', width: 13, align: 'left' },
    cell: (r) => DEPLOYMENT_STATUS_LABEL[r.evaluation.deployment],
  },
  deploymentDue: {
    column: { header: 'Hạn triển khai', width: DATE_WIDTH, align: 'center' },
    cell: (r) => dateCell(r.evaluation.deploymentDue),
  },
  assessment: {
    column: { header: 'Kiểm tra, đánh giá so với hạn', width: 12, align: 'left' },
    cell: (r) => ASSESSMENT_STATUS_LABEL[r.evaluation.assessment],
  },
  assessmentDue: {
    column: { header: 'Hạn kiểm tra, đánh giá tiếp theo', width: DATE_WIDTH + 2, align: 'center' },
    cell: (r) => dateCell(r.evaluation.nextAssessmentDue),
  },
} satisfies Record<string, RegisterColumn>

const STT: ReportColumn = { header: 'STT', width: 5, align: 'center' }

/**
 * What an officer reads first, in that order, and what prints: the system, its unit and level,
 * where its dossier stands, the decision, the deployment, the last assessment, and how each
 * stands against its deadline. Twelve columns, which fit an A4 landscape page at about 9 pt.
 */
const PRINTED: readonly RegisterColumn[] = [
  fieldColumn('name'),
  fieldColumn('unit'),
  fieldColumn('level'),
  fieldColumn('status'),
  fieldColumn('decisionNo'),
  fieldColumn('approvedOn'),
  fieldColumn('deployedOn'),
  fieldColumn('lastAssessedOn'),
  DERIVED.approval,
  DERIVED.deployment,
  DERIVED.assessment,
]

const PRINTED_FIELDS = new Set<InventoryField>([
  'name',
  'unit',
  'level',
  'status',
  'decisionNo',
  'approvedOn',
  'deployedOn',
  'lastAssessedOn',
])

/**
 * The rest of the record, on screen and for the import but not on paper: the other fields in the
 * import's order, the due dates, and last the stable id the re-import matches systems by.
 */
const UNPRINTED: readonly RegisterColumn[] = [
  ...INVENTORY_COLUMNS.filter((c) => c.field !== 'id' && !PRINTED_FIELDS.has(c.field)).map((c) =>
    fieldColumn(c.field),
  ),
  DERIVED.approvalDue,
  DERIVED.deploymentDue,
  DERIVED.assessmentDue,
  fieldColumn('id'),
]

const COLUMNS: readonly RegisterColumn[] = [...PRINTED, ...UNPRINTED]

/** STT and the printed columns. */
export const REGISTER_PRINT_COLUMNS = 1 + PRINTED.length

function registerRowCells(row: EvaluatedSystem, stt: number): ReportCell[] {
  const cells: ReportCell[] = [stt]
  for (const { cell } of COLUMNS) cells.push(cell(row))
  return cells
}

export function registerSheet(register: EvaluatedRegister, asOf: IsoDate): ReportSheet {
  return {
    id: 'register',
    name: 'Danh mục',
    title: 'DANH MỤC HỆ THỐNG THÔNG TIN VÀ CẤP ĐỘ AN TOÀN HỆ THỐNG THÔNG TIN',
    subtitles: [asOfLine(asOf)],
    preamble: [],
    orientation: 'landscape',
    columns: [STT, ...COLUMNS.map((c) => c.column)],
    rows: sortSystems(register.rows).map((row, i) => ({ cells: registerRowCells(row, i + 1) })),
    dataSheet: true,
    printColumns: REGISTER_PRINT_COLUMNS,
    emptyText: 'Chưa có hệ thống thông tin nào trong danh mục.',
  }
}
