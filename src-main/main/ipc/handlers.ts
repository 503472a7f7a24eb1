/**
 * Registers every handler of the preload API with ipcMain.handle. Each call is answered only for the
 * app's own page (the sender frame is checked first), and a payload that fails validation comes back
 * as one Vietnamese "dữ liệu gửi tới không hợp lệ" error. The handler map's type is the API type, so
 * a missing or mistyped handler does not compile.
 */
import { ZodError } from 'zod'
import { CHANNELS, type CapdoApi } from '../../preload/api'
import { isTrustedSender, type FrameLike } from '../security'
import { invalidPayloadError, untrustedSenderError } from './errors'

/** One handler per API function; each takes the renderer's payload as `unknown` and validates it. */
export type IpcHandlers = { [K in keyof CapdoApi]: (payload: unknown) => ReturnType<CapdoApi[K]> }

/** The part of Electron's IpcMainInvokeEvent the guard reads. */
export interface IpcInvokeEventLike {
  readonly senderFrame: FrameLike | null
}

/** The part of Electron's ipcMain used here. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcInvokeEventLike, payload?: unknown) => Promise<unknown>): void
}

export type IpcLog = (message: string, error?: unknown) => void

export function registerIpcHandlers(
  ipc: IpcMainLike,
  handlers: IpcHandlers,
  appUrl: string,
  log: IpcLog = console.error,
): void {
  for (const name of Object.keys(handlers) as Array<keyof CapdoApi>) {
    const channel = CHANNELS[name]
    const handler = handlers[name]
    ipc.handle(channel, async (event, payload) => {
      if (!isTrustedSender(event.senderFrame, appUrl)) {
        log(`Refused ${channel} from ${event.senderFrame?.url ?? 'a frame that is gone'}`)
        throw untrustedSenderError()
      }
      try {
        return await handler(payload)
      } catch (error) {
        log(`${channel} failed`, error)
        throw error instanceof ZodError ? invalidPayloadError(error) : error
      }
    })
  }
}
