/**
 * The browser implementation of the preload API, used by `npm run web` and the end-to-end tests
 * where there is no Electron: saving is a download, opening is a file input. Same type as the
 * desktop's, so no screen knows which one it talks to.
 */
import type {
  AppInfo,
  CapdoApi,
  NotificationRequest,
  NotificationResult,
  OpenAttachmentRequest,
  OpenAttachmentResult,
  OpenFileRequest,
  OpenFileResult,
  SaveFileRequest,
  SaveFileResult,
  SaveFolderRequest,
  SaveFolderResult,
} from '../../../src-main/preload/api'
import { MAX_FILE_BYTES } from '../../../src-main/preload/api'
import { zipSync } from 'fflate'
import { DomainError } from '../domain/errors'
import { createBrowserBackups, type BrowserBackups } from './browser-backups'

/**
 * The file input's accept list. A filter for any file ("*") cannot be listed: the browser's own
 * dialog offers "All files" beside the types listed, so "*" alone accepts anything.
 */
export function acceptAttribute(request: OpenFileRequest): string {
  const extensions = request.filters.flatMap((f) => f.extensions)
  if (extensions.length > 0 && extensions.every((e) => e === '*')) return ''
  return extensions
    .filter((e) => e !== '*')
    .map((e) => `.${e}`)
    .join(',')
}

/** Hands bytes to the browser as a download named `name`. */
function download(doc: Document, name: string, data: Uint8Array): void {
  const blob = new Blob([data as BlobPart])
  const url = URL.createObjectURL(blob)
  try {
    const a = doc.createElement('a')
    a.href = url
    a.download = name
    doc.body.appendChild(a)
    a.click()
    a.remove()
  } finally {
    // Revoke after the click has been handled; the download keeps its own reference.
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
}

export function createBrowserApi(
  version: string,
  doc: Document = document,
  backups: BrowserBackups = createBrowserBackups(),
): CapdoApi {
  return {
    async getAppInfo(): Promise<AppInfo> {
      return { name: 'CapDo', version, shell: 'browser' }
    },

    async saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
      download(doc, request.suggestedName, request.data)
      return { status: 'saved', fileName: request.suggestedName }
    },

    /**
     * A browser cannot write a folder: the files go into one .zip named after it (stored, not
     * deflated again: the round's workbooks are zips already), downloaded like any saved file.
     */
    async saveFolder(request: SaveFolderRequest): Promise<SaveFolderResult> {
      const files = Object.fromEntries(request.files.map((f) => [f.name, f.data]))
      const name = `${request.suggestedName}.zip`
      download(doc, name, zipSync(files, { level: 0 }))
      return { status: 'saved', folderName: name, count: request.files.length }
    },

    async showNotification({ title, body }: NotificationRequest): Promise<NotificationResult> {
      // The browser's own Notification API, only where the user allows it.
      if (typeof Notification === 'undefined') return { shown: false }
      const permission =
        Notification.permission === 'default'
          ? await Notification.requestPermission()
          : Notification.permission
      if (permission !== 'granted') return { shown: false }
      new Notification(title, { body, icon: './favicon.svg', lang: 'vi' })
      return { shown: true }
    },

    openFile(request: OpenFileRequest): Promise<OpenFileResult> {
      return new Promise((resolve, reject) => {
        const input = doc.createElement('input')
        input.type = 'file'
        input.accept = acceptAttribute(request)
        input.style.display = 'none'
        input.addEventListener('change', () => {
          const file = input.files?.[0]
          input.remove()
          if (!file) return resolve({ status: 'canceled' })
          if (file.size > MAX_FILE_BYTES) {
            return reject(
              new DomainError(
                'file_too_large',
                `Tệp "${file.name}" quá lớn (tối đa ${MAX_FILE_BYTES / 1024 / 1024} MB).`,
              ),
            )
          }
          file
            .arrayBuffer()
            .then((buffer) =>
              resolve({ status: 'opened', fileName: file.name, data: new Uint8Array(buffer) }),
            )
            .catch(reject)
        })
        input.addEventListener('cancel', () => {
          input.remove()
          resolve({ status: 'canceled' })
        })
        doc.body.appendChild(input)
        input.click()
      })
    },

    async openAttachment({ name, type, data }: OpenAttachmentRequest): Promise<OpenAttachmentResult> {
      // A blob URL, never a path: PDFs and most images open in a new tab; TIFF, which browsers
      // do not display, is downloaded instead.
      const url = URL.createObjectURL(new Blob([data as BlobPart], { type }))
      const a = doc.createElement('a')
      a.href = url
      if (type === 'image/tiff') a.download = name
      else {
        a.target = '_blank'
        a.rel = 'noopener'
      }
      doc.body.appendChild(a)
      a.click()
      a.remove()
      // The new tab has loaded the bytes long before; revoking frees them.
      setTimeout(() => URL.revokeObjectURL(url), 60_000)
      return { opened: true }
    },

    // Automatic backups stay in the browser, in their own IndexedDB database.
    writeAutoBackup: ({ data, reason, keep }) => backups.write(data, reason, keep),
    listAutoBackups: () => backups.list(),
    readAutoBackup: ({ name }) => backups.read(name),
    pruneAutoBackups: ({ keep }) => backups.prune(keep),
  }
}
