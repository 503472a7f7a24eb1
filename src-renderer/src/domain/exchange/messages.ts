import type { DanglingReference } from './references'
import type { ExchangeEntity } from './types'
import { formatCount } from '../number-format'

const NOUN: Record<ExchangeEntity, string> = {
  unit: 'đơn vị',
  system: 'hệ thống thông tin',
  assessment: 'lần kiểm tra, đánh giá',
}

/** How a record names what it points at, by the linking field. */
const LINK_VERB: Record<string, string> = {
  parentId: 'trực thuộc',
  unitId: 'thuộc',
  systemId: 'là của',
}

function danglingReference(d: DanglingReference): string {
  const record = `${NOUN[d.entity]} "${d.label}"`
  const verb = LINK_VERB[d.field] ?? 'trỏ tới'
  const target = NOUN[d.target]
  if (d.targetLabel === null) {
    return (
      `${exchangeMessages.invalidPackage}: ${record} ${verb} ${target} có mã "${d.targetId.slice(0, 60)}", ` +
      `không có trong tệp và cũng không có trên máy. Dữ liệu hiện tại không bị thay đổi. ${exchangeMessages.askResend}`
    )
  }
  return (
    `Không nhận được dữ liệu: sau khi nhận, ${record} vẫn ${verb} ${target} "${d.targetLabel}", ` +
    `nhưng ${target} này bị xóa. Dữ liệu hiện tại không bị thay đổi. ` +
    `Nếu việc xóa nằm trong một xung đột, hãy chọn giữ lại ${target} "${d.targetLabel}"; nếu không, ` +
    `hãy sửa ${record} trên máy cho ${verb} ${target} khác rồi mở lại tệp.`
  )
}

/** The exchange's Vietnamese messages (shown to the user as they are, see errors.ts). */
export const exchangeMessages = {
  ownFile:
    'Tệp này do chính đơn vị này xuất ra, không cần nhận lại. Hãy chọn tệp dữ liệu do đơn vị khác gửi đến.',
  planStale:
    'Dữ liệu trên máy đã thay đổi trong lúc xem trước nên chưa nhận dữ liệu. Hãy mở lại tệp để xem trước một lần nữa.',
  unresolved: (count: number) =>
    `Còn ${count} hệ thống hoặc bản ghi có xung đột chưa được chọn cách xử lý. Hãy chọn giữ bản nào cho từng trường trước khi nhận dữ liệu.`,
  fieldsOnDeletion:
    'Một bên đã xóa bản ghi này nên không thể chọn theo từng trường: hãy chọn giữ bản của đơn vị mình hoặc bản trong tệp.',
  askResend: 'Hãy đề nghị đơn vị gửi xuất lại tệp bằng chức năng "Gửi lên".',
  /** Prefix of every refusal of a damaged or unknown package. */
  invalidPackage: 'Tệp trao đổi dữ liệu không hợp lệ nên không được nhận',
  unknownVersion: (found: string, supported: number) =>
    `Tệp trao đổi dữ liệu có phiên bản định dạng ${found}, phiên bản CapDo này chỉ đọc được phiên bản ${supported}. ` +
    'Hãy cập nhật CapDo lên phiên bản mới nhất hoặc đề nghị đơn vị gửi xuất lại tệp.',
  tooLarge: (what: string, limit: number) =>
    `Tệp trao đổi dữ liệu có quá nhiều ${what} (tối đa ${formatCount(limit)}) nên không được nhận.`,
  /** A merge would leave a record pointing at one that does not exist (references.ts). */
  danglingReference,
} as const
