/** The words of a round's papers: the cover letter and the list of units without a reply (issue #17). */
import { formatCount } from '../domain/number-format'

export const roundPapersText = {
  letter: 'Soạn công văn (.docx)',
  letterHint: 'Công văn đề nghị các đơn vị rà soát và gửi phiếu, “Nơi nhận” liệt kê mọi đơn vị của đợt.',
  letterFilter: 'Tài liệu Word',
  letterSaved: (name: string) => `Đã lưu công văn “${name}”.`,
  notReplied: 'Xuất danh sách đơn vị chưa báo cáo',
  notRepliedHint: (n: number) =>
    n === 0 ? 'Mọi đơn vị đã gửi báo cáo.' : `${formatCount(n)} đơn vị chưa gửi báo cáo, xếp theo khối.`,
  notRepliedFilter: 'Sổ tính Excel',
  notRepliedSaved: (n: number, name: string) =>
    `Đã lưu danh sách ${formatCount(n)} đơn vị chưa báo cáo vào “${name}”.`,
  folder: 'Tạo phiếu (thư mục)',
  folderHint: 'Lưu mỗi phiếu thành một tệp Excel trong một thư mục mới, để chép sang USB hoặc gửi từng tệp.',
  folderName: (letterNo: string) => `Phiếu thu thập - ${letterNo.replace(/[\\/:*?"<>|]+/gu, '-')}`,
  making: (done: number, total: number) => `Đang tạo phiếu ${formatCount(done)}/${formatCount(total)}…`,
  folderSaved: (n: number, folder: string) => `Đã lưu ${formatCount(n)} phiếu vào thư mục “${folder}”.`,
} as const
