/**
 * The strings of the register screen (Sổ theo dõi HTTT). Legal vocabulary (dossier states,
 * statuses, levels) comes from domain/vocabulary.ts; only the screen's own words are here.
 */
import { formatCount } from '../domain/number-format'
const count = (n: number) => formatCount(n)

export const registerText = {
  title: 'Sổ theo dõi hệ thống thông tin',
  addSystem: 'Thêm hệ thống',
  countLine: (shown: number, total: number) => `Hiển thị ${count(shown)} / ${count(total)} hệ thống`,
  columns: {
    name: 'Tên hệ thống',
    unit: 'Đơn vị',
    block: 'Khối',
    level: 'Cấp độ',
    dossier: 'Tình trạng hồ sơ',
    approval: 'Phê duyệt',
    deployment: 'Triển khai',
    assessment: 'Kiểm tra, đánh giá',
    nextAssessment: 'Hạn kiểm tra tiếp theo',
  },
  selection: {
    all: 'Chọn tất cả hệ thống đang hiển thị',
    row: (name: string) => `Chọn hệ thống ${name}`,
  },
  columnPicker: {
    button: 'Cột hiển thị',
    title: 'Chọn cột hiển thị',
    reset: 'Hiện tất cả các cột',
  },
  filters: {
    // Short enough to be read whole in the box at 1280 px; the full list is the box's tooltip.
    search: 'Tìm tên, đơn vị, chủ quản, số QĐ…',
    searchLabel: 'Tìm kiếm hệ thống',
    searchHint: 'Tìm theo tên hệ thống, đơn vị, chủ quản, số quyết định. Nhấn Ctrl+F hoặc / để tìm.',
    unit: 'Đơn vị',
    block: 'Khối',
    level: 'Cấp độ',
    dossier: 'Tình trạng hồ sơ',
    approval: 'Phê duyệt',
    deployment: 'Triển khai',
    assessment: 'Kiểm tra',
    due: 'Hạn kiểm tra tiếp theo trong khoảng',
    // The picker's label says which deadline ("Hạn kiểm tra tiếp theo trong khoảng").
    dueFrom: 'Hạn từ ngày',
    dueTo: 'đến ngày',
    chosen: (label: string, n: number) => `${label}: ${formatCount(n)} mục`,
    clear: 'Xóa bộ lọc',
    noUnit: 'Không có đơn vị phù hợp',
  },
  bulk: {
    selected: (n: number) => `Đã chọn ${count(n)} hệ thống`,
    changeUnit: 'Chuyển đơn vị',
    setLevel: 'Đặt cấp độ',
    recordDeployment: 'Ghi nhận ngày triển khai',
    clearSelection: 'Bỏ chọn',
    unitLabel: 'Đơn vị quản lý, vận hành mới',
    levelLabel: 'Cấp độ mới',
    deploymentLabel: 'Ngày hoàn thành triển khai phương án',
    deploymentHint: 'Phương án bảo đảm ATTT của các hệ thống đã chọn sẽ được ghi là đã triển khai đầy đủ.',
    required: 'Vui lòng chọn giá trị.',
    willChange: (changing: number, selected: number) =>
      changing === selected
        ? `Thay đổi sẽ áp dụng cho ${count(changing)} hệ thống.`
        : `Thay đổi sẽ áp dụng cho ${count(changing)} trong ${count(selected)} hệ thống đã chọn; ${count(selected - changing)} hệ thống đã có giá trị này.`,
    nothingChanges: 'Tất cả hệ thống đã chọn đã có giá trị này, không có gì thay đổi.',
    apply: (n: number) => `Cập nhật ${count(n)} hệ thống`,
    cancel: 'Hủy',
    done: (n: number) => `Đã cập nhật ${count(n)} hệ thống. Mỗi thay đổi được ghi vào lịch sử của hệ thống.`,
  },
  empty: {
    title: 'Sổ theo dõi chưa có hệ thống nào',
    description:
      'Bắt đầu bằng cách nạp bộ dữ liệu mẫu ở trang Tổng quan, nhập danh sách hệ thống có sẵn từ tệp Excel, hoặc thêm từng hệ thống.',
    toDashboard: 'Nạp dữ liệu mẫu (trang Tổng quan)',
    toImport: 'Nhập từ Excel',
    noMatch: 'Không có hệ thống nào khớp bộ lọc',
    noMatchHint: 'Thử bỏ bớt điều kiện lọc hoặc từ khóa tìm kiếm.',
  },
  devDemo: {
    load: (n: number) => `Nạp dữ liệu mẫu (${count(n)} hệ thống) — công cụ cho nhà phát triển`,
    loaded: (systems: number, units: number) =>
      `Đã nạp ${count(systems)} hệ thống thông tin của ${count(units)} đơn vị.`,
  },
} as const
