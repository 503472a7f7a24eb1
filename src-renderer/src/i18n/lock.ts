/** Strings of the screen lock: the lock screen, its header button and Settings → "Khóa màn hình". */
export const lockText = {
  tab: 'Khóa màn hình',
  screen: {
    title: 'CapDo đang khóa',
    help: 'Nhập mật khẩu khóa màn hình để tiếp tục. Công việc đang làm dở vẫn được giữ nguyên.',
    passphrase: 'Mật khẩu',
    unlock: 'Mở khóa',
    checking: 'Đang kiểm tra…',
    wrong: 'Mật khẩu không đúng.',
    wait: (seconds: number) => `Nhập sai nhiều lần. Thử lại sau ${seconds} giây.`,
    forgot:
      'Quên mật khẩu: dữ liệu không bị mất và không bị mã hóa. Xem mục "Khóa màn hình" trong tài liệu hướng dẫn (README) để tắt khóa trên máy này.',
  },
  button: 'Khóa màn hình',
  shortcut: 'Ctrl+Shift+L',
  settings: {
    intro:
      'Khóa màn hình che ứng dụng khi máy tính dùng chung không có người trông: sau một khoảng thời gian không thao tác, hoặc khi bấm nút khóa (Ctrl+Shift+L), phải nhập mật khẩu mới dùng tiếp được.',
    plainly:
      'Đây chỉ là khóa màn hình. Dữ liệu vẫn lưu trên máy này và không được mã hóa; người có quyền truy cập máy tính vẫn có thể sao chép dữ liệu. Mật khẩu chỉ áp dụng cho máy tính này, không nằm trong bản sao lưu hay dữ liệu gửi lên.',
    enabled: 'Đang bật khóa màn hình.',
    disabled: 'Khóa màn hình đang tắt.',
    newPassphrase: 'Mật khẩu mới',
    confirm: 'Nhập lại mật khẩu',
    current: 'Mật khẩu hiện tại',
    idleMinutes: 'Tự khóa sau (phút không thao tác)',
    enable: 'Bật khóa màn hình',
    change: 'Đổi mật khẩu',
    disable: 'Tắt khóa màn hình',
    saveMinutes: 'Lưu thời gian',
    lockNow: 'Khóa ngay',
    enabledDone: 'Đã bật khóa màn hình.',
    changedDone: 'Đã đổi mật khẩu khóa màn hình.',
    disabledDone: 'Đã tắt khóa màn hình.',
    minutesDone: (m: number) => `Ứng dụng sẽ tự khóa sau ${m} phút không thao tác.`,
    errors: {
      tooShort: (n: number) => `Mật khẩu phải có ít nhất ${n} ký tự.`,
      mismatch: 'Hai lần nhập mật khẩu không khớp.',
      wrongCurrent: 'Mật khẩu hiện tại không đúng.',
      minutes: (min: number, max: number) => `Thời gian phải là số phút nguyên từ ${min} đến ${max}.`,
    },
  },
}
