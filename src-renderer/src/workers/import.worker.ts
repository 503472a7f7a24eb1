/**
 * The Web Worker that reads inventory workbooks off the UI thread, so a 20,000-row file never
 * freezes the window. Wiring only: the work is in import-handler.ts.
 */
import { createImportHandler } from './import-handler'
import type { ImportWorkerRequest, ImportWorkerResponse } from './import-protocol'

/** The part of a dedicated worker's global scope used here (the renderer's types are the DOM's). */
interface WorkerScope {
  postMessage(message: ImportWorkerResponse): void
  addEventListener(type: 'message', listener: (event: MessageEvent<ImportWorkerRequest>) => void): void
}

const scope = self as unknown as WorkerScope
const handler = createImportHandler((response) => scope.postMessage(response))
scope.addEventListener('message', (event) => {
  void handler.handle(event.data)
})
