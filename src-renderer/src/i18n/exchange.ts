/** Strings of the exchange between offices: "Gửi lên" on the export screen, "Nhận dữ liệu", the office name. */
import type { MergeStatus } from '../domain/exchange'
import { formatCount } from '../domain/number-format'

const n = (v: number) => formatCount(v)

export const exchangeText = {
  // "Gửi lên" (export screen)
  sendTitle: 'Gửi lên cấp trên (trao đổi dữ liệu)',
  sendHint:
    'Sổ tính báo cáo như trên, kèm một trang dữ liệu ẩn để cấp trên nhận vào sổ theo dõi của mình bằng chức năng “Nhận dữ liệu”. ' +
    'Mỗi lần gửi, các thay đổi mới trên máy này được đánh số để không bao giờ bị ghi đè bởi tệp cũ.',
  sendButton: 'Gửi lên',
  office: 'Đơn vị gửi',
  officeLoading: 'Đang đọc tên đơn vị gửi trên máy này: chờ một chút rồi bấm lại.',
  editOffice: 'Đổi tên trong Cài đặt',

  // "Nhận dữ liệu" (its own screen)
  title: 'Nhận dữ liệu',
  intro:
    'Nhận tệp “Gửi lên” của đơn vị khác vào sổ theo dõi của đơn vị mình. Xem trước những gì sẽ thay đổi; ' +
    'hệ thống mà cả hai bên cùng sửa kể từ lần trao đổi trước được liệt kê để người dùng chọn giữ bản nào. ' +
    'Một bản sao lưu tự động được tạo trước khi nhận.',
  navLabel: 'Nhận dữ liệu',
  fromImport: 'Nhận tệp “Gửi lên” của đơn vị khác',
  fileFilter: 'Sổ tính Excel',
  openButton: 'Chọn tệp nhận dữ liệu…',
  openAnother: 'Chọn tệp khác…',
  reading: 'Đang đọc tệp…',
  receiving: 'Đơn vị nhận',
  sender: 'Đơn vị gửi',
  exportedAt: 'Thời điểm xuất tệp',
  fileName: 'Tệp',
  status: {
    new: 'Mới',
    updated: 'Cập nhật',
    'local-newer': 'Bản trên máy mới hơn (giữ nguyên)',
    unchanged: 'Không thay đổi',
    merged: 'Gộp hai bên',
    conflict: 'Xung đột',
    deleted: 'Xóa',
  } satisfies Record<MergeStatus | 'deleted', string>,
  statusHelp: {
    new: 'Chưa có trên máy này, sẽ được thêm.',
    updated: 'Đơn vị gửi đã sửa, máy này chưa sửa: sẽ nhận bản trong tệp.',
    'local-newer': 'Máy này đã có bản mới hơn bản trong tệp: giữ bản trên máy, không ghi đè.',
    unchanged: 'Hai bên giống nhau.',
    merged:
      'Hai bên sửa những trường khác nhau kể từ lần trao đổi trước: mỗi trường lấy theo bên đã sửa, không cần chọn.',
    conflict: 'Cả hai bên cùng sửa một trường kể từ lần trao đổi trước: hãy chọn giữ giá trị nào.',
    deleted:
      'Đơn vị gửi đã xóa, máy này chưa sửa: sẽ xóa trên máy này (kèm tệp đính kèm), lịch sử vẫn được giữ.',
  } satisfies Record<MergeStatus | 'deleted', string>,
  entity: { unit: 'Đơn vị', system: 'Hệ thống', assessment: 'Kiểm tra, đánh giá' },
  deleted: 'đã xóa',
  deletedRecord: 'Bản ghi đã bị xóa',
  column: { kind: 'Loại', name: 'Tên', change: 'Thay đổi' },
  fieldsChanged: (n: number) => `${n} trường thay đổi`,
  removal: (office: string) => `Đã xóa tại ${office || 'đơn vị khác'}`,
  removalNeverHeld: (office: string) => `Đã xóa tại ${office || 'đơn vị khác'} (máy này chưa từng có)`,
  nothingToDo:
    'Tệp này không mang thay đổi nào mới: sổ theo dõi trên máy đã có đầy đủ dữ liệu trong tệp (hoặc bản mới hơn), nhận lại không thay đổi gì.',
  conflictsTitle: (count: number) => `Xung đột cần xử lý (${n(count)})`,
  conflictsLeft: (count: number) => `Còn ${n(count)} xung đột chưa chọn cách xử lý.`,
  conflictsLeftReason: (count: number) =>
    `Còn ${n(count)} xung đột chưa chọn cách xử lý: chọn giữ bản trên máy hay nhận bản trong tệp ở từng xung đột phía trên.`,
  conflictField: 'Trường',
  ours: 'Bản trên máy này',
  theirs: (sender: string) => `Bản trong tệp (${sender})`,
  keepOursAll: 'Giữ toàn bộ bản trên máy',
  keepTheirsAll: 'Nhận toàn bộ bản trong tệp',
  keepOursConflicting: 'Giữ bản trên máy cho mọi trường xung đột',
  keepTheirsConflicting: 'Nhận bản trong tệp cho mọi trường xung đột',
  // Who changed a field since the last exchange both offices hold (domain/exchange/bases.ts).
  changedThere: (office: string, date: string) => `thay đổi tại ${office || 'đơn vị gửi'} ngày ${date}`,
  changedHere: (date: string) => `thay đổi trên máy này ngày ${date}`,
  autoTaken: 'Lấy theo bên đã sửa, không cần chọn:',
  noBase:
    'Chưa có lần trao đổi trước với đơn vị này cho bản ghi này nên không biết bên nào đã sửa trường nào: ' +
    'hãy chọn giá trị giữ lại cho từng trường.',
  mergedSummary: (fromThem: string, ours: string, office: string) =>
    [
      fromThem && `${fromThem} (thay đổi tại ${office || 'đơn vị gửi'})`,
      ours && `giữ thay đổi trên máy này: ${ours}`,
    ]
      .filter(Boolean)
      .join('; '),
  keepRecord: 'Giữ bản ghi',
  acceptDeletion: 'Chấp nhận xóa',
  decided: 'Đã chọn',
  apply: 'Nhận',
  applying: 'Đang nhận dữ liệu…',
  applied: (created: number, updated: number, deleted: number) =>
    `Đã nhận dữ liệu: thêm ${n(created)}, cập nhật ${n(updated)}, xóa ${n(deleted)} bản ghi. Mỗi thay đổi được ghi vào lịch sử kèm đơn vị gửi.`,
  appliedNothing: 'Không có thay đổi nào cần ghi: sổ theo dõi trên máy đã có đầy đủ dữ liệu trong tệp.',
  empty: '(trống)',
  yes: 'Có',
  no: 'Không',

  // Signatures (domain/exchange/trust.ts)
  signatureLabel: 'Chữ ký',
  signed: 'Đã ký',
  unsigned: 'Chưa ký',
  fingerprint: 'Dấu vân tay khóa',
  trustFirst: (sender: string) =>
    `Lần đầu nhận tệp có chữ ký của ${sender}: khóa này sẽ được ghi nhận khi nhận dữ liệu. ` +
    'Nên gọi điện cho đơn vị gửi để đối chiếu dấu vân tay trước khi nhận.',
  trustPinned: 'Khớp với khóa đã ghi nhận cho đơn vị này.',
  trustReplaced: (previous: string) => `Khóa mới đã được chấp nhận, thay cho khóa ${previous}.`,
  trustUnsigned:
    'Tệp không có chữ ký (xuất bằng phiên bản CapDo trước khi có chữ ký): không xác minh được tệp do đúng đơn vị gửi tạo ra và chưa bị sửa.',
  acceptKeyButton: 'Chấp nhận khóa mới…',
  acceptKeyTitle: (office: string) => `Chấp nhận khóa ký mới của ${office}?`,
  acceptKeyOld: 'Khóa đã ghi nhận',
  acceptKeyNew: 'Khóa trong tệp',
  acceptKeyHelp: (office: string) =>
    `Chỉ chấp nhận khi ${office} vừa cài đặt lại CapDo và bạn đã gọi điện cho họ, đọc lại dấu vân tay mới ` +
    '(trên máy của họ: Cài đặt → Đơn vị sử dụng) và thấy trùng khớp. Việc chấp nhận được ghi vào lịch sử khi nhận dữ liệu.',
  acceptKeyOk: 'Chấp nhận khóa mới',
  cancel: 'Hủy',

  // Settings: the office identity
  officeTab: 'Đơn vị sử dụng',
  officeCard: 'Đơn vị sử dụng (trao đổi dữ liệu)',
  officeName: 'Tên đơn vị',
  officeHelp:
    'Tên này đi kèm mọi tệp “Gửi lên” và được ghi vào lịch sử của đơn vị nhận. Mã đơn vị được tạo một lần và không đổi.',
  officeId: 'Mã đơn vị',
  officeSave: 'Lưu tên đơn vị',
  officeSaved: 'Đã lưu tên đơn vị.',
  officeNameEmpty: 'Tên đơn vị đang để trống: nhập tên đơn vị ở ô trên để lưu.',
  officeNameUnchanged: 'Tên đơn vị chưa thay đổi: sửa tên ở ô trên thì nút “Lưu tên đơn vị” dùng được.',
  ownFingerprint: 'Dấu vân tay khóa ký của đơn vị này',
  ownFingerprintHelp:
    'Mọi tệp “Gửi lên” được ký bằng khóa riêng của máy này (khóa nằm trong sổ theo dõi và trong các bản sao lưu). ' +
    'Khi đơn vị nhận hỏi, hãy đọc dãy ký tự này để họ đối chiếu.',
  pinnedTitle: 'Khóa ký đã ghi nhận của các đơn vị khác',
  pinnedEmpty: 'Chưa nhận tệp có chữ ký của đơn vị nào.',
  pinnedColumns: { office: 'Đơn vị', fingerprint: 'Dấu vân tay', pinnedAt: 'Ghi nhận lúc' },
} as const
