/** The words of the collection rounds screen (Đợt thu thập số liệu, issue #17). */
import { formatCount } from '../domain/number-format'

const n = (v: number) => formatCount(v)

export const roundsText = {
  navLabel: 'Đợt thu thập',
  title: 'Đợt thu thập số liệu',
  intro:
    'Gửi phiếu cho các đơn vị theo công văn, theo dõi đơn vị nào đã báo cáo, quá hạn hay chưa trả lời. ' +
    'Mỗi phiếu là một tệp Excel ghi sẵn các hệ thống của đơn vị, kèm dấu phiếu ẩn để CapDo nhận ra khi đơn vị gửi lại.',
  create: 'Tạo đợt mới',
  empty: 'Chưa có đợt thu thập nào. Bấm “Tạo đợt mới” để bắt đầu từ công văn.',
  columns: {
    letter: 'Công văn',
    asOf: 'Tính đến ngày',
    due: 'Hạn báo cáo',
    progress: 'Đã báo cáo',
    state: 'Trạng thái',
    unit: 'Đơn vị',
    status: 'Tình trạng',
    changes: 'Số thay đổi',
  },
  open: 'Đang mở',
  closedOn: (date: string) => `Đã đóng ngày ${date}`,
  letterLine: (no: string, date: string) => `Số ${no} ngày ${date}`,
  progress: (received: number, total: number) => `${n(received)}/${n(total)}`,
  form: {
    title: 'Tạo đợt thu thập số liệu',
    letterNo: 'Số, ký hiệu công văn',
    letterNoPlaceholder: 'Ví dụ: 125/SKHCN-CNTT',
    letterDate: 'Ngày công văn',
    subject: 'Trích yếu',
    subjectPlaceholder: 'Ví dụ: rà soát, cập nhật danh mục hệ thống thông tin và cấp độ an toàn',
    asOf: 'Tính đến ngày',
    dueOn: 'Hạn gửi báo cáo',
    recipients: 'Đơn vị nhận',
    allUnits: 'Tất cả đơn vị',
    byBlock: 'Thêm cả khối',
    clear: 'Bỏ chọn hết',
    chosen: (count: number) => `Đã chọn ${n(count)} đơn vị`,
    ok: 'Tạo đợt',
    cancel: 'Hủy',
    required: 'Cần điền mục này.',
  },
  created: (no: string) => `Đã tạo đợt thu thập theo công văn số ${no}.`,
  detailTitle: (no: string) => `Đợt theo công văn số ${no}`,
  makeRequests: 'Tạo phiếu (.zip)',
  making: (done: number, total: number) => `Đang tạo phiếu ${n(done)}/${n(total)}…`,
  zipFilter: 'Tệp nén phiếu',
  zipName: (no: string) => `Phiếu thu thập - ${no.replace(/[\\/:*?"<>|]+/gu, '-')}.zip`,
  requestsSaved: (count: number, file: string) => `Đã lưu ${n(count)} phiếu vào ${file}.`,
  close: 'Đóng đợt',
  closeConfirm: 'Đóng đợt thu thập? Hồ sơ của đợt được giữ lại; đợt đã đóng không nhận thêm phiếu.',
  closed: 'Đã đóng đợt thu thập.',
  otherwise: {
    column: 'Ghi nhận',
    button: 'Đã nhận cách khác…',
    title: (unit: string) => `Ghi nhận ${unit} đã báo cáo`,
    intro:
      'Dùng khi đơn vị không gửi lại phiếu mà báo cáo cách khác. Sổ theo dõi không thay đổi: nếu là tệp “Gửi lên”, ' +
      'hãy nhận dữ liệu của tệp đó ở trang “Nhận dữ liệu”.',
    on: 'Ngày nhận',
    how: 'Hình thức',
    hows: {
      exchange: 'Tệp “Gửi lên” của đơn vị (nhận qua “Nhận dữ liệu”)',
      letter: 'Công văn, văn bản giấy',
      other: 'Thư điện tử hoặc hình thức khác',
    },
    ok: 'Ghi nhận',
    cancel: 'Hủy',
    required: 'Cần chọn ngày nhận.',
    done: (unit: string) => `Đã ghi nhận: ${unit} đã báo cáo.`,
  },
  summary: (received: number, late: number, waiting: number) =>
    `Đã báo cáo ${n(received)} · Quá hạn ${n(late)} · Đang chờ ${n(waiting)}`,
} as const
