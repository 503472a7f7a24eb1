/**
 * The renderer's cage, as plain functions over the Electron objects they are handed (so Vitest runs
 * them with fakes): the Content-Security-Policy, no permissions, no navigation away from the app's
 * own page, no new windows, no <webview>, no request that leaves this machine, and the check that an
 * IPC call comes from the app's own page.
 */

/** Directive by directive, so a change reads as one line in a diff. */
const PRODUCTION_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  // antd (CSS-in-JS) injects <style> elements at run time, so inline styles must stay allowed.
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  // The Excel worker may be built as a file beside the page or started from a blob: URL.
  ['worker-src', "'self' blob:"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
]

function serialize(directives: ReadonlyArray<readonly [string, string]>): string {
  return directives.map(([name, value]) => `${name} ${value}`).join('; ')
}

/** The policy of the built app. */
export const CONTENT_SECURITY_POLICY = serialize(PRODUCTION_DIRECTIVES)

function parseUrl(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

function isHttp(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:'
}

/**
 * The policy for a page at `appUrl`. While developing (the page comes from Vite's dev server),
 * @vitejs/plugin-react inserts an inline module script (the Fast Refresh preamble), so scripts also
 * allow 'unsafe-inline' there; the built app never gets that.
 */
export function contentSecurityPolicy(appUrl: string): string {
  const app = parseUrl(appUrl)
  if (app === null || !isHttp(app)) return CONTENT_SECURITY_POLICY
  return serialize(
    PRODUCTION_DIRECTIVES.map(([name, value]) =>
      name === 'script-src' ? ([name, `${value} 'unsafe-inline'`] as const) : ([name, value] as const),
    ),
  )
}

/**
 * Whether `url` belongs to the app's own page: for the built app, a file under the folder holding
 * index.html (out/renderer); for the dev server, the same origin. The URL parser resolves `..` and
 * its percent-encoded forms before the prefix test, so a path cannot climb out of the folder.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  const target = parseUrl(url)
  const app = parseUrl(appUrl)
  if (target === null || app === null) return false
  if (app.protocol === 'file:') {
    const appFolder = app.pathname.slice(0, app.pathname.lastIndexOf('/') + 1)
    return target.protocol === 'file:' && target.host === app.host && target.pathname.startsWith(appFolder)
  }
  return isHttp(app) && target.origin === app.origin
}

/** A sender frame as Electron hands it to an IPC handler (`event.senderFrame`); null once it is gone. */
export interface FrameLike {
  readonly url: string
}

/** IPC calls are answered only for the app's own page, never for a frame that navigated elsewhere. */
export function isTrustedSender(frame: FrameLike | null | undefined, appUrl: string): boolean {
  return frame != null && isAppUrl(frame.url, appUrl)
}

/**
 * Requests the renderer may make: its own files (or the dev server, with its hot-reload socket), the
 * developer tools, and data:/blob: URLs created in the page. Everything else is remote content and
 * is cancelled: the app works offline and loads nothing from the network.
 */
export function isAllowedRequest(url: string, appUrl: string): boolean {
  const target = parseUrl(url)
  const app = parseUrl(appUrl)
  if (target === null || app === null) return false
  switch (target.protocol) {
    case 'devtools:':
    case 'data:':
    case 'blob:':
      return true
    case 'file:':
    case 'http:':
    case 'https:':
      return isAppUrl(url, appUrl)
    case 'ws:':
    case 'wss:':
      return isHttp(app) && target.host === app.host
    default:
      return false
  }
}

type ResponseHeaders = Record<string, string[]>

/** The part of Electron's Session that `hardenSession` touches. */
export interface SessionLike {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void
  webRequest: {
    onBeforeRequest(
      listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void,
    ): void
    onHeadersReceived(
      listener: (
        details: { url: string; responseHeaders?: ResponseHeaders },
        callback: (response: { responseHeaders: ResponseHeaders }) => void,
      ) => void,
    ): void
  }
}

/** Adds the policy to a response's headers, replacing any policy header whatever its spelling. */
export function withContentSecurityPolicy(
  headers: ResponseHeaders | undefined,
  policy: string,
): ResponseHeaders {
  const kept = Object.entries(headers ?? {}).filter(
    ([name]) => name.toLowerCase() !== 'content-security-policy',
  )
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [policy] }
}

export function hardenSession(
  session: SessionLike,
  appUrl: string,
  warn: (message: string) => void = console.warn,
): void {
  session.setPermissionRequestHandler((_webContents, permission, callback) => {
    warn(`Denied permission request: ${permission}`)
    callback(false)
  })
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, appUrl)
    if (!allowed) warn(`Blocked request: ${details.url}`)
    callback({ cancel: !allowed })
  })
  const policy = contentSecurityPolicy(appUrl)
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) })
  })
}

export interface NavigationEventLike {
  readonly url: string
  preventDefault(): void
}

/** The part of Electron's WebContents that `hardenWebContents` touches. */
export interface WebContentsLike {
  on(event: 'will-navigate', listener: (event: NavigationEventLike) => void): unknown
  on(event: 'will-redirect', listener: (event: NavigationEventLike) => void): unknown
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void
}

/** Applied to every WebContents as it is created (app 'web-contents-created'). */
export function hardenWebContents(
  contents: WebContentsLike,
  appUrl: string,
  warn: (message: string) => void = console.warn,
): void {
  const stayOnAppPage = (event: NavigationEventLike): void => {
    if (isAppUrl(event.url, appUrl)) return
    warn(`Blocked navigation to ${event.url}`)
    event.preventDefault()
  }
  contents.on('will-navigate', stayOnAppPage)
  contents.on('will-redirect', stayOnAppPage)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler((details) => {
    warn(`Blocked window.open(${details.url})`)
    return { action: 'deny' }
  })
}
