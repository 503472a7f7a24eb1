import type { IsoDate } from '../../domain/calendar-date'
import { BACKUP_EXTENSION } from './format'

/** `CapDo-sao-luu-2026-11-05.capdo` for a backup made on that day. */
export function backupFileName(day: IsoDate): string {
  return `CapDo-sao-luu-${day}.${BACKUP_EXTENSION}`
}

/** The safety copy taken before a restore: `CapDo-truoc-khoi-phuc-2026-11-05.capdo`. */
export function safetyFileName(day: IsoDate): string {
  return `CapDo-truoc-khoi-phuc-${day}.${BACKUP_EXTENSION}`
}
