/**
 * Mẫu số 08 of Decree 331/2026 (the annual report, Điều 35–36): part 1's seven totals, part 2's
 * owner and security-unit details (from Settings) and part 3's twelve-column table, with the
 * form's exact column titles and value vocabulary (law/nd-331-2026-trich.md). The
 * data period runs from 15/12 of the previous year to 14/12 (Điều 35 khoản 3). Parts 1 and 2 go
 * in the sheet's preamble so the existing Excel writer lays the form out as it is.
 */
import { formatViDate, parts, toIsoDate, type IsoDate } from '../calendar-date'
import { holdsApproval } from '../evaluate'
import type { EvaluatedRegister, EvaluatedSystem } from '../register'
import type { ReportSchedule } from '../rule-set'
import type { Assessment } from '../types'
import { ASSESSMENT_KIND_LABEL, DEPLOYMENT_STATE_LABEL, DOSSIER_STATE_MAU08 } from '../vocabulary'
import { addresseeLines, upperVi } from './document-text'
import { sortSystems } from './order'
import type { ReportSettings } from './settings'
import { dateCell, type LetterHeading, type ReportCell, type ReportColumn, type ReportSheet } from './sheet'

/** The sheet shape of the other reports, always a letter (công văn). */
export type Mau08Sheet = Omit<ReportSheet, 'id' | 'letter'> & { id: 'mau08'; letter: LetterHeading }

/** What the form prints where Settings holds nothing yet: the lines to fill in by hand. */
export const MAU08_PLACEHOLDER = {
  number: 'Số: ......',
  addressee: '..............................................',
} as const

const MAU08_SUBJECT = 'V/v kết quả công tác bảo đảm an ninh mạng hệ thống thông tin'

/**
 * The form's letter lines. The number is given when the letter is registered, so it stays dotted,
 * followed by the symbol from Settings ("Số: ....../BC-SKHCN"); the addressees (the security unit
 * or force the owner reports to) come from Settings, or stay dotted.
 */
export function mau08Letter(settings: Pick<ReportSettings, 'addressees' | 'documentSymbol'>): LetterHeading {
  const symbol = upperVi(settings.documentSymbol.trim().replace(/^\/+/u, ''))
  const addressees = addresseeLines(settings.addressees)
  return {
    number: symbol ? `${MAU08_PLACEHOLDER.number}/${symbol}` : MAU08_PLACEHOLDER.number,
    subject: MAU08_SUBJECT,
    addressees: addressees.length > 0 ? addressees : [MAU08_PLACEHOLDER.addressee],
  }
}

export interface Mau08Period {
  year: number
  start: IsoDate
  end: IsoDate
}

const ANNUAL_DEFAULT = { periodStart: '12-15', periodEnd: '12-14' }

/** The data period of the report for `year`: 15/12 of year − 1 to 14/12 of year (from the rule set). */
export function mau08Period(year: number, schedule?: ReportSchedule): Mau08Period {
  const bounds = schedule?.kind === 'annual' ? schedule : ANNUAL_DEFAULT
  const [sm, sd] = bounds.periodStart.split('-').map(Number)
  const [em, ed] = bounds.periodEnd.split('-').map(Number)
  return {
    year,
    start: toIsoDate(year - 1, sm ?? 12, sd ?? 15),
    end: toIsoDate(year, em ?? 12, ed ?? 14),
  }
}

/** The report year a day's data belongs to: from 15/12 on, the next year's report. */
export function mau08YearOf(date: IsoDate, schedule?: ReportSchedule): number {
  const { year } = parts(date)
  return date > mau08Period(year, schedule).end ? year + 1 : year
}

export interface Mau08Totals {
  systems: number
  /** Đã được phân loại: a system type is recorded. */
  classified: number
  /** Đã xây dựng hồ sơ đề xuất cấp độ: drafting or further. */
  withDossier: number
  appraised: number
  approved: number
  /** Approved and periodically assessed on schedule (assessment not overdue, at least one done). */
  approvedAssessed: number
  /** Dự kiến thời gian hoàn thành phê duyệt: the latest expected approval of those not approved. */
  expectedAllApprovedOn: IsoDate | null
}

/** An approval in force, a re-determination's earlier one included (docs/domain.md §3). */
const isApproved = (r: EvaluatedSystem) => holdsApproval(r.system)

