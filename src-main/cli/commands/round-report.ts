/**
 * How `round collect` tells each reply: the JSON object of its contract and the lines a person
 * reads. Field names in the JSON are the register's (level, dossierState, …); the text names them
 * as the request's column headers do.
 */
import { formatViDate } from '../../../src-renderer/src/domain/calendar-date'
import { INVENTORY_COLUMNS } from '../../../src-renderer/src/domain/inventory/columns'
import type { ImportChange } from '../../../src-renderer/src/domain/inventory/plan-import'
import type { CellError } from '../../../src-renderer/src/domain/inventory/types'
import type { ReplyMarker } from '../../../src-renderer/src/domain/rounds/marker'
import type { ReplyDiff } from '../../../src-renderer/src/domain/rounds/reply-diff'
import { cellErrorJson, formatCellError } from '../inventory-file'

export interface ReplyJson {
  file: string
  unitId: string | null
  unit: string | null
  /** applied: merged; errors: read but not applied until fixed; refused: not a reply of this round. */
  status: 'applied' | 'errors' | 'refused'
  message?: string
  added: { row: number; name: string }[]
  changed: { row: number; systemId: string; name: string; changes: ImportChange[] }[]
  unchanged: number
  removed: { systemId: string; name: string }[]
  otherUnit: { row: number; name: string; unit: string; systemId: string | null; reason: string }[]
  levelHeld: {
    row: number
    systemId: string
    name: string
    level: number | null
    fileLevel: number | null
    message: string
  }[]
  errors: CellError[]
}

export function refusedReply(file: string, message: string, marker?: ReplyMarker): ReplyJson {
  return {
    file,
    unitId: marker?.unitId ?? null,
    unit: marker?.unitName ?? null,
    status: 'refused',
    message,
    added: [],
    changed: [],
    unchanged: 0,
    removed: [],
    otherUnit: [],
    levelHeld: [],
    errors: [],
  }
}

export function replyJson(file: string, marker: ReplyMarker, diff: ReplyDiff, applied: boolean): ReplyJson {
  return {
    file,
    unitId: marker.unitId,
    unit: diff.unitName,
    status: applied ? 'applied' : 'errors',
    added: diff.added.map((a) => ({ row: a.row.excelRow, name: a.row.record.name })),
    changed: diff.changed.map((c) => ({
      row: c.row.excelRow,
      systemId: c.systemId,
      name: c.currentName ?? c.row.record.name,
      changes: c.changes,
    })),
    unchanged: diff.unchanged.length,
    removed: diff.removed,
    otherUnit: diff.otherUnit.map((o) => ({
      row: o.excelRow,
      name: o.name,
      unit: o.unit,
      systemId: o.systemId,
      reason: o.reason,
    })),
    levelHeld: diff.levelHeld.map((h) => ({
      row: h.excelRow,
      systemId: h.systemId,
      name: h.name,
      level: h.level,
      fileLevel: h.fileLevel,
      message: h.message,
    })),
    errors: diff.errors.map(cellErrorJson),
  }
}

const FIELD_NAMES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(INVENTORY_COLUMNS.map((c) => [c.field, c.header])),
  dossierState: 'Tình trạng hồ sơ',
  deploymentState: 'Triển khai phương án bảo đảm ATTT',
}

function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(trống)'
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatViDate(value)
  if (Array.isArray(value)) return value.join('; ') || '(trống)'
  return String(value)
}

export function replyLines(reply: ReplyJson): string[] {
  const who = reply.unit ? `"${reply.unit}"` : 'không rõ đơn vị'
  if (reply.status === 'refused')
    return [`Tệp "${reply.file}" (${who}): KHÔNG NHẬN. ${reply.message ?? ''}`, '']
  const lines = [
    `Tệp "${reply.file}" — phiếu của ${who}: thêm ${reply.added.length}, sửa ${reply.changed.length}, ` +
      `giữ nguyên ${reply.unchanged}, đơn vị bỏ ${reply.removed.length}, dòng của đơn vị khác ${reply.otherUnit.length}` +
      (reply.status === 'applied' ? '.' : ` — CÓ ${reply.errors.length} LỖI, chưa áp dụng phiếu này:`),
  ]
  for (const e of reply.errors) lines.push(`  Lỗi: ${formatCellError(e)}`)
  for (const a of reply.added) lines.push(`  Thêm (dòng ${a.row}): ${a.name}`)
  for (const c of reply.changed) {
    const fields = c.changes.map(
      (x) => `${FIELD_NAMES[x.field] ?? x.field}: ${valueText(x.from)} → ${valueText(x.to)}`,
    )
    lines.push(`  Sửa (dòng ${c.row}) ${c.name}: ${fields.join('; ')}`)
  }
  for (const h of reply.levelHeld) lines.push(`  Giữ cấp độ (dòng ${h.row}): ${h.message}`)
  for (const r of reply.removed)
    lines.push(`  Đơn vị bỏ khỏi phiếu (chờ cán bộ quyết định, chưa xóa): ${r.name}`)
  for (const o of reply.otherUnit) lines.push(`  Không áp dụng (dòng ${o.row}) ${o.name}: ${o.reason}`)
  lines.push('')
  return lines
}
