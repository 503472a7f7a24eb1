/**
 * Checks every repo applies before it writes. Inputs come from forms, imports and other offices,
 * so values are checked at run time, not only by their TypeScript types; a refusal is a
 * DomainError whose Vietnamese message names the field.
 */
import { isIsoDate, type IsoDate } from '../domain/calendar-date'
import { DomainError } from '../domain/errors'
import { normalizeText } from '../domain/text'
import { isLevel, type Level } from '../domain/types'
import { fieldLabel } from './field-labels'

/** A single-line text: NFC, trimmed, single spaces. Absent is ''. */
export function cleanText(value: unknown, field: string): string {
  if (value === undefined || value === null) return ''
  if (typeof value !== 'string') {
    throw new DomainError('invalid_text', `${fieldLabel(field)} phải là văn bản.`, { field, value })
  }
  return normalizeText(value)
}

/**
 * A multi-line text (description, notes, findings): NFC and trimmed, but its line breaks kept,
 * which normalizeText would fold into spaces.
 */
export function cleanMultilineText(value: unknown, field: string): string {
  if (value === undefined || value === null) return ''
  if (typeof value !== 'string') {
    throw new DomainError('invalid_text', `${fieldLabel(field)} phải là văn bản.`, { field, value })
  }
  return value
    .normalize('NFC')
    .replace(/\r\n?/gu, '\n')
    .replace(/[^\S\n]+/gu, ' ')
    .trim()
}

export function requireName(value: unknown, message: string): string {
  const name = cleanText(value, 'name')
  if (!name) throw new DomainError('name_required', message)
  return name
}

export function checkLevel(value: unknown): Level | null {
  if (value === null || value === undefined) return null
  if (!isLevel(value)) {
    throw new DomainError(
      'invalid_level',
      'Cấp độ phải là một số từ 1 đến 5, hoặc để trống nếu chưa xác định.',
      {
        value,
      },
    )
  }
  return value
}

export function checkDate(value: unknown, field: string): IsoDate | null {
  if (value === null || value === undefined || value === '') return null
  if (!isIsoDate(value)) {
    throw new DomainError(
      'invalid_date',
      `${fieldLabel(field)} không phải là một ngày hợp lệ (dd/mm/yyyy).`,
      {
        field,
        value,
      },
    )
  }
  return value
}

export function requireDate(value: unknown, field: string): IsoDate {
  const date = checkDate(value, field)
  if (date === null)
    throw new DomainError('date_required', `Cần nhập ${fieldLabel(field).toLowerCase()}.`, { field })
  return date
}

export function checkOneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new DomainError('invalid_value', `${fieldLabel(field)} không hợp lệ.`, { field, value })
  }
  return value as T
}

export function checkOptionalOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  field: string,
): T | null {
  if (value === null || value === undefined) return null
  return checkOneOf(value, allowed, field)
}

export function checkListOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T[] {
  if (value === undefined || value === null) return []
  if (!Array.isArray(value)) {
    throw new DomainError('invalid_value', `${fieldLabel(field)} không hợp lệ.`, { field, value })
  }
  const items = value.map((v: unknown) => checkOneOf(v, allowed, field))
  // Stored in the order of `allowed`, without repeats, so equal sets compare equal.
  return allowed.filter((a) => items.includes(a))
}