export function mau08Totals(register: EvaluatedRegister): Mau08Totals {
  const rows = register.rows
  const pendingExpected = rows
    .filter((r) => !isApproved(r))
    .map((r) => r.system.expectedApprovalOn)
    .filter((d): d is IsoDate => d !== null)
    .sort()
  return {
    systems: rows.length,
    classified: rows.filter((r) => r.system.systemType !== null).length,
    withDossier: rows.filter((r) => r.system.dossierState !== 'not_started').length,
    appraised: rows.filter((r) => r.system.dossierState === 'appraised' || isApproved(r)).length,
    approved: rows.filter(isApproved).length,
    approvedAssessed: rows.filter(
      (r) =>
        isApproved(r) &&
        r.lastAssessedOn !== null &&
        (r.evaluation.assessment === 'ok' || r.evaluation.assessment === 'due_soon'),
    ).length,
    expectedAllApprovedOn: pendingExpected[pendingExpected.length - 1] ?? null,
  }
}

/** Column (12): "Trước khi đưa vào sử dụng", "Định kỳ", both, or empty — from assessments up to `until`. */
export function assessmentCell(
  systemId: string,
  assessments: readonly Pick<Assessment, 'systemId' | 'kind' | 'date'>[],
  until: IsoDate,
): string {
  const kinds = new Set(
    assessments.filter((a) => a.systemId === systemId && a.date <= until).map((a) => a.kind),
  )
  return (['pre_operation', 'periodic'] as const)
    .filter((k) => kinds.has(k))
    .map((k) => ASSESSMENT_KIND_LABEL[k])
    .join('; ')
}

/** "1234/QĐ-UBND, ngày 20/08/2024, UBND thành phố" — the parts that are known. */
function decisionText(no: string, on: IsoDate | null, issuer: string): string {
  return [no.trim(), on ? `ngày ${formatViDate(on)}` : '', issuer.trim()].filter(Boolean).join(', ')
}

/**
 * Widths fit landscape A4 at about 80 % (Times New Roman 12, page-setup.ts): a date column holds
 * dd/mm/yyyy on one line, the short titles ("Cấp độ đề xuất") break between words, names wrap.
 */
export const MAU08_COLUMNS: readonly ReportColumn[] = [
  { header: 'STT', width: 6, align: 'center' },
  { header: 'Tên HTTT', width: 20, align: 'left' },
  { header: 'Chủ quản HTTT', width: 13, align: 'left' },
  { header: 'Đơn vị vận hành HTTT', width: 13, align: 'left' },
  { header: 'Cấp độ đề xuất', width: 8, align: 'center' },
  { header: 'Tình trạng phê duyệt cấp độ', width: 10, align: 'left' },
  { header: 'Quyết định phê duyệt cấp độ', width: 14, align: 'left' },
  { header: 'Quy chế bảo đảm ANM cho hệ thống', width: 14, align: 'left' },
  { header: 'Dự kiến thời điểm phê duyệt HSĐXCĐ', width: 11, align: 'center' },
  { header: 'Đã triển khai đầy đủ PA BĐANM', width: 11, align: 'left' },
  { header: 'Dự kiến thời điểm triển khai đầy đủ PA BĐANM', width: 11, align: 'center' },
  { header: 'Đã kiểm tra, đánh giá ANM', width: 12, align: 'left' },
]

export function mau08RowCells(
  row: EvaluatedSystem,
  stt: number,
  assessments: readonly Pick<Assessment, 'systemId' | 'kind' | 'date'>[],
  until: IsoDate,
): ReportCell[] {
  const s = row.system
  // A re-determination keeps the earlier approval: "Đã được phê duyệt" with its decision.
  const approved = holdsApproval(s)
  return [
    stt,
    s.name,
    s.owner,
    row.unit?.name ?? '',
    s.level,
    approved ? DOSSIER_STATE_MAU08.approved : DOSSIER_STATE_MAU08[s.dossierState],
    approved ? decisionText(s.decisionNo, s.approvedOn, s.approvalIssuer) : '',
    s.securityRulesNo.trim() ? decisionText(s.securityRulesNo, s.securityRulesOn, s.securityRulesIssuer) : '',
    approved ? null : dateCell(s.expectedApprovalOn),
    DEPLOYMENT_STATE_LABEL[s.deploymentState],
    s.deploymentState === 'full' ? null : dateCell(s.expectedDeploymentOn),
    assessmentCell(s.id, assessments, until),
  ]
}

