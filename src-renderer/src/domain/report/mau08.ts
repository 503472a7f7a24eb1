/**
 * Mẫu số 08 of Decree 331/2026 (the annual report, Điều 35–36): part 1's seven totals, part 2's
 * owner and security-unit details (from Settings) and part 3's twelve-column table, with the
 * form's exact column titles and value vocabulary (law/nd-331-2026-trich.md). The
 * data period runs from 15/12 of the previous year to 14/12 (Điều 35 khoản 3). Parts 1 and 2 go
 * in the sheet's preamble so the existing Excel writer lays the form out as it is.
 */
import { formatViDate, parts, toIsoDate, type IsoDate } from '../calendar-date'
import { holdsApproval, type EvaluationRules } from '../evaluate'
import { evaluateRegister, type EvaluatedRegister, type EvaluatedSystem } from '../register'
import type { ReportSchedule, RuleSet } from '../rule-set'
import { cadenceIsProvincial } from '../rule-set-text'
import type { Assessment, HistoryEntry, SystemRecord, Unit } from '../types'
import { ASSESSMENT_KIND_LABEL, DEPLOYMENT_STATE_LABEL, DOSSIER_STATE_MAU08 } from '../vocabulary'
import { addresseeLines, upperVi } from './document-text'
import { foldKey } from '../text'
import { sortSystems } from './order'
import { systemAt } from './state-at'
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

/**
 * The report year an officer is preparing on `date`: the calendar year. Until 14/12 its period is
 * still running (figures to date); from 15/12 its period has just ended and the report is due —
 * to the owner before 20/12, upward before 25/12 (Điều 35 khoản 4) — and it stays the report
 * being prepared to the year's end; from 01/01 the next year's period is the one in progress.
 * (The data of 15/12–31/12 belong to next year's period, but nobody prepares that report then.)
 */
