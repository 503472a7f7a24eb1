/**
 * The one door between the renderer and the main process. The preload exposes an object of this
 * type as `window.capdo`; the renderer's browser bridge implements the same type for `npm run web`.
 * Channel names live here once, `area:verb-noun`. Nothing here imports Node or Electron, so the
 * renderer's TypeScript project can include it and still cannot name a Node API.
 */
import type { AttachmentType } from '../../src-renderer/src/domain/attachments'
import type { AutoBackupEntry, AutoBackupReason } from '../../src-renderer/src/domain/auto-backup-policy'

export type {
  AutoBackupCounts,
  AutoBackupEntry,
  AutoBackupReason,
} from '../../src-renderer/src/domain/auto-backup-policy'

export const CHANNELS = {
  getAppInfo: 'app:get-info',
  saveFile: 'files:save-file',
  saveFolder: 'files:save-folder',
  openFile: 'files:open-file',
  showNotification: 'notifications:show',
  writeAutoBackup: 'backups:write-auto',
  listAutoBackups: 'backups:list-auto',
  readAutoBackup: 'backups:read-auto',
  pruneAutoBackups: 'backups:prune-auto',
  openAttachment: 'attachments:open',
} as const

export type Channel = (typeof CHANNELS)[keyof typeof CHANNELS]

export interface FileFilter {
  /** Shown in the dialog, in Vietnamese, e.g. "Sổ tính Excel". */
  name: string
  /** Without the dot: `xlsx`. */
  extensions: string[]
}

export interface AppInfo {
  name: string
  version: string
  /** Where the renderer runs: the desktop app, or a plain browser (`npm run web`). */
  shell: 'electron' | 'browser'
}

export interface SaveFileRequest {
  /** A file name only (no folders): the user picks the folder in the dialog. */
  suggestedName: string
  data: Uint8Array
  filters: FileFilter[]
}

/** Resolves only after the file is completely written; a failed write rejects. */
export type SaveFileResult = { status: 'saved'; fileName: string } | { status: 'canceled' }

/** Most files one folder may hold (a round's requests: one per unit, ≤ 5,000 units). */
export const MAX_FOLDER_FILES = 5000
/** Most bytes one folder may hold in all (a request workbook is ~50 KB; 5,000 of them ~250 MB). */
export const MAX_FOLDER_BYTES = 500 * 1024 * 1024

/**
 * Several files saved together in a new folder (a round's request workbooks): the user picks where,
 * main creates `suggestedName` there (with " (2)"… when the name is taken) and writes every file.
 */
export interface SaveFolderRequest {
  /** The new folder's name only (no path). */
  suggestedName: string
  /** File names only, distinct however they are cased. */
  files: { name: string; data: Uint8Array }[]
}

/** Resolves only after every file is completely written; a failed write rejects. */
export type SaveFolderResult = { status: 'saved'; folderName: string; count: number } | { status: 'canceled' }

export interface OpenFileRequest {
  filters: FileFilter[]
}

export type OpenFileResult = { status: 'opened'; fileName: string; data: Uint8Array } | { status: 'canceled' }

/** A desktop notification (reminders of what became overdue or due soon). */
export interface NotificationRequest {
  title: string
  body: string
}

/** `shown: false` when the system or the user does not allow notifications. */
export interface NotificationResult {
  shown: boolean
}

/** An automatic backup the renderer built; main stores it and keeps the newest `keep`. */
export interface WriteAutoBackupRequest {
  data: Uint8Array
  reason: AutoBackupReason
  /** The officer's setting, 1–365. */
  keep: number
}

export interface ReadAutoBackupRequest {
  /** A name from listAutoBackups (never a path). */
  name: string
}

export interface PruneAutoBackupsRequest {
  keep: number
}

/**
 * An attachment to show with the system viewer: its bytes, never a path. Main writes a copy into a
 * folder of its own (a safe name with the extension of `type`) and opens that.
 */
export interface OpenAttachmentRequest {
  name: string
  type: AttachmentType
  data: Uint8Array
}

/** `opened: false` when the computer has no program for the type (the UI says so). */
export interface OpenAttachmentResult {
  opened: boolean
}

export interface CapdoApi {
  getAppInfo(): Promise<AppInfo>
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>
  /** A new folder of files (desktop); the browser, which cannot write folders, downloads one .zip. */
  saveFolder(request: SaveFolderRequest): Promise<SaveFolderResult>
  openFile(request: OpenFileRequest): Promise<OpenFileResult>
  showNotification(request: NotificationRequest): Promise<NotificationResult>
  /** Resolves once the backup is completely stored (and the oldest beyond `keep` removed). */
  writeAutoBackup(request: WriteAutoBackupRequest): Promise<AutoBackupEntry>
  /** Newest first. */
  listAutoBackups(): Promise<AutoBackupEntry[]>
  readAutoBackup(request: ReadAutoBackupRequest): Promise<Uint8Array>
  /** Removes the automatic backups beyond the newest `keep`; answers how many went. */
  pruneAutoBackups(request: PruneAutoBackupsRequest): Promise<{ removed: number }>
  /** Opens a copy of an attached PDF or image with the system viewer (a new tab in the browser). */
  openAttachment(request: OpenAttachmentRequest): Promise<OpenAttachmentResult>
}

/** Largest file the app reads or writes through the door (a 100,000-system workbook is ~15 MB). */
export const MAX_FILE_BYTES = 100 * 1024 * 1024
