/**
 * Errors the main process sends back through IPC, each with a Vietnamese message a user can act on.
 * Only the message crosses the process boundary (Electron sends `String(error)`), so the message
 * must say everything; the technical cause stays in main's log.
 */
import { z } from 'zod'

/** A call the main process refuses to handle: an untrusted sender or a malformed payload. */
export class IpcRequestError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'IpcRequestError'
  }
}

/** Reading or writing a file the user picked failed. */
export class FileAccessError extends Error {
  readonly code: string | undefined

  constructor(message: string, options: { cause?: unknown; code?: string } = {}) {
    super(message, { cause: options.cause })
    this.name = 'FileAccessError'
    this.code = options.code
  }
}

export const UNTRUSTED_SENDER_MESSAGE =
  'Yêu cầu bị từ chối: chỉ trang của CapDo mới được gọi chức năng này của ứng dụng.'

export function untrustedSenderError(): IpcRequestError {
  return new IpcRequestError(UNTRUSTED_SENDER_MESSAGE)
}

/** "Dữ liệu gửi tới không hợp lệ — data: tệp lớn hơn 100 MB" from a ZodError. */
export function invalidPayloadError(error: z.ZodError): IpcRequestError {
  const details = error.issues.map((issue) =>
    issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
  )
  return new IpcRequestError(`Dữ liệu gửi tới không hợp lệ — ${details.join('; ')}.`)
}

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code
  }
  return undefined
}

/** Why a file operation failed, in words a user can act on. */
export function describeFileSystemError(error: unknown): string {
  switch (errorCode(error)) {
    case 'EACCES':
    case 'EPERM':
      return 'không có quyền ghi/đọc ở đó, hoặc tệp đang được mở trong chương trình khác (ví dụ Excel)'
    case 'EBUSY':
      return 'tệp đang được chương trình khác sử dụng; hãy đóng chương trình đó rồi thử lại'
    case 'ENOSPC':
      return 'ổ đĩa đã đầy'
    case 'EROFS':
      return 'ổ đĩa chỉ cho phép đọc'
    case 'ENOENT':
      return 'thư mục hoặc tệp không còn tồn tại'
    case 'EISDIR':
      return 'đường dẫn đã chọn là một thư mục'
    default:
      return 'lỗi của hệ thống tệp'
  }
}

export function fileAccessError(action: 'lưu' | 'đọc', fileName: string, cause: unknown): FileAccessError {
  return new FileAccessError(`Không ${action} được tệp “${fileName}”: ${describeFileSystemError(cause)}.`, {
    cause,
    code: errorCode(cause),
  })
}
