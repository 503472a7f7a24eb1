/**
 * A small register and round for the rounds tests: two units, three systems (one approved at
 * level 3 under a decision), and the round asking both units. Replies are built as the grids a
 * returned request workbook gives (request-sheet.ts rows under its headers), so the tests read
 * them with the import's own parser, as the app does.
 */
import type { InventoryCellValue } from '../inventory/cell'
import { SYSTEM_DEFAULTS, type Assessment, type SystemRecord, type Unit } from '../types'
import type { ReplyMarker } from './marker'
import { latestAssessments, REQUEST_COLUMNS, requestRow, type RequestCell } from './request-sheet'
import { createRound, markSent, type Round } from './round'

export const NOW = '2026-11-20T08:00:00.000Z'
const stamp = { createdAt: NOW, updatedAt: NOW }

export const HEALTH: Unit = { id: 'unit-health', name: 'Sở Y tế', block: 'Khối sở', parentId: null, ...stamp }
export const BUILD: Unit = {
  id: 'unit-build',
  name: 'Sở Xây dựng',
  block: 'Khối sở',
  parentId: null,
  ...stamp,
}

export function system(
  id: string,
  unitId: string,
  name: string,
  extra: Partial<SystemRecord> = {},
): SystemRecord {
  return { ...SYSTEM_DEFAULTS, id, unitId, name, revision: 1, ...stamp, ...extra }
}

export const PORTAL = system('sys-portal', HEALTH.id, 'Cổng thông tin Sở Y tế', {
  level: 3,
  dossierState: 'approved',
  submittedOn: '2024-01-10',
  appraisedOn: '2024-02-01',
  approvedOn: '2024-03-15',
  decisionNo: '12/QĐ-UBND',
  approvalIssuer: 'UBND thành phố',
})
export const HIS = system('sys-his', HEALTH.id, 'Phần mềm quản lý bệnh viện', {
  level: 2,
  dossierState: 'drafting',
})
export const GIS = system('sys-gis', BUILD.id, 'Hệ thống GIS xây dựng', { level: 2 })

export const PORTAL_CHECK: Assessment = {
  id: 'asm-1',
  systemId: PORTAL.id,
  date: '2025-06-01',
  kind: 'periodic',
  assessor: '',
  result: '',
  findings: '',
  ...stamp,
}

export function sampleRegister(): { units: Unit[]; systems: SystemRecord[]; assessments: Assessment[] } {
  return { units: [HEALTH, BUILD], systems: [PORTAL, HIS, GIS], assessments: [PORTAL_CHECK] }
}

export const TOKEN_HEALTH = 'tokHealth0123456789abcdef'
export const TOKEN_BUILD = 'tokBuild0123456789abcdef'

export function sampleRound(): Round {
  return createRound(
    {
      letterNo: '125/STTTT-BCVT',
      letterDate: '2026-11-20',
      subject: 'rà soát hệ thống thông tin và cấp độ an toàn',
      asOf: '2026-11-30',
      dueOn: '2026-12-10',
      recipients: [
        { unitId: HEALTH.id, unitName: HEALTH.name },
        { unitId: BUILD.id, unitName: BUILD.name },
      ],
    },
    { id: 'round-1', tokenFor: (unitId) => (unitId === HEALTH.id ? TOKEN_HEALTH : TOKEN_BUILD) },
    NOW,
  )
}

/** The marker of a unit's request in the sample round, listing the systems it was sent. */
export function markerFor(round: Round, unit: Unit, systems: readonly SystemRecord[]): ReplyMarker {
  const recipient = round.recipients.find((r) => r.unitId === unit.id)
  return {
    roundId: round.id,
    letterNo: round.letterNo,
    letterDate: round.letterDate,
    asOf: round.asOf,
    dueOn: round.dueOn,
    unitId: unit.id,
    unitName: unit.name,
    token: recipient?.token ?? '',
    recipients: round.recipients.map((r) => ({ unitId: r.unitId, unitName: r.unitName })),
    systems: systems.map((s) => ({ id: s.id, name: s.name })),
  }
}

const toGridCell = (cell: RequestCell): InventoryCellValue =>
  cell !== null && typeof cell === 'object' ? new Date(`${cell.date}T00:00:00Z`) : cell

/** A unit's request as the grid a spreadsheet reader gives: title, blank, header, one row per system. */
export function requestGrid(
  unit: Unit,
  systems: readonly SystemRecord[],
  assessments: readonly Assessment[] = [],
): InventoryCellValue[][] {
  const latest = latestAssessments(assessments)
  return [
    ['PHIẾU CẬP NHẬT DANH MỤC HỆ THỐNG THÔNG TIN'],
    [],
    REQUEST_COLUMNS.map((c) => c.header),
    ...systems.map((s, i) => requestRow(s, unit.name, latest.get(s.id), i + 1).map(toGridCell)),
  ]
}

/** The 0-based column of a header in the request. */
export function col(header: string): number {
  const at = REQUEST_COLUMNS.findIndex((c) => c.header === header)
  if (at < 0) throw new Error(`no column ${header}`)
  return at
}

/**
 * A round over `units` by letter `letterNo` of 01/12/2026 (as of 30/11, due 15/12), every request
 * handed out on 01/12: the start of the not-replied list's tests.
 */
export function sentRoundTo(units: readonly { id: string; name: string }[], letterNo: string): Round {
  const round = createRound(
    {
      letterNo,
      letterDate: '2026-12-01',
      subject: 'rà soát',
      asOf: '2026-11-30',
      dueOn: '2026-12-15',
      recipients: units.map((u) => ({ unitId: u.id, unitName: u.name })),
    },
    { id: 'round-1', tokenFor: () => 'token' },
    '2026-12-01T08:00:00.000Z',
  )
  return markSent(
    round,
    units.map((u) => u.id),
    '2026-12-01',
    '2026-12-01T08:00:00.000Z',
  )
}
