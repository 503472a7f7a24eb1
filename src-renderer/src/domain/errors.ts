/**
 * Errors the rules raise. Each carries a stable code (for code and tests) and a Vietnamese
 * message a user can act on; the UI shows the message as is.
 */
export class DomainError extends Error {
  readonly code: string
  readonly details?: Readonly<Record<string, unknown>>

  constructor(code: string, message: string, details?: Record<string, unknown>) {
    super(message)
    this.name = 'DomainError'
    this.code = code
    this.details = details
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError
}
