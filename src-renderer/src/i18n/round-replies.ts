/** The words of "Nhận phiếu": taking in the units' returned request workbooks (issue #17). */
import { formatCount as n } from '../domain/number-format'

export const roundRepliesText = {
  open: 'Nhận phiếu',
  title: (letterNo: string) => `Nhận phiếu trả lời — đợt theo công văn số ${letterNo}`,
  closeDialog: 'Đóng',
  drop: 'Kéo thả các tệp phiếu đơn vị gửi lại vào đây, hoặc bấm để chọn',
  dropHint:
    'Chọn được nhiều tệp cùng lúc (.xlsx, .xls, .ods, .csv). CapDo nhận ra đợt và đơn vị của từng phiếu ' +
    'nhờ dấu phiếu ẩn trong tệp; tệp nào không nhận được sẽ ghi rõ lý do, các tệp khác vẫn được đọc.',
  reading: (done: number, total: number) => `Đang đọc phiếu ${n(done)}/${n(total)}…`,
  comparing: 'Đang so sánh với sổ theo dõi…',
  summary: (files: number, replies: number, refused: number) =>
    `${n(files)} tệp: ${n(replies)} phiếu đọc được` +
    (refused > 0 ? `, ${n(refused)} tệp không nhận` : '') +
    '.',
  overTotal: (max: number) =>
    `Chưa đọc tệp này: các tệp chọn cùng lúc đã vượt ${n(max / 1024 / 1024)} MB. Hãy bấm “Nhận phiếu” lần nữa và chọn riêng tệp này cùng các tệp còn lại.`,
  tooLarge: (max: number) =>
    `Tệp quá lớn (tối đa ${n(max / 1024 / 1024)} MB): đây không thể là một phiếu của đơn vị. Hãy kiểm tra lại tệp.`,
  unreadable:
    'Không đọc được tệp: tệp không phải sổ tính (.xlsx, .xls, .ods, .csv) hoặc đã bị hỏng. ' +
    'Hãy mở thử bằng Excel rồi lưu lại, hoặc đề nghị đơn vị gửi lại tệp phiếu.',
  refusedTitle: (file: string) => `Không nhận tệp “${file}”`,
  replyTitle: (unit: string) => `Phiếu của ${unit}`,
  fromFile: (file: string) => `Tệp: ${file}`,
  otherRound: (letterNo: string) => `Thuộc đợt theo công văn số ${letterNo}`,
  late: (due: string) => `Gửi sau hạn ${due}`,
  alreadyReceived: (date: string) => `Đã nhận phiếu của đơn vị ngày ${date}`,
  counts: {
    added: (c: number) => `Thêm mới ${n(c)}`,
    changed: (c: number) => `Thay đổi ${n(c)}`,
    unchanged: (c: number) => `Không đổi ${n(c)}`,
    removed: (c: number) => `Đơn vị bỏ khỏi phiếu ${n(c)}`,
    otherUnit: (c: number) => `Của đơn vị khác ${n(c)}`,
    levelHeld: (c: number) => `Giữ cấp độ đã phê duyệt ${n(c)}`,
    errors: (c: number) => `Ô lỗi ${n(c)}`,
  },
  sections: {
    added: (c: number) => `Hệ thống thêm mới (${n(c)})`,
    changed: (c: number) => `Hệ thống thay đổi (${n(c)}) — so với sổ theo dõi hiện nay`,
    removed: (c: number) => `Hệ thống đơn vị bỏ khỏi phiếu (${n(c)}) — không xóa`,
    otherUnit: (c: number) => `Dòng của đơn vị khác (${n(c)}) — không áp dụng`,
    errors: (c: number) => `Ô lỗi (${n(c)}) — các dòng này không được áp dụng`,
  },
  columns: {
    row: 'Dòng',
    name: 'Tên hệ thống thông tin',
    level: 'Cấp độ',
    changes: 'Thay đổi',
    unit: 'Đơn vị ghi trong dòng',
    reason: 'Lý do',
    column: 'Cột',
    value: 'Giá trị',
    message: 'Lỗi',
    emptyCell: '(ô trống)',
  },
  removedHelp:
    'Các hệ thống này có trong phiếu CapDo đã gửi nhưng đơn vị đã xóa khỏi phiếu. CapDo không xóa hệ thống ' +
    'nào theo phiếu: nếu hệ thống đã ngừng sử dụng hoặc chuyển đơn vị, hãy xác minh với đơn vị rồi sửa hoặc ' +
    'xóa trên hồ sơ hệ thống.',
  openSystem: 'Mở hồ sơ',
  otherUnitHelp:
    'Phiếu của một đơn vị chỉ cập nhật hệ thống của chính đơn vị đó. Các dòng dưới đây được hiển thị để cán bộ ' +
    'biết, không được ghi vào sổ theo dõi.',
  errorsHelp:
    'Các ô này không đọc được nên cả dòng không được áp dụng. Hãy đề nghị đơn vị sửa rồi gửi lại phiếu; ' +
    'khi nhận lại, các dòng đã áp dụng sẽ không bị ghi hai lần.',
  nothingToApply: 'Phiếu không có thay đổi nào so với sổ theo dõi hiện nay.',
  apply: 'Áp dụng',
  applyWithErrors: (rows: number) => `Áp dụng (bỏ qua ${n(rows)} dòng lỗi)`,
  applyConfirm: (unit: string) =>
    `Ghi các thay đổi theo phiếu của ${unit} vào sổ theo dõi? CapDo sao lưu tự động trước khi ghi.`,
  applying: 'Đang sao lưu và áp dụng…',
  applied: (added: number, changed: number, today: string) =>
    `Đã áp dụng: thêm ${n(added)}, cập nhật ${n(changed)} hệ thống; ghi nhận đơn vị đã báo cáo ngày ${today}.`,
  receivedOnly: (today: string) =>
    `Phiếu không thay đổi hệ thống nào; đã ghi nhận đơn vị đã báo cáo ngày ${today}.`,
  nothingNew:
    'Phiếu này không mang thay đổi nào mới so với sổ theo dõi (có thể đã được áp dụng trước đó): không ghi gì thêm.',
} as const
