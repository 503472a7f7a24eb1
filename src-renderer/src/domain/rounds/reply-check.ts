/**
 * Whether a reply's marker belongs to a round on record, and to which recipient. The marker is the
 * file's word, so each claim is checked against the stored round: the round exists, is still open,
 * lists the unit, and gave the unit the token the marker repeats (a marker copied from another
 * unit's request, or made up, fails there).
 */
import { formatViDate } from '../calendar-date'
import type { ReplyMarker } from './marker'
import type { Round, RoundRecipient } from './round'

export type ReplyMatch =
  | { ok: true; round: Round; recipient: RoundRecipient }
  | {
      ok: false
      code: 'unknown_round' | 'round_closed' | 'not_recipient' | 'token_mismatch'
      message: string
    }

export function matchReply(marker: ReplyMarker, rounds: readonly Round[]): ReplyMatch {
  const round = rounds.find((r) => r.id === marker.roundId)
  const letter = `công văn số ${marker.letterNo} ngày ${formatViDate(marker.letterDate)}`
  if (!round) {
    return {
      ok: false,
      code: 'unknown_round',
      message:
        `Phiếu trả lời đợt thu thập theo ${letter}, nhưng CapDo này không có đợt đó (có thể phiếu do ` +
        'máy khác tạo, hoặc đợt đã bị xóa). Hãy nhận phiếu trên máy đã tạo đợt, hoặc nhập tệp bằng chức năng "Nhập từ Excel".',
    }
  }
  if (round.closedOn !== null) {
    return {
      ok: false,
      code: 'round_closed',
      message:
        `Phiếu trả lời đợt thu thập theo ${letter}, đợt này đã đóng ngày ${formatViDate(round.closedOn)}: ` +
        'không nhận thêm phiếu. Nếu vẫn cần số liệu này, hãy nhập tệp bằng chức năng "Nhập từ Excel" hoặc mở một đợt mới.',
    }
  }
  const recipient = round.recipients.find((r) => r.unitId === marker.unitId)
  if (!recipient) {
    return {
      ok: false,
      code: 'not_recipient',
      message:
        `Phiếu ghi là của đơn vị "${marker.unitName}", nhưng đơn vị này không có trong danh sách nhận ` +
        `của đợt theo ${letter}. Hãy kiểm tra lại tệp đơn vị đã gửi.`,
    }
  }
  if (recipient.token !== marker.token) {
    return {
      ok: false,
      code: 'token_mismatch',
      message:
        `Phiếu ghi là của đơn vị "${recipient.unitName}" nhưng mã xác nhận không khớp với phiếu CapDo đã ` +
        'tạo cho đơn vị đó (tệp có thể được chép từ phiếu của đơn vị khác hoặc đã bị sửa). Không nhận tệp này; ' +
        'hãy đề nghị đơn vị gửi lại đúng tệp phiếu đã nhận.',
    }
  }
  return { ok: true, round, recipient }
}
