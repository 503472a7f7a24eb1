/** Strings of Settings → "Sao lưu và khôi phục": backing up the whole register and restoring it. */
export const backupText = {
  tab: 'Sao lưu và khôi phục',
  backup: {
    title: 'Sao lưu',
    help: 'Lưu toàn bộ dữ liệu (đơn vị, hệ thống thông tin, kiểm tra đánh giá, lịch sử thay đổi và cài đặt) vào một tệp nén có mã kiểm tra. Hãy cất tệp ở nơi an toàn, ngoài máy tính này.',
    button: 'Sao lưu ngay',
    saved: (fileName: string) => `Đã lưu bản sao lưu "${fileName}".`,
  },
  restore: {
    title: 'Khôi phục',
    help: 'Thay toàn bộ dữ liệu hiện tại bằng dữ liệu trong một tệp sao lưu. Tệp được kiểm tra đầy đủ trước khi thay thế; nếu tệp hỏng hoặc không hợp lệ, dữ liệu hiện tại giữ nguyên.',
    button: 'Khôi phục từ tệp…',
    confirmTitle: 'Khôi phục dữ liệu từ bản sao lưu?',
    file: 'Tệp',
    createdAt: 'Thời điểm sao lưu',
    appVersion: 'Phiên bản CapDo',
    table: 'Dữ liệu',
    inBackup: 'Trong tệp sao lưu',
    current: 'Hiện tại',
    warning:
      'Toàn bộ dữ liệu hiện tại sẽ bị thay thế bằng dữ liệu trong tệp sao lưu. Trước khi thay thế, ứng dụng tạo một bản sao an toàn của dữ liệu hiện tại để bạn lưu lại.',
    ok: 'Khôi phục',
    cancel: 'Hủy',
    done: (units: number, systems: number, assessments: number) =>
      `Đã khôi phục ${systems} hệ thống thông tin của ${units} đơn vị và ${assessments} lần kiểm tra, đánh giá.`,
  },
  safety: {
    title: 'Bản sao an toàn của dữ liệu trước khi khôi phục',
    help: 'Dữ liệu trước khi khôi phục chỉ còn trong bản sao này. Hãy lưu lại nếu có thể cần quay về.',
    button: 'Lưu bản sao an toàn',
    saved: (fileName: string) => `Đã lưu bản sao an toàn "${fileName}".`,
  },
  counts: {
    units: 'Đơn vị',
    systems: 'Hệ thống thông tin',
    assessments: 'Lần kiểm tra, đánh giá',
    history: 'Mục lịch sử thay đổi',
    settings: 'Mục cài đặt',
  },
  currentData: 'Dữ liệu hiện có',
  fileFilter: 'Tệp sao lưu CapDo',
} as const
