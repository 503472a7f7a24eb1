import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  hardenSession,
  hardenWebContents,
  isAllowedRequest,
  isAppUrl,
  isTrustedSender,
  withContentSecurityPolicy,
  type NavigationEventLike,
  type SessionLike,
  type WebContentsLike,
} from './security'

const builtApp = 'file:///opt/CapDo/resources/app.asar/out/renderer/index.html'
const devApp = 'http://localhost:5173/'

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split('; ').map((directive) => {
      const [name, ...values] = directive.split(' ')
      return [name, values.join(' ')] as const
    }),
  )
}

describe('the Content-Security-Policy', () => {
  it('allows only the app itself to run scripts and fetch', () => {
    const policy = directives(CONTENT_SECURITY_POLICY)
    expect(policy.get('default-src')).toBe("'self'")
    expect(policy.get('script-src')).toBe("'self'")
    expect(policy.get('connect-src')).toBe("'self'")
    expect(policy.get('object-src')).toBe("'none'")
    expect(policy.get('base-uri')).toBe("'none'")
    expect(policy.get('form-action')).toBe("'none'")
    expect(policy.get('frame-ancestors')).toBe("'none'")
  })

  it('allows inline styles (antd), images and fonts from data:, workers from blob:', () => {
    const policy = directives(CONTENT_SECURITY_POLICY)
    expect(policy.get('style-src')).toBe("'self' 'unsafe-inline'")
    expect(policy.get('img-src')).toBe("'self' data: blob:")
    expect(policy.get('font-src')).toBe("'self' data:")
    expect(policy.get('worker-src')).toBe("'self' blob:")
  })

  it('is the strict policy for the built app and relaxes inline scripts only for the dev server', () => {
    expect(contentSecurityPolicy(builtApp)).toBe(CONTENT_SECURITY_POLICY)
    expect(directives(contentSecurityPolicy(devApp)).get('script-src')).toBe("'self' 'unsafe-inline'")
    expect(directives(contentSecurityPolicy(devApp)).get('connect-src')).toBe("'self'")
  })

  it('replaces a policy header the server already sent, whatever its spelling', () => {
    const headers = withContentSecurityPolicy(
      { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] },
      CONTENT_SECURITY_POLICY,
    )
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    })
  })
})

describe('isAppUrl', () => {
  it('accepts the built page and the files beside it, with any hash route', () => {
    expect(isAppUrl(builtApp, builtApp)).toBe(true)
    expect(isAppUrl(`${builtApp}#/he-thong/42`, builtApp)).toBe(true)
    expect(isAppUrl('file:///opt/CapDo/resources/app.asar/out/renderer/assets/index-abc.js', builtApp)).toBe(
      true,
    )
  })

  it('refuses other files on disk, including paths that climb out of the renderer folder', () => {
    expect(isAppUrl('file:///etc/passwd', builtApp)).toBe(false)
    expect(isAppUrl('file:///opt/CapDo/resources/app.asar/out/main/index.js', builtApp)).toBe(false)
    expect(isAppUrl('file:///opt/CapDo/resources/app.asar/out/renderer/../main/index.js', builtApp)).toBe(
      false,
    )
    expect(isAppUrl('file:///opt/CapDo/resources/app.asar/out/renderer/%2e%2e/main/index.js', builtApp)).toBe(
      false,
    )
    expect(isAppUrl('file:///opt/CapDo/resources/app.asar/out/renderer-evil/index.html', builtApp)).toBe(
      false,
    )
    expect(isAppUrl('file://other-host/opt/CapDo/resources/app.asar/out/renderer/index.html', builtApp)).toBe(
      false,
    )
  })

  it('refuses remote pages for the built app', () => {
    expect(isAppUrl('https://example.com/', builtApp)).toBe(false)
    expect(isAppUrl('not a url', builtApp)).toBe(false)
  })

  it('accepts the dev server origin and nothing else while developing', () => {
    expect(isAppUrl('http://localhost:5173/src/main.tsx', devApp)).toBe(true)
    expect(isAppUrl('http://localhost:5174/', devApp)).toBe(false)
    expect(isAppUrl('http://127.0.0.1:5173/', devApp)).toBe(false)
    expect(isAppUrl('file:///opt/CapDo/out/renderer/index.html', devApp)).toBe(false)
  })
})

describe('isTrustedSender', () => {
  it('trusts the app page and refuses any other frame or a frame that is gone', () => {
    expect(isTrustedSender({ url: `${builtApp}#/` }, builtApp)).toBe(true)
    expect(isTrustedSender({ url: 'https://example.com/' }, builtApp)).toBe(false)
    expect(isTrustedSender({ url: 'file:///tmp/evil.html' }, builtApp)).toBe(false)
    expect(isTrustedSender({ url: 'http://localhost:5173/' }, devApp)).toBe(true)
    expect(isTrustedSender(null, builtApp)).toBe(false)
    expect(isTrustedSender(undefined, builtApp)).toBe(false)
  })
})

