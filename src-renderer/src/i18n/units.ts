/** Strings of the Units screen (đơn vị quản lý, vận hành): list by block, add, edit, merge, delete. */
import { formatCount } from '../domain/number-format'
export const unitsText = {
  title: 'Đơn vị',
  summary: (units: number, blocks: number, systems: number) =>
    `${formatCount(units)} đơn vị · ${formatCount(blocks)} khối · ${formatCount(systems)} hệ thống thông tin`,
  searchPlaceholder: 'Tìm đơn vị hoặc khối (gõ có dấu hay không dấu đều được)',
  searchLabel: 'Tìm đơn vị',
  add: 'Thêm đơn vị',
  expandAll: 'Mở rộng tất cả',
  collapseAll: 'Thu gọn tất cả',
  columns: {
    name: 'Tên đơn vị',
    systems: 'Số HTTT',
    actions: 'Thao tác',
  },
  noBlock: 'Chưa xếp khối',
  blockUnits: (n: number) => `${formatCount(n)} đơn vị`,
  parentOf: (name: string) => `Cấp trên: ${name}`,
  openRegister: (name: string) => `Xem các hệ thống thông tin của ${name} trong sổ theo dõi`,
  empty: 'Chưa có đơn vị nào. Hãy thêm đơn vị, nhập từ Excel hoặc nạp dữ liệu mẫu.',
  noMatch: 'Không tìm thấy đơn vị phù hợp.',
  actions: {
    edit: 'Sửa đơn vị',
    merge: 'Gộp vào đơn vị khác…',
    delete: 'Xóa đơn vị',
  },
  form: {
    addTitle: 'Thêm đơn vị',
    editTitle: 'Sửa đơn vị',
    save: 'Lưu',
    cancel: 'Hủy',
    name: 'Tên đơn vị',
    namePlaceholder: 'Ví dụ: Sở Y tế',
    nameRequired: 'Cần nhập tên đơn vị.',
    block: 'Khối',
    blockPlaceholder: 'Chọn khối có sẵn hoặc gõ tên khối mới',
    blockHelp: 'Đơn vị được tổng hợp theo khối trong các báo cáo.',
    newBlock: (name: string) => `Khối mới: ${name}`,
    parent: 'Đơn vị cấp trên',
    parentPlaceholder: 'Không có (để trống nếu không trực thuộc đơn vị nào trong danh sách)',
    created: (name: string) => `Đã thêm đơn vị "${name}".`,
    saved: (name: string) => `Đã lưu đơn vị "${name}".`,
  },
  merge: {
    title: (name: string) => `Gộp đơn vị "${name}" vào đơn vị khác`,
    explain: (name: string, systems: number) =>
      `${formatCount(systems)} hệ thống thông tin của "${name}" (và các đơn vị cấp dưới, nếu có) sẽ được chuyển sang đơn vị được chọn, rồi "${name}" bị xóa. Mỗi thay đổi được ghi vào lịch sử.`,
    target: 'Gộp vào đơn vị',
    targetPlaceholder: 'Chọn đơn vị nhận',
    targetRequired: 'Cần chọn đơn vị nhận.',
    ok: 'Gộp đơn vị',
    done: (source: string, target: string, systems: number) =>
      `Đã gộp "${source}" vào "${target}": chuyển ${formatCount(systems)} hệ thống thông tin.`,
  },
  /** "Nhập danh sách đơn vị (CSV)": the province's list (khối, stt, tên đơn vị) into the register. */
  list: {
    button: 'Nhập danh sách đơn vị (CSV)',
    filter: 'Danh sách đơn vị (.csv, .txt)',
    allFiles: 'Tất cả tệp',
    unreadableTitle: 'Không đọc được danh sách đơn vị',
    close: 'Đóng',
    title: 'Nhập danh sách đơn vị',
    source: (fileName: string, units: number, blocks: number) =>
      `Tệp “${fileName}”: ${formatCount(units)} đơn vị trong ${formatCount(blocks)} khối.`,
    help:
      'Đơn vị được so với sổ theo tên, không phân biệt chữ hoa, dấu và khoảng trắng. Tên đơn vị đã có trong sổ ' +
      'không bị đổi; khối chỉ được đổi ở những đơn vị bạn đánh dấu.',
    addTab: (n: number) => `Thêm mới (${formatCount(n)})`,
    changeTab: (n: number) => `Đổi khối (${formatCount(n)})`,
    matchingTab: (n: number) => `Đã khớp (${formatCount(n)})`,
    notListed: (n: number) => `${formatCount(n)} đơn vị trong sổ không có trong danh sách: giữ nguyên.`,
    incomplete: (n: number, rows: string) =>
      `${formatCount(n)} dòng có tên mà không có khối (hoặc có khối mà không có tên) nên bị bỏ qua: dòng ${rows}. ` +
      'Hãy ghi đủ cả hai cột trong tệp rồi nhập lại nếu cần.',
    repeated: (n: number, rows: string) =>
      `${formatCount(n)} dòng ghi lại một đơn vị đã có ở dòng trước nên bị bỏ qua (khối theo dòng đầu tiên): ${rows}.`,
    repeatedRow: (row: number, firstRow: number, otherBlock: boolean) =>
      `dòng ${row} (trùng dòng ${firstRow}${otherBlock ? ', khác khối' : ''})`,
    name: 'Tên đơn vị',
    block: 'Khối',
    row: 'Dòng',
    from: 'Khối hiện tại',
    to: 'Khối theo danh sách',
    noBlock: '(Chưa phân khối)',
    listWrites: (name: string) => `Danh sách ghi: ${name}`,
    tick: 'Đổi khối',
    tickAll: 'Đổi khối tất cả',
    changeHelp:
      'Đơn vị chưa phân khối được đánh dấu sẵn. Đơn vị đang thuộc khối khác chỉ được chuyển khi bạn đánh dấu.',
    nothingToAdd: 'Mọi đơn vị trong danh sách đã có trong sổ.',
    nothingToChange: 'Không đơn vị nào phải đổi khối.',
    nothingMatching: 'Chưa có đơn vị nào trong sổ khớp với danh sách.',
    ok: (add: number, change: number) => {
      const parts = []
      if (add > 0) parts.push(`thêm ${formatCount(add)} đơn vị`)
      if (change > 0) parts.push(`đổi khối ${formatCount(change)} đơn vị`)
      return parts.length > 0 ? `Nhập: ${parts.join(', ')}` : 'Không có gì để nhập'
    },
    cancel: 'Hủy',
    done: (add: number, change: number) =>
      `Đã nhập danh sách đơn vị: thêm ${formatCount(add)} đơn vị, đổi khối ${formatCount(change)} đơn vị. Mỗi thay đổi được ghi vào lịch sử.`,
  },
  remove: {
    confirmTitle: (name: string) => `Xóa đơn vị "${name}"?`,
    confirmBody: 'Đơn vị không còn hệ thống thông tin nào. Việc xóa được ghi vào lịch sử.',
    ok: 'Xóa',
    cancel: 'Hủy',
    refusedTitle: 'Không thể xóa đơn vị',
    close: 'Đóng',
    done: (name: string) => `Đã xóa đơn vị "${name}".`,
  },
} as const
