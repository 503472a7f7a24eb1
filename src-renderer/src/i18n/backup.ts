/** Strings of Settings → "Sao lưu và khôi phục": backing up the whole register and restoring it. */
import type { AutoBackupReason } from '../domain/auto-backup-policy'
import { formatCount } from '../domain/number-format'

export const backupText = {
  tab: 'Sao lưu và khôi phục',
  backup: {
    title: 'Sao lưu',
    help: 'Lưu toàn bộ dữ liệu (đơn vị, hệ thống thông tin, kiểm tra đánh giá, tệp đính kèm, lịch sử thay đổi và cài đặt) vào một tệp nén có mã kiểm tra. Hãy cất tệp ở nơi an toàn, ngoài máy tính này.',
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
    exchange: 'Mục trao đổi dữ liệu',
    attachments: 'Tệp đính kèm',
    rounds: 'Đợt thu thập số liệu',
  },
  currentData: 'Dữ liệu hiện có',
  fileFilter: 'Tệp sao lưu CapDo',
  auto: {
    title: 'Sao lưu tự động',
    help: (shell: 'electron' | 'browser') =>
      `CapDo tự sao lưu toàn bộ dữ liệu mỗi ngày (lần mở ứng dụng đầu tiên trong ngày, và cứ 24 giờ một lần khi ứng dụng đang mở), trước mỗi lần nhập dữ liệu, nhận dữ liệu, khôi phục, và trước khi nâng cấp dữ liệu lên phiên bản mới. ${
        shell === 'electron'
          ? 'Các bản sao lưu được ghi vào thư mục “backups” trong thư mục dữ liệu của ứng dụng trên máy này.'
          : 'Các bản sao lưu được giữ trong trình duyệt này, tách riêng khỏi sổ theo dõi.'
      }`,
    keepLabel: 'Số bản sao lưu tự động giữ lại',
    keepSuffix: 'bản gần nhất',
    keepSave: 'Lưu',
    keepSaved: (keep: number, removed: number) =>
      removed > 0
        ? `Từ nay giữ lại ${keep} bản sao lưu tự động gần nhất; đã xóa ${removed} bản cũ hơn.`
        : `Từ nay giữ lại ${keep} bản sao lưu tự động gần nhất.`,
    keepConfirm: (removed: number) => `${removed} bản sao lưu tự động cũ nhất sẽ bị xóa ngay. Tiếp tục?`,
    keepConfirmOk: 'Xóa và lưu',
    empty: 'Chưa có bản sao lưu tự động nào.',
    columns: {
      createdAt: 'Thời điểm',
      reason: 'Lý do',
      size: 'Dung lượng',
      counts: 'Dữ liệu',
      action: 'Thao tác',
    },
    reason: {
      daily: 'Sao lưu hằng ngày',
      'before-import': 'Trước khi nhập dữ liệu',
      'before-restore': 'Trước khi khôi phục',
      'before-merge': 'Trước khi nhận dữ liệu',
      'before-upgrade': 'Trước khi nâng cấp',
      'before-round-reply': 'Trước khi nhận phiếu',
    },
    counts: (systems: number, units: number, assessments: number) =>
      `${formatCount(systems)} hệ thống · ${formatCount(units)} đơn vị · ${formatCount(assessments)} lần kiểm tra`,
    noCounts: 'Không đọc được phần đầu tệp',
    restore: 'Khôi phục',
    restoreLabel: (when: string) => `Bản sao lưu tự động lúc ${when}`,
    failed: (reason: AutoBackupReason, why: string) =>
      ({
        daily: `Không tạo được bản sao lưu tự động hằng ngày: ${why}`,
        'before-import': `Không tạo được bản sao lưu tự động trước khi nhập dữ liệu: ${why} Việc nhập dữ liệu vẫn được thực hiện; hãy bấm “Sao lưu ngay” trong Cài đặt khi có thể.`,
        'before-restore': `Không tạo được bản sao lưu tự động trước khi khôi phục: ${why} Việc khôi phục vẫn được thực hiện; bản sao an toàn vẫn có thể được lưu bằng nút “Lưu bản sao an toàn”.`,
        'before-merge': `Không tạo được bản sao lưu tự động trước khi nhận dữ liệu: ${why} Việc nhận dữ liệu vẫn được thực hiện.`,
        'before-upgrade': `Không tạo được bản sao lưu tự động trước khi nâng cấp dữ liệu lên phiên bản mới: ${why} Dữ liệu vẫn được nâng cấp (việc nâng cấp hoặc hoàn tất trọn vẹn, hoặc không thay đổi gì); hãy bấm “Sao lưu ngay” trong Cài đặt để có một bản sao lưu mới.`,
        'before-round-reply': `Không tạo được bản sao lưu tự động trước khi áp dụng phiếu của đơn vị: ${why} Phiếu vẫn được áp dụng; hãy bấm “Sao lưu ngay” trong Cài đặt khi có thể.`,
      })[reason],
    failedTitle: 'Sao lưu tự động không thành công',
    failures: {
      title: 'Có bản sao lưu tự động chưa được lưu',
      help: 'Các lần sao lưu dưới đây không tạo được bản khôi phục được, nên không có trong danh sách và không thay thế bản nào đã có. Hãy xử lý theo nguyên nhân ghi ở từng dòng, rồi bấm “Sao lưu ngay” để có một bản sao lưu mới.',
      item: (when: string, reason: string, why: string) => `${when} · ${reason}: ${why}`,
      dismiss: 'Đã xem',
    },
    beforeUpgrade: 'Đang sao lưu dữ liệu trước khi nâng cấp lên phiên bản mới…',
    listFailed: (why: string) => `Không đọc được danh sách bản sao lưu tự động: ${why}`,
  },
  storage: {
    title: 'Dung lượng lưu trữ',
    used: (used: string, quota: string) => `Đã dùng ${used} trên ${quota}`,
    unknown: 'Trình duyệt không cho biết dung lượng lưu trữ đã dùng.',
    persistence: {
      granted: 'Lưu trữ lâu dài: đã được cho phép. Dữ liệu không bị tự động xóa khi máy thiếu dung lượng.',
      denied:
        'Lưu trữ lâu dài: chưa được cho phép. Khi ổ đĩa gần đầy, trình duyệt có thể tự xóa dữ liệu của CapDo; hãy sao lưu ra tệp thường xuyên.',
      unsupported: 'Lưu trữ lâu dài: trình duyệt này không hỗ trợ.',
    },
    // The desktop app's store is a folder of its own, not a site's cache: Chromium's answer to
    // persist() (our permission handler denies every request) says nothing about it.
    desktop:
      'Dữ liệu nằm trong thư mục dữ liệu của CapDo trên máy này; bản sao lưu tự động được ghi vào thư mục "backups" bên cạnh.',
    lowTitle: 'Sắp hết dung lượng lưu trữ',
    low: (free: string, used: string, quota: string) =>
      `Chỉ còn ${free} trống (đã dùng ${used} trên ${quota}). Khi hết chỗ, CapDo sẽ không ghi được dữ liệu mới. Hãy giải phóng ổ đĩa và sao lưu dữ liệu ra tệp ngay.`,
  },
} as const
