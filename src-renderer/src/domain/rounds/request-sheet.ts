/**
 * What a request workbook (phiếu) says, independent of any spreadsheet library: the columns of the
 * import format (inventory/columns.ts, CapDo's own headers, so the import and the reply reader
 * read it back as they read an export), the dropdown lists, one row per system of the unit as the
 * register holds it, the file name, and the instructions. excel/rounds/request-workbook.ts lays it
 * out.
 */
import { formatViDate, type IsoDate } from '../calendar-date'
import { INVENTORY_COLUMNS, type InventoryField } from '../inventory/columns'
import { DATE_FIELDS as INVENTORY_DATE_FIELDS } from '../inventory/parse-inventory'
import type { Assessment, SystemRecord } from '../types'
import {
  ASSESSMENT_KIND_LABEL,
  DEPLOYMENT_STATE_LABEL,
  DOSSIER_STATE_LABEL,
  INFORMATION_TYPE_LABEL,
  SYSTEM_TYPE_LABEL,
} from '../vocabulary'
import { ASSESSMENT_KIND_HEADER } from './reply-sheet'

export type RequestCell = string | number | null | { date: IsoDate }

/** How a column's cells are entered: free text, a real date, or one of a dropdown list. */
export type RequestInput = 'text' | 'date' | 'level' | 'status' | 'deployment' | 'assessmentKind' | 'serial'

export interface RequestColumn {
  header: string
  width: number
  input: RequestInput
  /** The field it fills, or the request's own kind column. */
  field: InventoryField | 'assessmentKind' | 'stt'
  /** The prompt shown when the cell is selected (data validation's input message). */
  prompt?: string
}

/** Dropdown lists, as the import reads them back (phrases of inventory/status.ts, deployment.ts). */
export const DROPDOWNS: Readonly<
  Record<'level' | 'status' | 'deployment' | 'assessmentKind', readonly string[]>
> = {
  level: ['1', '2', '3', '4', '5'],
  status: Object.values(DOSSIER_STATE_LABEL),
  deployment: Object.values(DEPLOYMENT_STATE_LABEL),
  assessmentKind: Object.values(ASSESSMENT_KIND_LABEL),
}

const DATE_FIELDS: ReadonlySet<InventoryField> = new Set(INVENTORY_DATE_FIELDS)

const WIDE: Partial<Record<InventoryField, number>> = {
  id: 38,
  name: 40,
  unit: 28,
  owner: 24,
  level: 10,
  status: 22,
  deployedOn: 26,
  description: 32,
  notes: 26,
}

function columnFor(field: InventoryField, header: string): RequestColumn {
  if (field === 'level')
    return {
      header,
      field,
      width: 10,
      input: 'level',
      prompt: 'Chọn cấp độ 1–5; để trống nếu chưa xác định.',
    }
  if (field === 'status')
    return { header, field, width: 22, input: 'status', prompt: 'Chọn tình trạng hồ sơ đề xuất cấp độ.' }
  if (field === 'deployedOn') {
    return {
      header,
      field,
      width: 26,
      input: 'deployment',
      prompt: 'Chọn tình trạng, hoặc ghi ngày hoàn thành triển khai đầy đủ (dd/mm/yyyy).',
    }
  }
  if (field === 'id')
    return {
      header,
      field,
      width: 22,
      input: 'text',
      prompt: 'Không sửa. Để trống ở dòng thêm hệ thống mới.',
    }
  if (DATE_FIELDS.has(field))
    return { header, field, width: 14, input: 'date', prompt: 'Ghi ngày dạng dd/mm/yyyy.' }
  return { header, field, width: WIDE[field] ?? 20, input: 'text' }
}

/** STT, then every import column but Khối (a unit's block is the province's to set), with the kind after the last assessment. */
export const REQUEST_COLUMNS: readonly RequestColumn[] = [
  { header: 'STT', field: 'stt', width: 6, input: 'serial' },
  ...INVENTORY_COLUMNS.filter((c) => c.field !== 'block').flatMap((c) => {
    const column = columnFor(c.field, c.header)
    if (c.field !== 'lastAssessedOn') return [column]
    const kind: RequestColumn = {
      header: ASSESSMENT_KIND_HEADER,
      field: 'assessmentKind',
      width: 22,
      input: 'assessmentKind',
      prompt: 'Chọn hình thức của lần kiểm tra, đánh giá gần nhất.',
    }
    return [column, kind]
  }),
]

/** Empty rows under the prefilled ones, for systems the unit adds. */
export const EMPTY_ROWS = 30

const dateOf = (date: IsoDate | null | undefined): RequestCell => (date ? { date } : null)

