/** Strings of the export screen ("Xuất báo cáo") and its report worker. */
import type { ReportSheetId } from '../domain/report/sheet'

export const exportText = {
  title: 'Xuất báo cáo',
  intro:
    'Tạo sổ tính Excel theo thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP) để gửi lên cấp trên. ' +
    'Trang Danh mục giữ mã của từng hệ thống, nên tệp xuất ra có thể nhập lại mà không mất dữ liệu.',
  contentCard: 'Nội dung báo cáo',
  asOf: 'Tính đến ngày',
  asOfHelp: 'Mọi số liệu được tính đến hết ngày này.',
  sheets: 'Các trang của sổ tính',
  sheetsRequired: 'Hãy chọn ít nhất một trang.',
  sheetLabel: {
    summary: 'Tổng hợp',
    register: 'Danh mục',
    overdue: 'Quá hạn',
    upcoming: 'Sắp đến hạn',
    quarterly: 'Báo cáo quý',
    mau08: 'Mẫu 08 (Nghị định 331/2026)',
  } satisfies Record<ReportSheetId, string>,
  sheetHint: {
    summary: 'số liệu theo cấp độ, theo khối và đơn vị',
    register: 'toàn bộ hệ thống, có mã để nhập lại',
    overdue: 'quá hạn phê duyệt, triển khai, kiểm tra',
    upcoming: 'kiểm tra, đánh giá sắp đến hạn',
    quarterly: 'theo Công điện 33/CĐ-TTg',
    mau08: 'báo cáo hằng năm, số liệu từ 15/12 năm trước đến 14/12',
  } satisfies Record<ReportSheetId, string>,
  quarter: 'Quý báo cáo',
  quarterDisabled: 'Chọn trang Báo cáo quý để chọn quý.',
  dueDate: (date: string) => `Hạn gửi: ${date}`,
  mau08Year: 'Năm báo cáo Mẫu 08',
  mau08YearDisabled: 'Chọn trang Mẫu 08 để chọn năm báo cáo.',
  mau08Period: (year: number, start: string, end: string) =>
    `Kỳ báo cáo năm ${year}: số liệu từ ${start} đến hết ${end} (Nghị định 331/2026/NĐ-CP, Điều 35 khoản 3).`,
  ruleSet: (name: string) => `Theo bộ quy tắc: ${name}`,
  annualReport: 'Bộ quy tắc đang áp dụng quy định báo cáo hằng năm, không có báo cáo quý.',

  issuerCard: 'Cơ quan ban hành',
  parentBody: 'Cơ quan chủ quản',
  issuingBody: 'Cơ quan ban hành',
  place: 'Địa danh',
  signer: 'Người ký',
  addressees: 'Kính gửi (Mẫu 08)',
  notEntered: 'chưa nhập',
  editInSettings: 'Sửa trong Cài đặt',

  fileCard: 'Tệp xuất',
  registerCount: (systems: string, units: string) => `${systems} hệ thống thông tin của ${units} đơn vị`,
  fileName: 'Tên tệp gợi ý',
  exportButton: 'Xuất báo cáo',
  quickTitle: 'Xuất danh mục để gửi lên / nhập lại',
  quickHint:
    'Chỉ trang Danh mục: mỗi hệ thống một dòng, đủ các cột và mã hệ thống. ' +
    'Cấp trên nhập tệp này vào sổ của mình, hoặc chính đơn vị nhập lại sau khi sửa trong Excel.',
  quickButton: 'Xuất danh mục',
  // Why an export button is unavailable (components/ui/ReasonButton).
  noSheetsReason: 'Chưa chọn trang nào: đánh dấu ít nhất một trang ở “Các trang của sổ tính”.',
  busyReason: 'Đang xuất một tệp khác: chờ tệp đó lưu xong rồi bấm lại.',
  phase: {
    reading: 'Đang đọc sổ theo dõi…',
    building: 'Đang tạo các trang báo cáo…',
    zipping: 'Đang ghi sổ tính Excel…',
    saving: 'Đang lưu tệp…',
  },
  saved: (fileName: string) => `Đã lưu tệp ${fileName}`,
  excelFilter: 'Sổ tính Excel',
  aborted: 'Đã dừng xuất báo cáo.',
  workerFailed:
    'Không tạo được sổ tính: bộ xử lý báo cáo chạy nền bị lỗi. Hãy thử lại; nếu vẫn lỗi, hãy khởi động lại ứng dụng.',
  saveFailed: 'Không lưu được tệp báo cáo. Hãy thử lại hoặc chọn thư mục khác.',
} as const
