/** The strings of the dossier's Word drafts ("Soạn văn bản"). */
import { formatCount } from '../domain/number-format'
export const documentsText = {
  button: 'Soạn văn bản',
  hint: 'Tạo bản dự thảo Word (.docx) điền sẵn từ sổ theo dõi; phần để trống là phần cán bộ tự viết.',
  filter: 'Tài liệu Word',
  saved: (name: string) => `Đã lưu bản dự thảo “${name}”.`,
  zipFilter: 'Tệp nén ZIP',
  zipButton: 'Soạn văn bản hàng loạt',
  zipSaved: (n: number, name: string) => `Đã lưu ${formatCount(n)} bản dự thảo trong “${name}”.`,
  zipProgress: (done: number, total: number) => `Đang soạn ${formatCount(done)}/${formatCount(total)}…`,
} as const
