/**
 * `round requests …` and `round collect …`: a collection round on files alone (issue #17).
 */
import { EXIT, type CliIo } from '../io'
import { roundCollectCommand, ROUND_COLLECT_USAGE } from './round-collect'
import { roundRequestsCommand, ROUND_REQUESTS_USAGE } from './round-requests'

export const ROUND_USAGE = `${ROUND_REQUESTS_USAGE}
${ROUND_COLLECT_USAGE}`

export const ROUND_HELP = `    Đợt thu thập số liệu: tạo phiếu gửi từng đơn vị và tổng hợp phiếu các đơn vị gửi lại.
    round requests: một phiếu Excel cho mỗi đơn vị trong danh sách (CSV: khoi, stt, ten_don_vi),
      ghi sẵn các hệ thống của đơn vị, kèm dấu phiếu ẩn; ghi thêm dot-thu-thap.json (hồ sơ đợt).
      --as-of        ngày "Tính đến ngày" của số liệu (bắt buộc)
      --out          thư mục ghi phiếu (bắt buộc; tạo nếu chưa có)
      --letter-no    số, ký hiệu công văn (mặc định ".../<năm>", để điền sau)
      --letter-date  ngày công văn (mặc định ngày --as-of)
      --due          hạn gửi lại (mặc định 14 ngày sau ngày công văn hoặc ngày --as-of)
      --subject      trích yếu
    round collect: đọc các phiếu gửi lại, nhận ra đợt và đơn vị qua dấu phiếu, in với mỗi đơn vị các
      hệ thống thêm, sửa (từng trường), giữ nguyên, đơn vị bỏ (chờ quyết định, không xóa), dòng của
      đơn vị khác (không áp dụng), lỗi; và các đơn vị chưa báo cáo. Phiếu có lỗi không được áp dụng.
      --json         in đúng một đối tượng JSON { "round", "replies", "notReplied", "out" }
      --out          ghi danh mục đã tổng hợp ra tệp Excel (nhập lại được vào CapDo)
      --round        hồ sơ đợt (dot-thu-thap.json) để kiểm tra phiếu: đợt, đơn vị, mã xác nhận, đợt đã đóng`

export async function roundCommand(args: readonly string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args
  if (sub === 'requests') return roundRequestsCommand(rest, io)
  if (sub === 'collect') return roundCollectCommand(rest, io)
  io.stderr(
    `${sub === undefined ? 'Thiếu lệnh con của "round".' : `Không có lệnh "round ${sub}".`} Dùng "round requests" hoặc "round collect".\n${ROUND_USAGE}\n`,
  )
  return EXIT.usage
}
