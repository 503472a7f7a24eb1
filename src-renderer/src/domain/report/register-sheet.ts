/**
 * Danh mục: one row per system with every field, under the canonical headers and in the field
 * order of inventory/columns.ts, so the workbook imports back without loss (the id column carries
 * the stable id); then the computed columns of DERIVED_HEADERS, which the import skips.
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

const DATE_WIDTH = 12
const FIELD_LAYOUT: Record<InventoryField, Pick<ReportColumn, 'width' | 'align'>> = {
  id: { width: 14, align: 'left' },
  name: { width: 32, align: 'left' },
  unit: { width: 26, align: 'left' },
  block: { width: 22, align: 'left' },
  owner: { width: 22, align: 'left' },
  level: { width: 8, align: 'center' },
  systemType: { width: 18, align: 'left' },
  informationTypes: { width: 18, align: 'left' },
  status: { width: 16, align: 'left' },
  submittedOn: { width: DATE_WIDTH, align: 'center' },
  appraisedOn: { width: DATE_WIDTH, align: 'center' },
  decisionNo: { width: 16, align: 'left' },
  approvedOn: { width: DATE_WIDTH, align: 'center' },
  approvalIssuer: { width: 20, align: 'left' },
  securityRulesNo: { width: 14, align: 'left' },
  securityRulesOn: { width: DATE_WIDTH, align: 'center' },
  securityRulesIssuer: { width: 20, align: 'left' },
  deployedOn: { width: 18, align: 'center' },
  expectedApprovalOn: { width: DATE_WIDTH, align: 'center' },
  expectedDeploymentOn: { width: DATE_WIDTH, align: 'center' },
  lastAssessedOn: { width: DATE_WIDTH, align: 'center' },
  commissionedOn: { width: DATE_WIDTH, align: 'center' },
  investmentStartedOn: { width: DATE_WIDTH, align: 'center' },
  description: { width: 30, align: 'left' },
  notes: { width: 24, align: 'left' },
}

/** The computed columns, headed exactly as DERIVED_HEADERS (after STT) so the import skips them. */
const DERIVED: readonly { header: string; cell: CellOf; layout: Pick<ReportColumn, 'width' | 'align'> }[] = [
  {
    header: 'Phê duyệt so với hạn',
    cell: (r) => APPROVAL_STATUS_LABEL[r.evaluation.approval],
    layout: { width: 16, align: 'left' },
  },
  {
    header: 'Hạn phê duyệt',
    cell: (r) => dateCell(r.evaluation.approvalDue),
    layout: { width: DATE_WIDTH, align: 'center' },
  },
  {
    header: 'Triển khai so với hạn',
    cell: (r) => DEPLOYMENT_STATUS_LABEL[r.evaluation.deployment],
    layout: { width: 16, align: 'left' },
  },
  {
    header: 'Hạn triển khai',
    cell: (r) => dateCell(r.evaluation.deploymentDue),
    layout: { width: DATE_WIDTH, align: 'center' },
  },
  {
    header: 'Kiểm tra, đánh giá so với hạn',
    cell: (r) => ASSESSMENT_STATUS_LABEL[r.evaluation.assessment],
    layout: { width: 16, align: 'left' },
  },
  {
    header: 'Hạn kiểm tra, đánh giá tiếp theo',
    cell: (r) => dateCell(r.evaluation.nextAssessmentDue),
    layout: { width: DATE_WIDTH + 2, align: 'center' },
  },
]

const REGISTER_COLUMNS: readonly ReportColumn[] = [
  { header: 'STT', width: 6, align: 'center' },
  ...INVENTORY_COLUMNS.map((c) => ({ header: c.header, ...FIELD_LAYOUT[c.field] })),
  ...DERIVED.map((d) => ({ header: d.header, ...d.layout })),
]

const CELLS: readonly CellOf[] = [
  ...INVENTORY_COLUMNS.map((c) => FIELD_CELLS[c.field]),
  ...DERIVED.map((d) => d.cell),
]

function registerRowCells(row: EvaluatedSystem, stt: number): ReportCell[] {
  const cells: ReportCell[] = [stt]
  for (const cell of CELLS) cells.push(cell(row))
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
    columns: [...REGISTER_COLUMNS],
    rows: sortSystems(register.rows).map((row, i) => ({ cells: registerRowCells(row, i + 1) })),
    dataSheet: true,
    emptyText: 'Chưa có hệ thống thông tin nào trong danh mục.',
  }
}
