// @vitest-environment jsdom
// The page's own Content-Security-Policy <meta> (what guards the page before main's header arrives,
// and in the browser build) against the policy main sends as a header (security.ts).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../src-main/main/security'

const html = readFileSync(join(__dirname, '../../src-renderer/index.html'), 'utf8')
// The jsdom environment provides DOMParser; this test project has Node types only, so its shape is named here.
interface ElementLike {
  readonly tagName: string
  readonly textContent: string | null
  getAttribute(name: string): string | null
  getAttributeNames(): string[]
}
interface DocumentLike {
  querySelectorAll(selector: string): Iterable<ElementLike>
}
const { DOMParser } = globalThis as unknown as {
  DOMParser: new () => { parseFromString(source: string, type: 'text/html'): DocumentLike }
}
const page = new DOMParser().parseFromString(html, 'text/html')

// Directives the CSP spec ignores in a <meta> tag: only the response header can carry them.
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox'])

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name !== undefined && name !== '')
      .map(([name, ...sources]) => [name.toLowerCase(), sources] as const),
  )
}

function metaPolicy(): string {
  const metas = [...page.querySelectorAll('meta[http-equiv]')].filter(
    (meta) => meta.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy',
  )
  expect(metas).toHaveLength(1)
  return metas[0].getAttribute('content') ?? ''
}

describe('the Content-Security-Policy of src-renderer/index.html', () => {
  it('is the policy main sends, minus the directives a <meta> tag cannot carry', () => {
    const header = directives(CONTENT_SECURITY_POLICY)
    const expected = new Map([...header].filter(([name]) => !HEADER_ONLY.has(name)))
    expect(directives(metaPolicy())).toEqual(expected)
  })

  it("lets only the app's own files run scripts: no eval, no inline script, no remote origin", () => {
    const policy = directives(metaPolicy())
    expect(policy.get('script-src')).toEqual(["'self'"])
    expect(policy.get('default-src')).toEqual(["'self'"])
    expect(policy.get('object-src')).toEqual(["'none'"])
    for (const [name, sources] of policy) {
      for (const source of sources) {
        expect(source, `${name} ${source}`).not.toMatch(
          /^'unsafe-eval'$|^'wasm-unsafe-eval'$|^\*$|^(https?|wss?|ftp):/,
        )
        expect(source, `${name} ${source}`).not.toMatch(/\./) // no host names at all
      }
    }
  })

  it('loads its one script as a file and has no inline script or inline event handler', () => {
    const scripts = [...page.querySelectorAll('script')]
    expect(scripts.length).toBeGreaterThan(0)
    for (const script of scripts) {
      expect(script.getAttribute('src')).toMatch(/^\.\//)
      expect(script.textContent?.trim()).toBe('')
    }
    for (const element of page.querySelectorAll('*')) {
      const handlers = element.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on'))
      expect(handlers, element.tagName).toEqual([])
    }
  })
})
