/**
 * File-system failures (node:fs error codes) as messages a person can act on, in Vietnamese.
 */

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  return typeof error.code === 'string' ? error.code : undefined
}

const detail = (error: unknown): string => (error instanceof Error ? error.message : String(error))

export function readFailure(path: string, error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return `Không tìm thấy tệp "${path}".`
    case 'EISDIR':
      return `"${path}" là một thư mục, không phải tệp Excel.`
    case 'EACCES':
    case 'EPERM':
      return `Không có quyền đọc tệp "${path}".`
    default:
      return `Không mở được tệp "${path}": ${detail(error)}`
  }
}

export function writeFailure(path: string, error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return `Không ghi được "${path}": thư mục chứa tệp không tồn tại.`
    case 'EISDIR':
      return `Không ghi được "${path}": đó là một thư mục.`
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `Không ghi được "${path}": không có quyền ghi vào đó.`
    case 'ENOSPC':
      return `Không ghi được "${path}": ổ đĩa đã đầy.`
    default:
      return `Không ghi được "${path}": ${detail(error)}`
  }
}
