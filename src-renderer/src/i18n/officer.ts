/** Strings of Settings → "Người sử dụng" and the first-start prompt: who is written with every change. */
export const officerText = {
  tab: 'Người sử dụng',
  intro:
    'Tên và chức vụ của người sử dụng máy này được ghi kèm mỗi thay đổi trong lịch sử — sửa thông tin, bước hồ sơ, nhập Excel, nhận dữ liệu, khôi phục bản sao lưu — để khi sổ theo dõi được chuyển giữa các đồng nghiệp vẫn biết ai đã làm gì.',
  local:
    'Tên chỉ lưu trên máy này: không nằm trong bản sao lưu hay tệp gửi đi, nên khôi phục trên máy khác không ghi tên của bạn cho người khác.',
  label: 'Tên người sử dụng',
  placeholder: 'Ví dụ: Nguyễn Văn An',
  titleLabel: 'Chức vụ',
  titlePlaceholder: 'Ví dụ: Chuyên viên Phòng Công nghệ thông tin',
  titleExtra: 'Lịch sử ghi “Tên (Chức vụ)”. Để trống nếu không cần.',
  titleNeedsName: 'Chức vụ được ghi kèm tên: hãy nhập tên người sử dụng, hoặc xóa chức vụ.',
  save: 'Lưu tên',
  saveUnavailable: 'Tên và chức vụ chưa thay đổi: sửa ở các ô trên thì nút “Lưu tên” dùng được.',
  saved: (who: string) => `Từ nay các thay đổi được ghi tên “${who}”.`,
  cleared: 'Đã xóa tên: các thay đổi từ nay ghi “Trên máy này”.',
  none: 'Chưa có tên: lịch sử đang ghi “Trên máy này” cho mọi thay đổi.',
  current: (who: string) => `Các thay đổi đang được ghi tên “${who}”.`,
  tooLong: (max: number) => `Dài quá ${max} ký tự; hãy viết gọn lại.`,
  welcome: {
    title: 'Ai đang sử dụng máy này?',
    hint: 'Tên và chức vụ được ghi kèm mỗi thay đổi trong lịch sử. Có thể bỏ qua và nhập sau ở Cài đặt → Người sử dụng.',
    save: 'Lưu',
    skip: 'Bỏ qua',
    nameRequired: 'Hãy nhập tên, hoặc bấm “Bỏ qua”.',
  },
} as const
