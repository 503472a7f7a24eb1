/**
 * The words about an approved level and its re-determination (domain/approved-level.ts): the
 * wizard's result on an approved system, the offer to start a re-determination, the system header
 * while one is open, the form's locked level and the bulk edit that leaves approved levels alone.
 */
import { formatCount } from '../domain/number-format'
const count = (n: number) => formatCount(n)

/** Decree 85 Điều 18 and Decree 331 Điều 25 say the same words (law/nd-85-2016-trich.md, law/nd-331-2026-trich.md). */
export const REDETERMINATION_QUOTE =
  'Đối với hệ thống thông tin đã được phê duyệt cấp độ, trong trường hợp phải xác định lại cấp độ cho phù hợp với tình hình thực tế thì thực hiện theo trình tự, thủ tục xác định lần đầu.'

export const approvedLevelText = {
  wizard: {
    applyHelpApproved:
      'Lưu câu trả lời và cấp độ tiêu chí xác định làm đề xuất; cấp độ đã phê duyệt giữ nguyên cho tới khi có quyết định mới',
    proposedTitle: (proposed: number, approved: string) =>
      `Đã lưu đề xuất Cấp độ ${proposed}. Cấp độ đã phê duyệt vẫn là ${approved}.`,
    proposedBody: (approved: string, decision: string) =>
      `${approved} theo ${decision} vẫn có hiệu lực trong mọi số liệu, báo cáo cho tới khi có quyết định ` +
      'phê duyệt mới. Đề xuất khác cấp độ đã phê duyệt thì cần xác định lại cấp độ:',
    confirmed: (approved: string) =>
      `Đã lưu câu trả lời. Tiêu chí xác định đúng cấp độ đã phê duyệt (${approved}): không cần xác định lại cấp độ.`,
    classified: 'Loại hệ thống và loại thông tin của hệ thống được cập nhật theo câu trả lời.',
  },
  offer: {
    start: 'Bắt đầu xác định lại cấp độ',
    later: 'Để sau',
    started: 'Đã bắt đầu xác định lại cấp độ. Cấp độ và quyết định phê duyệt hiện hành vẫn giữ nguyên.',
    note: (proposed: number, date: string) =>
      `Đề xuất Cấp độ ${proposed} theo kết quả xác định cấp độ ngày ${date}.`,
    citation: 'Nghị định 85/2016/NĐ-CP, Điều 18; Nghị định 331/2026/NĐ-CP, Điều 25',
    pending: (proposed: number, approved: string) =>
      `Đề xuất Cấp độ ${proposed}, chưa xác định lại: cấp độ đã phê duyệt vẫn là ${approved}.`,
    running: (proposed: number, approved: string) =>
      `Đang xác định lại cấp độ: đề xuất Cấp độ ${proposed}; ${approved} vẫn có hiệu lực cho tới khi có quyết định mới.`,
    runningNoProposal: (approved: string) =>
      `Đang xác định lại cấp độ; ${approved} vẫn có hiệu lực cho tới khi có quyết định mới.`,
  },
  header: {
    approved: (level: string) => `${level} · Đã phê duyệt`,
    redetermining: 'Đang xác định lại cấp độ',
    proposed: (level: number) => `Đề xuất Cấp độ ${level}`,
  },
  approve: {
    replaces: (proposed: number, approved: string, decision: string) =>
      `Quyết định này phê duyệt Cấp độ ${proposed} theo đề xuất xác định lại, thay cho ${approved} theo ${decision}; quyết định cũ được giữ trong lịch sử.`,
  },
  form: {
    lockedShort: 'Đã phê duyệt: chỉ đổi cùng quyết định phê duyệt mới.',
    locked: (decision: string) =>
      `Cấp độ đã phê duyệt theo ${decision}: chỉ thay đổi cùng quyết định phê duyệt mới. ` +
      'Để đề xuất cấp độ khác, dùng “Xác định cấp độ” rồi bắt đầu xác định lại cấp độ.',
  },
  import: {
    title: (rows: number) => `Cấp độ đã phê duyệt được giữ nguyên (${count(rows)} dòng)`,
    help:
      'Các dòng này ghi cấp độ khác cấp độ đã phê duyệt, hoặc để trống hay ghi khác số, ngày quyết định, tình trạng ' +
      'hồ sơ, mà không kèm quyết định phê duyệt mới, nên các giá trị đó trong tệp không được nhập; các thay đổi ' +
      'khác của dòng vẫn được nhập. Nếu đã có quyết định mới, ghi số và ngày quyết định vào tệp rồi chọn lại tệp.',
    row: 'Dòng',
    name: 'Tên hệ thống',
    kept: 'Cấp độ giữ nguyên',
    inFile: 'Cấp độ trong tệp',
    reason: 'Lý do',
  },
  bulk: {
    willChange: (changing: number, same: number) =>
      `Cấp độ mới áp dụng cho ${count(changing)} hệ thống` +
      (same > 0 ? `; ${count(same)} hệ thống đã có cấp độ này.` : '.'),
    keptApproved: (n: number) =>
      `${count(n)} hệ thống đã được phê duyệt giữ nguyên cấp độ: cấp độ đã phê duyệt chỉ thay đổi cùng quyết định phê duyệt mới (xác định lại cấp độ ở trang của từng hệ thống).`,
  },
} as const
