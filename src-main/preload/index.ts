/**
 * The preload: exposes exactly the CapdoApi functions as `window.capdo`, each one named IPC call.
 * It never hands the page ipcRenderer or a generic invoke, so the renderer can reach only these
 * named doors. Built sandboxed as one CommonJS file: it may require nothing but 'electron'.
 */
import { contextBridge, ipcRenderer } from 'electron'
import {
  CHANNELS,
  type AppInfo,
  type AutoBackupEntry,
  type CapdoApi,
  type Channel,
  type NotificationRequest,
  type NotificationResult,
  type OpenAttachmentRequest,
  type OpenAttachmentResult,
  type OpenFileRequest,
  type OpenFileResult,
  type PruneAutoBackupsRequest,
  type ReadAutoBackupRequest,
  type SaveFileRequest,
  type SaveFileResult,
  type SaveFolderRequest,
  type SaveFolderResult,
  type WriteAutoBackupRequest,
} from './api'

const REMOTE_ERROR_PREFIX = /^Error invoking remote method '[^']*': (?:\w*Error: )?/

/**
 * Electron rejects with "Error invoking remote method 'files:save-file': FileAccessError: <message>";
 * the page gets the main process's Vietnamese message alone.
 */
export function cleanRemoteError(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error)
  return new Error(message.replace(REMOTE_ERROR_PREFIX, ''))
}

async function invoke<Result>(channel: Channel, ...payload: [] | [unknown]): Promise<Result> {
  try {
    return await ipcRenderer.invoke(channel, ...payload)
  } catch (error) {
    throw cleanRemoteError(error)
  }
}

const api = {
  getAppInfo: () => invoke<AppInfo>(CHANNELS.getAppInfo),
  saveFile: (request: SaveFileRequest) => invoke<SaveFileResult>(CHANNELS.saveFile, request),
  saveFolder: (request: SaveFolderRequest) => invoke<SaveFolderResult>(CHANNELS.saveFolder, request),
  openFile: (request: OpenFileRequest) => invoke<OpenFileResult>(CHANNELS.openFile, request),
  showNotification: (request: NotificationRequest) =>
    invoke<NotificationResult>(CHANNELS.showNotification, request),
  writeAutoBackup: (request: WriteAutoBackupRequest) =>
    invoke<AutoBackupEntry>(CHANNELS.writeAutoBackup, request),
  listAutoBackups: () => invoke<AutoBackupEntry[]>(CHANNELS.listAutoBackups),
  readAutoBackup: (request: ReadAutoBackupRequest) => invoke<Uint8Array>(CHANNELS.readAutoBackup, request),
  pruneAutoBackups: (request: PruneAutoBackupsRequest) =>
    invoke<{ removed: number }>(CHANNELS.pruneAutoBackups, request),
  openAttachment: (request: OpenAttachmentRequest) =>
    invoke<OpenAttachmentResult>(CHANNELS.openAttachment, request),
} satisfies CapdoApi

contextBridge.exposeInMainWorld('capdo', api)
