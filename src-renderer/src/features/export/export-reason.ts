import { exchangeText } from '../../i18n/exchange'
import { exportText as t } from '../../i18n/export'
import type { ExportKind } from './export-options'

/**
 * Why an export button of the screen cannot be used now, or null: one export runs at a time, and a
 * workbook needs at least one sheet. The button of the export under way shows its progress instead.
 */
export function exportReason(
  kind: ExportKind,
  state: { running: ExportKind | null; needsSheets?: boolean; officeLoading?: boolean },
): string | null {
  if (state.running === kind) return null
  if (state.running !== null) return t.busyReason
  if (state.needsSheets) return t.noSheetsReason
  if (state.officeLoading) return exchangeText.officeLoading
  return null
}
