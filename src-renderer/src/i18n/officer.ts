/** Strings of Settings → "Người sử dụng": the officer's name written with every change. */
export const officerText = {
  tab: 'Người sử dụng',
  intro:
    'Tên (và chức vụ) của người sử dụng máy này được ghi kèm mỗi thay đổi trong lịch sử — sửa thông tin, bước hồ sơ, nhập Excel, nhận dữ liệu, khôi phục bản sao lưu — để khi sổ theo dõi được chuyển giữa các đồng nghiệp vẫn biết ai đã làm gì.',
  local:
    'Tên chỉ lưu trên máy này: không nằm trong bản sao lưu hay tệp gửi đi, nên khôi phục trên máy khác không ghi tên của bạn cho người khác.',
  label: 'Tên người sử dụng',
  placeholder: 'Ví dụ: Nguyễn Văn An — Chuyên viên Phòng Công nghệ thông tin',
  save: 'Lưu tên',
  saveUnavailable: 'Tên chưa thay đổi: sửa tên ở ô trên thì nút “Lưu tên” dùng được.',
  saved: (name: string) => `Từ nay các thay đổi được ghi tên “${name}”.`,
  cleared: 'Đã xóa tên: các thay đổi từ nay ghi “Trên máy này”.',
  none: 'Chưa có tên: lịch sử đang ghi “Trên máy này” cho mọi thay đổi.',
  current: (name: string) => `Các thay đổi đang được ghi tên “${name}”.`,
  tooLong: (max: number) => `Tên dài quá ${max} ký tự; hãy viết gọn lại.`,
} as const
