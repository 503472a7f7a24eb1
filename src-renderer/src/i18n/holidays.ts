/** Strings of Settings → "Ngày nghỉ lễ": the holiday calendar working days are counted by. */
export const holidaysText = {
  tab: 'Ngày nghỉ lễ',
  intro:
    'Thời hạn thẩm định, phê duyệt tính theo ngày làm việc bỏ qua thứ Bảy, Chủ nhật và các ngày nghỉ dưới đây. Các ngày có sẵn theo Bộ luật Lao động 2019 (Điều 111, 112) và thông báo nghỉ lễ hằng năm; khi Thủ tướng công bố lịch nghỉ của năm (ngày nghỉ bù, ngày làm bù), hãy thêm hoặc bỏ ngày ở đây.',
  year: 'Năm',
  facts: {
    lunarNewYear: 'Mùng 1 Tết Âm lịch',
    hungKings: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
    notice: 'Văn bản công bố lịch nghỉ',
    noNotice: 'Chưa có thông báo của năm: Tết và ngày liền kề Quốc khánh theo mặc định của luật',
  },
  columns: {
    date: 'Ngày',
    name: 'Tên ngày',
    kind: 'Loại',
    basis: 'Căn cứ',
    action: 'Thao tác',
  },
  kind: { off: 'Ngày nghỉ', workday: 'Ngày làm bù' },
  builtIn: 'Có sẵn',
  added: 'Tự thêm',
  notApplied: 'Không áp dụng',
  addedBasis: 'Do cán bộ thêm trong Cài đặt',
  weekday: ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
  summary: (off: number, workdays: number) =>
    `${off} ngày nghỉ trong ngày làm việc${workdays ? `, ${workdays} ngày làm bù` : ''}`,
  actions: {
    remove: 'Bỏ ngày này',
    removeConfirm: (date: string, name: string, kind: 'off' | 'workday') =>
      `Không áp dụng ngày ${date} (${name})? Ngày này sẽ ${
        kind === 'off' ? 'được tính là ngày làm việc' : 'không còn là ngày làm việc'
      }.`,
    restore: 'Áp dụng lại',
    delete: 'Xóa',
    deleteConfirm: (date: string, name: string) => `Xóa ngày ${date} (${name})?`,
    yes: 'Đồng ý',
    no: 'Hủy',
  },
  form: {
    title: 'Thêm ngày',
    kind: 'Loại ngày',
    date: 'Ngày (dd/mm/yyyy)',
    name: 'Tên ngày',
    namePlaceholder: 'Ví dụ: Nghỉ bù Tết theo thông báo của Thủ tướng',
    submit: 'Thêm ngày',
    dateRequired: 'Cần chọn ngày (dd/mm/yyyy).',
    nameRequired: 'Cần nhập tên ngày.',
    workdayHelp: 'Ngày làm bù là thứ Bảy (hoặc Chủ nhật) được tính là ngày làm việc.',
  },
  done: {
    add_day_off: (date: string) => `Đã thêm ngày nghỉ ${date}.`,
    add_workday: (date: string) => `Đã thêm ngày làm bù ${date}.`,
    remove_built_in: (date: string) => `Ngày ${date} không còn là ngày nghỉ.`,
    restore_built_in: (date: string) => `Đã áp dụng lại ngày ${date}.`,
    delete_added: (date: string) => `Đã xóa ngày ${date}.`,
  },
  empty: 'Năm này không có ngày nghỉ nào trong lịch.',
} as const
