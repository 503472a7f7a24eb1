/**
 * The running export's progress, in a small store of its own (one per screen): a progress update
 * re-renders the progress bar that shows it, not the whole screen with its pickers and cards —
 * the worker reports a hundred steps, and the window must stay responsive while it does.
 */
import { createStore, useStore, type StoreApi } from 'zustand'
import type { exportText } from '../../i18n/export'
import type { ExportKind } from './export-options'

export type ExportPhase = keyof typeof exportText.phase

export interface ExportProgress {
  kind: ExportKind
  phase: ExportPhase
  /** 0–100. */
  percent: number
}

export type ProgressStore = StoreApi<{ progress: ExportProgress | null }>

export function createProgressStore(): ProgressStore {
  return createStore(() => ({ progress: null as ExportProgress | null }))
}

/** The progress of an export of this kind, or null when none is running. */
export function useKindProgress(store: ProgressStore, kind: ExportKind): ExportProgress | null {
  return useStore(store, (s) => (s.progress?.kind === kind ? s.progress : null))
}

/** Which export is running (re-renders only when one starts or ends). */
export function useRunningKind(store: ProgressStore): ExportKind | null {
  return useStore(store, (s) => s.progress?.kind ?? null)
}
