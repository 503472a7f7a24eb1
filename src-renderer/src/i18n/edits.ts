/**
 * The strings of saving over a record changed elsewhere (another window or tab) and of deleting a
 * system from its page.
 */
export const editsText = {
  conflict: {
    title: 'Bản ghi đã được thay đổi ở cửa sổ khác',
    intro:
      'Từ lúc bạn mở trang này, bản ghi đã được lưu ở nơi khác (cửa sổ hoặc thẻ khác). Các trường dưới đây đã bị sửa ở cả hai nơi với giá trị khác nhau. Chưa có gì được lưu: hãy chọn giá trị giữ lại cho từng trường rồi bấm “Lưu”. Các thay đổi ở những trường khác được kết hợp tự động.',
    field: 'Trường',
    stored: 'Đã lưu ở nơi khác',
    mine: 'Bạn vừa sửa',
    save: 'Lưu',
    later: 'Để sau',
    undecided: (n: number) => `Còn ${n} trường chưa chọn.`,
    keepAllStored: 'Giữ toàn bộ bản đã lưu',
    keepAllMine: 'Giữ toàn bộ bản của bạn',
  },
  savedCombined: (fields: string) =>
    `Đã lưu thay đổi, kết hợp với thay đổi được lưu ở cửa sổ khác (${fields}).`,
  deleteSystem: {
    button: 'Xóa hệ thống',
    title: (name: string) => `Xóa hệ thống “${name}”?`,
    intro: 'Hệ thống sẽ bị xóa khỏi sổ theo dõi cùng với:',
    assessments: (n: number) => `${n} lần kiểm tra, đánh giá`,
    attachments: (n: number) => `${n} tệp đính kèm (nội dung tệp bị xóa khỏi máy này)`,
    nothingElse: 'Hệ thống chưa có lần kiểm tra, đánh giá hay tệp đính kèm nào.',
    historyKept:
      'Lịch sử thay đổi của hệ thống vẫn được giữ lại. Lần gửi dữ liệu tiếp theo sẽ báo việc xóa này cho các đơn vị đã nhận hệ thống.',
    irreversible: 'Không thể hoàn tác, trừ khi khôi phục từ một bản sao lưu.',
    confirm: 'Xóa hệ thống',
    cancel: 'Hủy',
    unsaved: 'Các thay đổi chưa lưu trên trang này cũng sẽ bị bỏ.',
    done: (name: string) => `Đã xóa hệ thống “${name}”.`,
  },
}
