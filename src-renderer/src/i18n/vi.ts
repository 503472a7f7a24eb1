/**
 * Every string of the interface, in Vietnamese. Legal vocabulary (states, statuses) lives with the
 * rules in domain/vocabulary.ts because exports and the CLI print it too.
 */
import { formatCount } from '../domain/number-format'
export const vi = {
  app: {
    name: 'CapDo',
    title: 'Sổ theo dõi cấp độ an toàn hệ thống thông tin',
    ready: 'Sẵn sàng',
    version: (v: string, shell: 'electron' | 'browser') =>
      `Phiên bản ${v} · ${shell === 'electron' ? 'ứng dụng máy tính' : 'chạy trên trình duyệt'}`,
  },
  nav: {
    dashboard: 'Tổng quan',
    units: 'Đơn vị',
    register: 'Sổ theo dõi HTTT',
    import: 'Nhập từ Excel',
    export: 'Xuất báo cáo',
    settings: 'Cài đặt',
  },
  shell: {
    asOfLabel: 'Tính đến ngày',
    today: 'Hôm nay',
    screenLoading: 'Đang mở màn hình…',
  },
  empty: {
    title: 'Sổ theo dõi chưa có dữ liệu',
    description: 'Chọn một cách bắt đầu. Mọi thay đổi đều được ghi lịch sử và sao lưu tự động.',
    importExcel: 'Nhập từ Excel',
    importHint:
      'Đã có danh sách hệ thống trong Excel, LibreOffice hoặc CSV: CapDo tự nhận dòng tiêu đề, cho xem trước và báo từng ô sai trước khi ghi.',
    addSystem: 'Thêm hệ thống',
    addHint: 'Nhập tay từng hệ thống thông tin: tên, đơn vị vận hành, cấp độ và tình trạng hồ sơ.',
    loadDemo: 'Nạp dữ liệu mẫu',
    demoHint:
      'Để xem thử: 95 đơn vị thực tế của thành phố Hải Phòng (8 khối) và 300 hệ thống giả lập. Có thể xóa và nhập dữ liệu thật sau.',
    loading: 'Đang nạp dữ liệu mẫu…',
    phase: { generating: 'Đang tạo dữ liệu mẫu…', writing: 'Đang ghi dữ liệu mẫu vào sổ…' },
    workerFailed:
      'Nạp dữ liệu mẫu bị gián đoạn. Hãy mở lại ứng dụng và kiểm tra sổ theo dõi trước khi nạp lại.',
    loaded: (systems: number, units: number) => `Đã nạp ${formatCount(systems)} hệ thống thông tin của ${formatCount(units)} đơn vị.`,
  },
  dashboard: {
    title: 'Tổng quan',
    units: 'Đơn vị',
    unitCount: (n: number) => `${formatCount(n)} đơn vị`,
    systems: 'Hệ thống thông tin',
    approved: 'Đã phê duyệt cấp độ',
    approvalOverdue: 'Quá hạn phê duyệt',
    deployed: 'Đã triển khai phương án',
    deploymentOverdue: 'Quá hạn triển khai',
    assessmentOverdue: 'Quá hạn kiểm tra, đánh giá',
    assessmentDueSoon: 'Sắp đến hạn kiểm tra, đánh giá',
    withinDays: (days: number) => `trong ${formatCount(days)} ngày tới`,
    missingLevel: 'Chưa xác định cấp độ',
    ofSystems: (rate: string) => `${rate} tổng số hệ thống`,
    byLevel: 'Theo cấp độ',
    byBlock: 'Theo khối',
    level: 'Cấp độ',
    block: 'Khối',
    total: 'Tổng cộng',
    approvalByLevel: 'Tiến độ phê duyệt hồ sơ theo cấp độ',
    approvalByBlock: 'Tiến độ phê duyệt hồ sơ theo khối',
    dueByMonth: 'Kiểm tra, đánh giá đến hạn trong 12 tháng tới',
    series: { approved: 'Đã phê duyệt', pending: 'Chưa phê duyệt, trong hạn', overdue: 'Quá hạn phê duyệt' },
    dueCount: 'Số hệ thống đến hạn',
    monthLabel: (month: number, year: number) => `${String(month).padStart(2, '0')}/${String(year).slice(2)}`,
    chartHint: 'Bấm vào cột để xem danh sách hệ thống tương ứng.',
    todo: 'Việc cần làm',
    todoEmpty: 'Không có việc nào quá hạn hoặc sắp đến hạn. Sổ theo dõi đang trong tình trạng tốt.',
    todoKind: {
      approval: 'Phê duyệt hồ sơ cấp độ',
      deployment: 'Triển khai phương án bảo đảm ATTT',
      assessment: 'Kiểm tra, đánh giá',
      build_approval: 'Phê duyệt cấp độ theo Nghị định 85 (hệ thống đang đầu tư, xây dựng)',
      build_measures: 'Đáp ứng biện pháp bảo vệ theo Nghị định 331 (hệ thống đang đầu tư, xây dựng)',
    },
    todoUrgency: { overdue: 'Quá hạn', due_soon: 'Sắp đến hạn' },
    dueOn: (date: string) => `Hạn ${date}`,
    daysLate: (n: number) => `trễ ${formatCount(n)} ngày`,
    daysLeft: (n: number) => (n === 0 ? 'hạn hôm nay' : `còn ${formatCount(n)} ngày`),
  },
  units: {
    title: 'Đơn vị',
    name: 'Tên đơn vị',
    block: 'Khối',
    systems: 'Số HTTT',
    empty: 'Chưa có đơn vị nào.',
  },
  errors: {
    unexpected: 'Đã xảy ra lỗi không mong muốn. Vui lòng thử lại; nếu vẫn lỗi, hãy khởi động lại ứng dụng.',
    storage:
      'Không ghi được dữ liệu vào bộ nhớ của ứng dụng. Hãy kiểm tra dung lượng ổ đĩa còn trống rồi thử lại.',
    title: 'Không thực hiện được',
  },
} as const