export function mau08YearOf(date: IsoDate): number {
  return parts(date).year
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
 * Widths for landscape A4 at about 58 % (Times New Roman 12, page-setup.ts fits the table to the
 * page width): a date column holds dd/mm/yyyy on one line, the short titles ("Cấp độ đề xuất")
 * break between words; a typical name, unit or decision ("1234/QĐ-UBND, ngày 20/08/2024, UBND
 * thành phố") takes two or three lines, so a page holds some fourteen systems.
 */
export const MAU08_COLUMNS: readonly ReportColumn[] = [
  { header: 'STT', width: 5, align: 'center' },
  { header: 'Tên HTTT', width: 28, align: 'left' },
  { header: 'Chủ quản HTTT', width: 22, align: 'left' },
  { header: 'Đơn vị vận hành HTTT', width: 20, align: 'left' },
  { header: 'Cấp độ đề xuất', width: 8, align: 'center' },
  { header: 'Tình trạng phê duyệt cấp độ', width: 12, align: 'left' },
  { header: 'Quyết định phê duyệt cấp độ', width: 24, align: 'left' },
  { header: 'Quy chế bảo đảm ANM cho hệ thống', width: 24, align: 'left' },
  { header: 'Dự kiến thời điểm phê duyệt HSĐXCĐ', width: 11, align: 'center' },
  { header: 'Đã triển khai đầy đủ PA BĐANM', width: 13, align: 'left' },
  { header: 'Dự kiến thời điểm triển khai đầy đủ PA BĐANM', width: 11, align: 'center' },
  { header: 'Đã kiểm tra, đánh giá ANM', width: 15, align: 'left' },
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
  /** The register evaluated on the report date. */
  register: EvaluatedRegister
  assessments: readonly Pick<Assessment, 'systemId' | 'kind' | 'date'>[]
  settings: ReportSettings
  /** The report year; the period is 15/12 of the year before to 14/12. */
  year: number
  /** The rules the figures are evaluated under at the period's end (its schedule gives the period). */
  ruleSet: EvaluationRules & Pick<RuleSet, 'report' | 'cadenceMonths' | 'regime'>
  /**
   * History entries written after the period's end, to rewind each record to it (state-at.ts).
   * Absent: no history is known and each record's createdAt tells whether it was in the register.
   */
  history?: readonly HistoryEntry[]
}

/** The last day the figures describe: the period's end, or the report date if it comes first. */
export function mau08Cutoff(period: Mau08Period, asOf: IsoDate): IsoDate {
  return asOf < period.end ? asOf : period.end
}

/**
 * The register as it stood at the end of `cutoff` (Điều 35 khoản 3), evaluated on that day: each
 * system rewound to the cutoff, those not yet in the register left out, assessments after it
 * not counted.
 */
export function mau08RegisterAt(input: Mau08Input, cutoff: IsoDate): EvaluatedRegister {
  const assessments = input.assessments.filter((a) => a.date <= cutoff)
  const assessed = new Set(assessments.map((a) => a.systemId))
  const units = new Map<string, Unit>()
  const systems: SystemRecord[] = []
  for (const row of input.register.rows) {
    if (row.unit) units.set(row.unit.id, row.unit)
    const then = systemAt(row.system, cutoff, {
      history: input.history,
      assessedBy: assessed.has(row.system.id),
    })
    if (then) systems.push(then)
  }
  return evaluateRegister({ units: [...units.values()], systems, assessments }, input.ruleSet, cutoff)
}

/**
 * The one line under part 1 on how "kiểm tra, đánh giá an ninh mạng định kỳ theo quy định" was
 * counted: Decree 331 sets no interval (Điều 28 khoản 5 điểm a: "định kỳ theo cấp độ hệ thống
 * thông tin và mức độ rủi ro an ninh mạng"), so under it the months are the province's own.
 */
export function mau08CadenceNote(ruleSet: Pick<RuleSet, 'cadenceMonths' | 'regime'>): string {
  const m = ruleSet.cadenceMonths
  const months = `cấp độ 1: ${m[1]}, cấp độ 2: ${m[2]}, cấp độ 3: ${m[3]}, cấp độ 4: ${m[4]}, cấp độ 5: ${m[5]} tháng`
  return cadenceIsProvincial(ruleSet.regime ?? 'ND85')
    ? `Ghi chú: "định kỳ" tính theo chu kỳ do tỉnh tự đặt (${months}); Nghị định 331/2026/NĐ-CP không quy định chu kỳ (Điều 28 khoản 5 điểm a: "${MAU08_CADENCE_QUOTE}").`
    : `Ghi chú: "định kỳ" tính theo chu kỳ của Nghị định 85/2016/NĐ-CP Điều 20 khoản 2 điểm c (${months}).`
}

/** Decree 331's own words on the interval, quoted in the note (checked by test/unit/law-claims.ts). */
export const MAU08_CADENCE_QUOTE = 'định kỳ theo cấp độ hệ thống thông tin và mức độ rủi ro an ninh mạng'

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

/** What part 2 does not know, left to fill in by hand. */
export const MAU08_DOTS = '..............................'

/** One body of part 2: the five items the form asks (empty strings are unknown). */
export interface Mau08Party {
  name: string
  mandate: string
  representative: string
  address: string
  phone: string
  email: string
}

const known = (value: string) => value.trim() || MAU08_DOTS

function partyLines(
  heading: string,
  nameLabel: string,
  p: Mau08Party,
  /** The owner's mandate may be left empty ("Trường hợp không có thì để trống"). */
  emptyMandate: boolean,
): string[] {
  return [
    heading,
    `(1) ${nameLabel}: ${known(p.name)}`,
    `(2) Quy định chức năng, nhiệm vụ và quyền hạn: ${emptyMandate ? p.mandate.trim() : known(p.mandate)}`,
    `(3) Người đại diện, chức vụ: ${known(p.representative)}`,
    `(4) Địa chỉ liên lạc: ${known(p.address)}`,
    `(5) Thông tin liên hệ: số điện thoại ${known(p.phone)}; thư điện tử ${known(p.email)}`,
  ]
}

const unknownParty = (name: string): Mau08Party => ({
  name,
  mandate: '',
  representative: '',
  address: '',
  phone: '',
  email: '',
})

export interface Mau08OwnerBlock {
  owner: Mau08Party
  securityUnit: Mau08Party
  /** True for the owner Settings describes; the others are known only by name. */
  described: boolean
}

/**
 * Part 2's blocks, one per owner ("lần lượt báo cáo thông tin về từng chủ quản hệ thống thông
 * tin và đơn vị chuyên trách về an ninh mạng tương ứng"): the owner Settings describes first, in
 * full, then every other owner named in column (3) of the report's systems, by name only — the
 * register knows nothing else of them, so the rest stays dotted to fill in, never guessed.
 */
export function mau08OwnerBlocks(settings: ReportSettings, owners: readonly string[]): Mau08OwnerBlock[] {
  const s = settings
  const described: Mau08OwnerBlock = {
    owner: {
      name: s.ownerName,
      mandate: s.ownerMandate,
      representative: s.ownerRepresentative,
      address: s.ownerAddress,
      phone: s.ownerPhone,
      email: s.ownerEmail,
    },
    securityUnit: {
      name: s.securityUnitName,
      mandate: s.securityUnitMandate,
      representative: s.securityUnitRepresentative,
      address: s.securityUnitAddress,
      phone: s.securityUnitPhone,
      email: s.securityUnitEmail,
    },
    described: true,
  }
  const seen = new Set([foldKey(s.ownerName)])
  const others: string[] = []
  for (const owner of owners) {
    const name = owner.trim().replace(/\s+/gu, ' ')
    const key = foldKey(name)
    if (!key || seen.has(key)) continue
    seen.add(key)
    others.push(name)
  }
  others.sort((a, b) => a.localeCompare(b, 'vi'))
  return [
    described,
    ...others.map((name) => ({
      owner: unknownParty(name),
      securityUnit: unknownParty(''),
      described: false,
    })),
  ]
}

function part2(settings: ReportSettings, owners: readonly string[]): string[] {
  const blocks = mau08OwnerBlocks(settings, owners)
  const several = blocks.length > 1
  return [
    '2. Thông tin về chủ quản hệ thống thông tin và đơn vị chuyên trách về an ninh mạng',
    ...blocks.flatMap((b, i) => [
      ...(several ? [`2.${i + 1}. Chủ quản hệ thống thông tin thứ ${i + 1}: ${known(b.owner.name)}`] : []),
      ...partyLines(
        'a) Thông tin về chủ quản hệ thống thông tin:',
        'Tên chủ quản hệ thống thông tin',
        b.owner,
        b.described,
      ),
      ...partyLines(
        'b) Thông tin về đơn vị chuyên trách về an ninh mạng:',
        'Tên đơn vị chuyên trách về an ninh mạng',
        b.securityUnit,
        false,
      ),
    ]),
  ]
}

export function mau08Sheet(input: Mau08Input): Mau08Sheet {
  const period = mau08Period(input.year, input.ruleSet.report)
  const until = mau08Cutoff(period, input.register.asOf)
  const register = mau08RegisterAt(input, until)
  const numbering: ReportCell[] = MAU08_COLUMNS.map((_, i) => `(${i + 1})`)
  const rows = sortSystems(register.rows)
  const systems = rows.map((row, i) => ({
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
      ...part1(mau08Totals(register)),
      mau08CadenceNote(input.ruleSet),
      ...part2(
        input.settings,
        rows.map((r) => r.system.owner),
      ),
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
