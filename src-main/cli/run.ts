/**
 * The CLI's dispatcher: `--help`, `--version` and the commands, each a function of (args, io)
 * returning its exit code. The entry (index.ts) only wires the real process to it.
 */
import { draftCommand, DRAFT_USAGE } from './commands/draft'
import { LEVEL_HELP, levelCommand, LEVEL_USAGE } from './commands/level'
import { reportCommand, REPORT_USAGE } from './commands/report'
import { ROUND_HELP, roundCommand, ROUND_USAGE } from './commands/round'
import { validateCommand, VALIDATE_USAGE } from './commands/validate'
import { EXIT, type CliIo } from './io'

export type Command = (args: readonly string[], io: CliIo) => Promise<number>

export const COMMANDS: Readonly<Record<string, Command>> = {
  validate: validateCommand,
  report: reportCommand,
  draft: (args, io) => draftCommand(args, io),
  level: levelCommand,
  round: roundCommand,
}

export const HELP = `CapDo — công cụ dòng lệnh cho sổ theo dõi cấp độ an toàn hệ thống thông tin

${VALIDATE_USAGE}
    Kiểm tra một tệp danh mục hệ thống như khi nhập vào CapDo và liệt kê từng ô có lỗi
    (số dòng như trong Excel, tên cột, giá trị, điều cần sửa).
    --date-order  thứ tự ngày, tháng của ngày ghi dạng chữ: ngay-thang (mặc định) hoặc thang-ngay
    --json        in ra đúng một đối tượng JSON { "errors": [...], "rows": <số dòng dữ liệu> }

${REPORT_USAGE}
    Đánh giá mọi hệ thống trong các tệp danh mục (hoặc tệp CapDo xuất ra) tính đến một ngày.
    --as-of      ngày tính số liệu (bắt buộc), ví dụ 2026-11-22
    --ruleset    bộ quy tắc, mặc định ND85-CT09-2024 (hoặc ND331-2026)
    --out        ghi báo cáo Excel ra tệp này
    --date-order ngay-thang (ngày trước, mặc định) hoặc thang-ngay (tháng trước)
    --json       in số liệu dạng JSON

${DRAFT_USAGE}
    Soạn một văn bản của hồ sơ đề xuất cấp độ (Mẫu 01–07 của Nghị định 331/2026 hoặc
    thuyết minh) cho một hệ thống trong tệp danh mục, thành tệp Word (.docx) để chỉnh sửa.
    --system   tên hoặc mã hệ thống (mã khi có hai hệ thống trùng tên)
    --form     01, 02, 03, 04, 05, 06, 07 hoặc thuyet-minh
    --regime   ND331 (mặc định) hoặc ND85
    --date     ngày ghi trên văn bản, mặc định hôm nay
    --date-order ngay-thang (ngày trước, mặc định) hoặc thang-ngay (tháng trước) cho ngày ghi dạng chữ

${LEVEL_USAGE}
${LEVEL_HELP}

${ROUND_USAGE}
${ROUND_HELP}

Tùy chọn chung:
    --help, -h       hiện hướng dẫn này
    --version, -v    hiện phiên bản

Mã thoát: 0 không có lỗi · 1 dữ liệu có lỗi · 2 sai cách dùng hoặc không đọc được tệp.
`

export async function runCli(argv: readonly string[], io: CliIo, info: { version: string }): Promise<number> {
  const [first, ...rest] = argv
  if (first === '--help' || first === '-h' || first === 'help') {
    io.stdout(HELP)
    return EXIT.ok
  }
  if (first === '--version' || first === '-v') {
    io.stdout(`${info.version}\n`)
    return EXIT.ok
  }
  if (first === undefined) {
    io.stderr(HELP)
    return EXIT.usage
  }
  const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined
  if (!command) {
    io.stderr(`Không có lệnh "${first}". Các lệnh: ${Object.keys(COMMANDS).join(', ')}. Xem: capdo --help\n`)
    return EXIT.usage
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(HELP)
    return EXIT.ok
  }
  return command(rest, io)
}
