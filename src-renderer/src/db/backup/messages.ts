/**
 * The Vietnamese messages a refused backup raises. Each says what is wrong with the file and that
 * nothing was changed, so the officer knows the register is intact.
 */
import { formatCount } from '../../domain/number-format'
const UNCHANGED = 'Dữ liệu hiện tại không bị thay đổi.'
/** Said of a backup just written that failed its check: the register itself is fine. */
const INTACT = 'Dữ liệu hiện tại vẫn nguyên vẹn.'

/** A restore's reason without its "nothing was changed" ending, to be quoted in another message. */
function reasonOnly(message: string): string {
  return message.endsWith(UNCHANGED) ? message.slice(0, -UNCHANGED.length).trim() : message
}

/** What to do about a backup too large to open again: fewer large attachments, then `then`. */
function tooLargeFix(attachmentsMb: number, then: string): string {
  return `Hãy xóa bớt tệp đính kèm lớn (tổng dung lượng tệp đính kèm tối đa ${attachmentsMb} MB) rồi ${then}.`
}

export const backupMessages = {
  notGzip: `Tệp này không phải là tệp sao lưu CapDo (không đúng định dạng nén). ${UNCHANGED}`,
  corrupt: `Tệp sao lưu bị hỏng hoặc không đầy đủ (có thể đã bị cắt ngắn khi sao chép). ${UNCHANGED}`,
  tooLarge: (limitMb: number) =>
    `Tệp sao lưu quá lớn khi giải nén (tối đa ${limitMb} MB) nên không được đọc. ${UNCHANGED}`,
  notJson: `Nội dung tệp sao lưu không đọc được (không phải dữ liệu hợp lệ). ${UNCHANGED}`,
  wrongFormat: `Tệp này không phải là tệp sao lưu của CapDo. ${UNCHANGED}`,
  newerFormat: (version: number) =>
    `Tệp sao lưu được tạo bởi phiên bản CapDo mới hơn (định dạng ${version}). Hãy cập nhật ứng dụng rồi khôi phục lại. ${UNCHANGED}`,
  newerSchema: (version: number, current: number) =>
    `Tệp sao lưu dùng cấu trúc dữ liệu phiên bản ${version}, mới hơn phiên bản ${current} của ứng dụng này. Hãy cập nhật CapDo rồi khôi phục lại. ${UNCHANGED}`,
  noMigration: (version: number) =>
    `Không chuyển đổi được tệp sao lưu từ cấu trúc dữ liệu phiên bản ${version}. ${UNCHANGED}`,
  badHeader: (field: string) => `Phần đầu tệp sao lưu không hợp lệ (trường "${field}"). ${UNCHANGED}`,
  checksum: `Tệp sao lưu đã bị thay đổi hoặc hỏng: mã kiểm tra (checksum) không khớp với nội dung. ${UNCHANGED}`,
  countMismatch: (table: string) =>
    `Số bản ghi của bảng "${table}" không khớp với phần đầu tệp sao lưu. ${UNCHANGED}`,
  tooManyRecords: (max: number) =>
    `Tệp sao lưu có quá nhiều bản ghi (tối đa ${formatCount(max)}). ${UNCHANGED}`,
  badRecord: (table: string, index: number, path: string) =>
    `Bản ghi thứ ${index + 1} của bảng "${table}" không hợp lệ${path ? ` (trường "${path}")` : ''}. ${UNCHANGED}`,
  duplicateId: (table: string, id: string) => `Bảng "${table}" có hai bản ghi cùng mã "${id}". ${UNCHANGED}`,
  danglingUnit: (systemName: string) =>
    `Hệ thống "${systemName}" thuộc một đơn vị không có trong tệp sao lưu. ${UNCHANGED}`,
  danglingParent: (unitName: string) =>
    `Đơn vị "${unitName}" trực thuộc một đơn vị không có trong tệp sao lưu. ${UNCHANGED}`,
  danglingSystem: (assessmentId: string) =>
    `Lần kiểm tra, đánh giá "${assessmentId}" thuộc một hệ thống không có trong tệp sao lưu. ${UNCHANGED}`,
  danglingAttachment: (name: string) =>
    `Tệp đính kèm "${name}" thuộc một hệ thống hoặc lần kiểm tra, đánh giá không có trong tệp sao lưu. ${UNCHANGED}`,
  attachmentHash: (name: string) =>
    `Tệp đính kèm "${name}" trong tệp sao lưu bị hỏng: mã SHA-256 không khớp với nội dung. ${UNCHANGED}`,
  /** Why a backup just written would not restore: it is larger than a restore opens. */
  tooLargeToRestore: (sizeMb: number, limitMb: number) =>
    `Tệp có dung lượng ${sizeMb} MB, vượt quá ${limitMb} MB là dung lượng tối đa mà chức năng khôi phục mở được.`,
  /** A backup just written failed the checks of a restore: it is not saved nor kept. */
  unrestorable: (reason: string, tooLarge: boolean, attachmentsMb: number) =>
    `Bản sao lưu vừa tạo sẽ không khôi phục được nên đã không được lưu. ${reasonOnly(reason)} ${INTACT} ${
      tooLarge
        ? tooLargeFix(attachmentsMb, 'sao lưu lại')
        : 'Nếu lỗi nêu tên một tệp đính kèm, hãy xóa tệp đó, đính kèm lại bản gốc rồi sao lưu lại; nếu không, hãy báo cho bộ phận hỗ trợ kỹ thuật.'
    }`,
  /** The safety backup of a restore would not restore: nothing is replaced. */
  safetyUnrestorable: (reason: string, tooLarge: boolean, attachmentsMb: number) =>
    `Chưa khôi phục, dữ liệu hiện tại được giữ nguyên: bản sao an toàn của dữ liệu hiện tại sẽ không khôi phục được, nên thay thế lúc này có thể làm mất dữ liệu. ${reasonOnly(reason)} ${
      tooLarge
        ? tooLargeFix(attachmentsMb, 'khôi phục lại')
        : 'Nếu lỗi nêu tên một tệp đính kèm, hãy xóa tệp đó rồi khôi phục lại.'
    }`,
} as const

/** What each table is called in a message. */
export const TABLE_LABEL = {
  units: 'Đơn vị',
  systems: 'Hệ thống thông tin',
  assessments: 'Kiểm tra, đánh giá',
  history: 'Lịch sử thay đổi',
  settings: 'Cài đặt',
  exchange: 'Trao đổi dữ liệu',
  attachments: 'Tệp đính kèm',
  rounds: 'Đợt thu thập',
} as const