export interface Mau08Input {
  register: EvaluatedRegister
  assessments: readonly Pick<Assessment, 'systemId' | 'kind' | 'date'>[]
  settings: ReportSettings
  /** The report year; the period is 15/12 of the year before to 14/12. */
  year: number
  schedule?: ReportSchedule
}

const count = (n: number) => String(n)

function part1(t: Mau08Totals): string[] {
  return [
    '1. Thông tin chung',
    `- Tổng số hệ thống thông tin thuộc phạm vi quản lý: ${count(t.systems)};`,
    `- Tổng số hệ thống thông tin đã được phân loại (đã xác định được loại hình hệ thống thông tin): ${count(t.classified)};`,
    `- Tổng số hệ thống thông tin đã xây dựng hồ sơ đề xuất cấp độ: ${count(t.withDossier)};`,
    `- Tổng số hệ thống thông tin đã được thẩm định hồ sơ đề xuất cấp độ: ${count(t.appraised)};`,
    `- Tổng số hệ thống thông tin đã được phê duyệt cấp độ: ${count(t.approved)};`,
    `- Tổng số hệ thống thông tin đã phê duyệt cấp độ được kiểm tra, đánh giá an ninh mạng định kỳ theo quy định: ${count(t.approvedAssessed)};`,
    `- Dự kiến thời gian hoàn thành phê duyệt đề xuất cấp độ hệ thống thông tin đối với tất cả các hệ thống thông tin thuộc phạm vi quản lý: ${
      t.approved === t.systems ? 'Đã hoàn thành' : formatViDate(t.expectedAllApprovedOn) || '…'
    }.`,
  ]
}

function part2(s: ReportSettings): string[] {
  const contact = [
    s.contactPhone.trim() && `điện thoại ${s.contactPhone.trim()}`,
    s.contactEmail.trim() && `thư điện tử ${s.contactEmail.trim()}`,
  ]
    .filter(Boolean)
    .join('; ')
  return [
    '2. Thông tin về chủ quản hệ thống thông tin và đơn vị chuyên trách về an ninh mạng',
    'a) Thông tin về chủ quản hệ thống thông tin:',
    `(1) Tên chủ quản hệ thống thông tin: ${s.ownerName}`,
    '(2) Quy định chức năng, nhiệm vụ và quyền hạn: ',
    '(3) Người đại diện, chức vụ: ',
    `(4) Địa chỉ liên lạc: ${s.ownerAddress}`,
    '(5) Thông tin liên hệ: ',
    'b) Thông tin về đơn vị chuyên trách về an ninh mạng:',
    `(1) Tên đơn vị chuyên trách về an ninh mạng: ${s.securityUnitName}`,
    '(2) Quy định chức năng, nhiệm vụ và quyền hạn: ',
    `(3) Người đại diện, chức vụ: ${s.contactPerson}`,
    `(4) Địa chỉ liên lạc: ${s.securityUnitAddress}`,
    `(5) Thông tin liên hệ: ${contact}`,
  ]
}

export function mau08Sheet(input: Mau08Input): Mau08Sheet {
  const period = mau08Period(input.year, input.schedule)
  const until = input.register.asOf < period.end ? input.register.asOf : period.end
  const numbering: ReportCell[] = MAU08_COLUMNS.map((_, i) => `(${i + 1})`)
  const systems = sortSystems(input.register.rows).map((row, i) => ({
    cells: mau08RowCells(row, i + 1, input.assessments, until),
  }))
  return {
    id: 'mau08',
    name: 'Mẫu 08',
    title: 'BÁO CÁO KẾT QUẢ CÔNG TÁC BẢO ĐẢM AN NINH MẠNG HỆ THỐNG THÔNG TIN',
    subtitles: [
      `Kỳ báo cáo năm ${input.year} (từ ngày ${formatViDate(period.start)} đến ngày ${formatViDate(period.end)})`,
    ],
    letter: mau08Letter(input.settings),
    preamble: [
      ...part1(mau08Totals(input.register)),
      ...part2(input.settings),
      '3. Thông tin chi tiết về các hệ thống thông tin thuộc phạm vi quản lý',
    ],
    orientation: 'landscape',
    columns: [...MAU08_COLUMNS],
    // The form numbers its columns (1)…(12) under the titles; an empty table shows `emptyText`.
    rows: systems.length > 0 ? [{ cells: numbering, style: 'numbering' }, ...systems] : [],
    dataSheet: false,
    emptyText: 'Chưa có hệ thống thông tin nào thuộc phạm vi quản lý.',
  }
}