describe('isAllowedRequest', () => {
  it('lets the built app load its own files, devtools, data: and blob: URLs', () => {
    expect(isAllowedRequest('file:///opt/CapDo/resources/app.asar/out/renderer/assets/a.css', builtApp)).toBe(
      true,
    )
    expect(isAllowedRequest('devtools://devtools/bundled/devtools_app.html', builtApp)).toBe(true)
    expect(isAllowedRequest('data:image/png;base64,AAAA', builtApp)).toBe(true)
    expect(isAllowedRequest('blob:file:///0b6c7d2e-1111-2222-3333-444455556666', builtApp)).toBe(true)
  })

  it('blocks every remote request and any file outside the renderer folder', () => {
    expect(isAllowedRequest('https://fonts.googleapis.com/css', builtApp)).toBe(false)
    expect(isAllowedRequest('http://localhost:5173/', builtApp)).toBe(false)
    expect(isAllowedRequest('ws://localhost:5173/', builtApp)).toBe(false)
    expect(isAllowedRequest('ftp://example.com/x', builtApp)).toBe(false)
    expect(isAllowedRequest('file:///home/user/.ssh/id_rsa', builtApp)).toBe(false)
  })

  it('lets the dev server and its hot-reload socket through, nothing else', () => {
    expect(isAllowedRequest('http://localhost:5173/@vite/client', devApp)).toBe(true)
    expect(isAllowedRequest('ws://localhost:5173/?token=x', devApp)).toBe(true)
    expect(isAllowedRequest('ws://localhost:9999/', devApp)).toBe(false)
    expect(isAllowedRequest('https://registry.example/', devApp)).toBe(false)
  })
})

function fakeSession() {
  const recorded: {
    requestHandler?: Parameters<SessionLike['setPermissionRequestHandler']>[0]
    checkHandler?: Parameters<SessionLike['setPermissionCheckHandler']>[0]
    beforeRequest?: Parameters<SessionLike['webRequest']['onBeforeRequest']>[0]
    headersReceived?: Parameters<SessionLike['webRequest']['onHeadersReceived']>[0]
  } = {}
  const session: SessionLike = {
    setPermissionRequestHandler: (handler) => (recorded.requestHandler = handler),
    setPermissionCheckHandler: (handler) => (recorded.checkHandler = handler),
    webRequest: {
      onBeforeRequest: (listener) => (recorded.beforeRequest = listener),
      onHeadersReceived: (listener) => (recorded.headersReceived = listener),
    },
  }
  return { session, recorded }
}

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    const { session, recorded } = fakeSession()
    hardenSession(session, builtApp, () => undefined)

    const answers: boolean[] = []
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal']) {
      recorded.requestHandler?.({}, permission, (granted) => answers.push(granted))
    }
    expect(answers).toEqual([false, false, false, false])
    expect(recorded.checkHandler?.({}, 'clipboard-read')).toBe(false)
  })

  it('cancels remote requests and lets the app files load', () => {
    const { session, recorded } = fakeSession()
    const warnings: string[] = []
    hardenSession(session, builtApp, (message) => warnings.push(message))

    const responses: boolean[] = []
    recorded.beforeRequest?.({ url: 'https://tracker.example/pixel.gif' }, (r) => responses.push(r.cancel))
    recorded.beforeRequest?.({ url: builtApp }, (r) => responses.push(r.cancel))

    expect(responses).toEqual([true, false])
    expect(warnings).toEqual(['Blocked request: https://tracker.example/pixel.gif'])
  })

  it('adds the Content-Security-Policy header to every response', () => {
    const { session, recorded } = fakeSession()
    hardenSession(session, builtApp, () => undefined)

    let headers: Record<string, string[]> | undefined
    recorded.headersReceived?.({ url: builtApp, responseHeaders: { 'Content-Type': ['text/html'] } }, (r) => {
      headers = r.responseHeaders
    })
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    })
  })
})

class FakeWebContents implements WebContentsLike {
  readonly listeners = new Map<string, (event: NavigationEventLike) => void>()
  openHandler?: (details: { url: string }) => { action: 'deny' }

  on(event: string, listener: (event: NavigationEventLike) => void): this {
    this.listeners.set(event, listener)
    return this
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler
  }

  /** Fires an event and tells whether a listener prevented it. */
  emit(name: string, url: string): boolean {
    let prevented = false
    this.listeners.get(name)?.({ url, preventDefault: () => (prevented = true) })
    return prevented
  }
}

describe('hardenWebContents', () => {
  it('keeps the window on the app page: navigation and redirects elsewhere are prevented', () => {
    const contents = new FakeWebContents()
    hardenWebContents(contents, builtApp, () => undefined)

    expect(contents.emit('will-navigate', 'https://example.com/')).toBe(true)
    expect(contents.emit('will-navigate', 'file:///home/user/Downloads/dropped.html')).toBe(true)
    expect(contents.emit('will-redirect', 'https://example.com/')).toBe(true)
    expect(contents.emit('will-navigate', `${builtApp}#/don-vi`)).toBe(false)
  })

  it('denies window.open and every <webview>', () => {
    const contents = new FakeWebContents()
    hardenWebContents(contents, builtApp, () => undefined)

    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    expect(contents.openHandler?.({ url: builtApp })).toEqual({ action: 'deny' })
    expect(contents.emit('will-attach-webview', 'about:blank')).toBe(true)
  })
})