/** One system as its row: what the register holds, in the request's columns. */
export function requestRow(
  system: SystemRecord,
  unitName: string,
  last: Pick<Assessment, 'date' | 'kind'> | undefined,
  serial: number,
): RequestCell[] {
  const cell = (column: RequestColumn): RequestCell => {
    switch (column.field) {
      case 'stt':
        return serial
      case 'assessmentKind':
        return last ? ASSESSMENT_KIND_LABEL[last.kind] : null
      case 'id':
        return system.id
      case 'unit':
        return unitName
      case 'block':
        return null
      case 'level':
        return system.level
      case 'systemType':
        return system.systemType ? SYSTEM_TYPE_LABEL[system.systemType] : null
      case 'informationTypes':
        return system.informationTypes.map((t) => INFORMATION_TYPE_LABEL[t]).join('; ')
      case 'status':
        return DOSSIER_STATE_LABEL[system.dossierState]
      case 'deployedOn':
        return system.deploymentState === 'full' && system.deployedOn
          ? { date: system.deployedOn }
          : DEPLOYMENT_STATE_LABEL[system.deploymentState]
      case 'lastAssessedOn':
        return dateOf(last?.date)
      case 'name':
      case 'owner':
      case 'decisionNo':
      case 'approvalIssuer':
      case 'securityRulesNo':
      case 'securityRulesIssuer':
      case 'description':
      case 'notes':
        return system[column.field]
      default:
        return dateOf(system[column.field] ?? null)
    }
  }
  return REQUEST_COLUMNS.map(cell)
}

/** The latest assessment of each system (the one the request shows). */
export function latestAssessments(
  assessments: Iterable<Pick<Assessment, 'systemId' | 'date' | 'kind'>>,
): Map<string, Pick<Assessment, 'date' | 'kind'>> {
  const latest = new Map<string, Pick<Assessment, 'date' | 'kind'>>()
  for (const a of assessments) {
    const known = latest.get(a.systemId)
    if (!known || a.date > known.date) latest.set(a.systemId, { date: a.date, kind: a.kind })
  }
  return latest
}

// Characters Windows, macOS and zip tools refuse or misread in a file name (control characters too).
const UNSAFE = /[\\/:*?"<>|]+/gu
const withoutControls = (text: string): string =>
  [...text].map((ch) => ((ch.codePointAt(0) ?? 0) < 32 || ch === '\u007f' ? ' ' : ch)).join('')
const MAX_FILE_STEM = 120

/**
 * The file name of a unit's request: "Phiếu - <unit>.xlsx", unsafe characters replaced, bounded,
 * NFC; a name already taken (two units that differ only by such characters) gets " (2)", " (3)".
 */
export function requestFileName(unitName: string, taken: Set<string>): string {
  const clean = withoutControls(unitName.normalize('NFC'))
    .replace(UNSAFE, '-')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/gu, '')
  const stem = `Phiếu - ${clean || 'đơn vị'}`.slice(0, MAX_FILE_STEM).trim()
  let name = `${stem}.xlsx`
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem} (${n}).xlsx`
  taken.add(name.toLowerCase())
  return name
}

export interface RequestLetter {
  letterNo: string
  letterDate: IsoDate
  subject: string
  asOf: IsoDate
  dueOn: IsoDate
}

/** The instructions sheet, one paragraph per line. */
export function instructionLines(letter: RequestLetter, unitName: string, dataSheet: string): string[] {
  return [
    'HƯỚNG DẪN ĐIỀN PHIẾU CẬP NHẬT DANH MỤC HỆ THỐNG THÔNG TIN',
    `Đơn vị: ${unitName}`,
    `Thực hiện Công văn số ${letter.letterNo} ngày ${formatViDate(letter.letterDate)}${letter.subject ? ` về ${letter.subject}` : ''}.`,
    `Số liệu tính đến ngày ${formatViDate(letter.asOf)}. Hạn gửi lại phiếu: ${formatViDate(letter.dueOn)}.`,
    '',
    `1. Trang "${dataSheet}" đã ghi sẵn các hệ thống thông tin của đơn vị theo sổ theo dõi. Rà soát từng dòng và sửa ô nào không còn đúng.`,
    '2. Hệ thống mới: ghi vào các dòng trống bên dưới; để trống cột "Mã hệ thống". Cột "Đơn vị quản lý, vận hành" có thể để trống (hiểu là đơn vị mình).',
    '3. Hệ thống không còn sử dụng: xóa dòng đó hoặc ghi rõ ở cột "Ghi chú"; cơ quan tổng hợp sẽ xem xét, không tự động xóa.',
    '4. Không sửa cột "Mã hệ thống", dòng tiêu đề và tên các trang; không chép số liệu sang tệp khác: CapDo nhận biết phiếu của đơn vị qua chính tệp này.',
    '5. Cấp độ, tình trạng hồ sơ, triển khai phương án và hình thức kiểm tra, đánh giá: chọn trong danh sách của ô.',
    '6. Ngày ghi dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ 15/03/2026.',
    '7. Cấp độ đã được phê duyệt chỉ thay đổi khi có quyết định phê duyệt mới: khi sửa cấp độ, ghi cả số và ngày quyết định phê duyệt mới.',
    '8. Lưu tệp dạng Excel (.xlsx) giữ nguyên tên và gửi lại cho cơ quan tổng hợp trước hạn.',
  ]
}
