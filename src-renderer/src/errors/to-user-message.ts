/**
 * One place that turns any error into what the user reads: a DomainError already speaks
 * Vietnamese; storage and unknown errors get a sentence that says what to do. The technical
 * detail goes to the console for the log, never instead of the message.
 */
import { isDomainError } from '../domain/errors'
import { vi } from '../i18n/vi'

export function toUserMessage(error: unknown): string {
  if (isDomainError(error)) return error.message
  if (error instanceof Error) {
    const name = error.name
    if (name === 'QuotaExceededError' || name === 'DatabaseClosedError' || name === 'OpenFailedError') {
      return vi.errors.storage
    }
  }
  return vi.errors.unexpected
}

export function reportError(error: unknown): string {
  // A refusal by the rules (a DomainError) is expected behaviour, not a fault: a warning in the log.
  if (isDomainError(error)) console.warn(`${error.code}: ${error.message}`)
  else console.error(error)
  return toUserMessage(error)
}
