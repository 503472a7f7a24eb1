// scripts/check-security.mjs: what `npm run security` lets through and what fails CI.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  classifyFindings,
  interpretAudit,
  parseFailures,
  readSarifFindings,
  reportAudit,
  reportElectronegativity,
  stageSources,
  validateReview,
  type Finding,
  type SecurityReview,
} from '../../scripts/check-security.mjs'

const projectRoot = join(__dirname, '..', '..')
const review = JSON.parse(readFileSync(join(projectRoot, 'security-review.json'), 'utf8')) as SecurityReview

// A finding the real review explains (the preload of the window in index.ts).
const preloadFinding: Finding = {
  check: 'PRELOAD_JS_CHECK',
  file: 'src-main/main/index.ts',
  line: 49,
  message: 'Review the use of preload scripts',
}
const nodeIntegrationFinding: Finding = {
  check: 'NODE_INTEGRATION_JS_CHECK',
  file: 'src-main/main/index.ts',
  line: 27,
  message: 'Disable nodeIntegration for untrusted origins',
}

// What `npm audit --json` prints here, where the registry refuses the bulk advisory endpoint.
const unreachableAudit = JSON.stringify({
  message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  statusCode: 405,
  body: '',
  error: { summary: '', detail: '' },
})

function auditReport(vulnerabilities: Record<string, { name: string; severity: string }>): string {
  return JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: {} } })
}

describe('the reviewed exceptions (security-review.json)', () => {
  it('is well formed: every entry names its check and file and says why', () => {
    expect(validateReview(review)).toEqual([])
  })

  it('refuses an entry without a real reason', () => {
    const lazy = {
      electronegativity: [{ check: 'SANDBOX_JS_CHECK', file: 'src-main/main/index.ts', reason: 'ok' }],
    }
    expect(validateReview(lazy)).toEqual([
      'electronegativity[0] (SANDBOX_JS_CHECK) needs a reason of at least 20 characters.',
    ])
  })

  it('never excuses Node integration, whatever the file', () => {
    expect(review.electronegativity.map((entry) => entry.check)).not.toContain('NODE_INTEGRATION_JS_CHECK')
    expect(review.electronegativity.map((entry) => entry.check)).not.toContain('NODE_INTEGRATION_HTML_CHECK')
  })
})

describe('electronegativity findings', () => {
  it('reads check, file and line from the SARIF report', () => {
    const sarif = {
      runs: [
        {
          results: [
            {
              ruleId: 'PRELOAD_JS_CHECK',
              message: { text: 'Review the use of preload scripts' },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: 'src-main\\main\\index.ts' },
                    region: { startLine: 49 },
                  },
                },
              ],
            },
          ],
        },
      ],
    }
    expect(readSarifFindings(sarif)).toEqual([preloadFinding])
    expect(() => readSarifFindings({})).toThrow(/no results/)
  })

  it('passes a finding the review explains and fails one it does not', () => {
    const lines: string[] = []
    expect(reportElectronegativity([preloadFinding], '', review, (line) => lines.push(line))).toBe(true)
    expect(
      reportElectronegativity([preloadFinding, nodeIntegrationFinding], '', review, () => undefined),
    ).toBe(false)
    expect(lines.at(-1)).toMatch(/each explained/)
  })

  it('matches an explanation only for the same check in the same file', () => {
    const elsewhere = { ...preloadFinding, file: 'src-main/main/other-window.ts' }
    const { unexplained, explained, stale } = classifyFindings([elsewhere], review.electronegativity)
    expect(unexplained).toEqual([elsewhere])
    expect(explained).toEqual([])
    expect(stale.map((entry) => entry.check)).toContain('PRELOAD_JS_CHECK')
  })

  it('fails when a source file could not be parsed (it was not checked)', () => {
    const output =
      '\u001b[31mError parsing /tmp/x/src-main/main/index.ts - Unexpected token (3:4)\u001b[39m\n'
    expect(parseFailures(output)).toEqual([
      'Error parsing /tmp/x/src-main/main/index.ts - Unexpected token (3:4)',
    ])
    expect(reportElectronegativity([], output, review, () => undefined)).toBe(false)
    expect(parseFailures('Tolerable error parsing a.ts - x\n')).toEqual([])
  })
})

describe('staging the shipped sources for the scan', () => {
  let stage: string | undefined
  afterEach(() => {
    if (stage) rmSync(stage, { recursive: true, force: true })
  })

  it('copies the main process, the page and the renderer code, without tests', () => {
    stage = mkdtempSync(join(tmpdir(), 'capdo-stage-test-'))
    stageSources(projectRoot, stage)
    expect(existsSync(join(stage, 'package.json'))).toBe(true)
    expect(existsSync(join(stage, 'src-main/main/index.ts'))).toBe(true)
    expect(existsSync(join(stage, 'src-main/preload/index.ts'))).toBe(true)
    expect(existsSync(join(stage, 'src-renderer/index.html'))).toBe(true)
    expect(existsSync(join(stage, 'src-main/main/security.test.ts'))).toBe(false)
    expect(existsSync(join(stage, 'node_modules'))).toBe(false)
  })

  it('skips test files wherever they sit', () => {
    const root = mkdtempSync(join(tmpdir(), 'capdo-stage-root-'))
    stage = mkdtempSync(join(tmpdir(), 'capdo-stage-test-'))
    try {
      for (const file of ['package.json', 'src-renderer/index.html', 'src-main/a.ts', 'src-main/a.test.ts']) {
        mkdirSync(join(root, file, '..'), { recursive: true })
        writeFileSync(join(root, file), '{}')
      }
      mkdirSync(join(root, 'src-renderer/src/x'), { recursive: true })
      writeFileSync(join(root, 'src-renderer/src/x/View.test.tsx'), '')
      writeFileSync(join(root, 'src-renderer/src/x/View.tsx'), '')
      stageSources(root, stage)
      expect(existsSync(join(stage, 'src-main/a.ts'))).toBe(true)
      expect(existsSync(join(stage, 'src-main/a.test.ts'))).toBe(false)
      expect(existsSync(join(stage, 'src-renderer/src/x/View.tsx'))).toBe(true)
      expect(existsSync(join(stage, 'src-renderer/src/x/View.test.tsx'))).toBe(false)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })
})

describe('npm audit of the production dependencies', () => {
  it('says plainly that nothing was checked when the audit endpoint is unreachable, and does not fail', () => {
    const lines: string[] = []
    expect(reportAudit(unreachableAudit, review, {}, (line) => lines.push(line))).toBe(true)
    expect(lines.join('\n')).toMatch(/NOT CHECKED .*405 Method Not Allowed.*unreachable/)
    expect(interpretAudit('npm error code ENOTFOUND')).toEqual({
      status: 'unavailable',
      reason: 'npm audit printed no JSON report.',
    })
  })

  it('fails for an unreachable endpoint where the audit is required (CAPDO_REQUIRE_AUDIT=1)', () => {
    const lines: string[] = []
    expect(
      reportAudit(unreachableAudit, review, { CAPDO_REQUIRE_AUDIT: '1' }, (line) => lines.push(line)),
    ).toBe(false)
    expect(lines.join('\n')).toMatch(/CAPDO_REQUIRE_AUDIT=1, so this fails/)
  })

  it('passes a report with only low and moderate advisories', () => {
    const report = auditReport({ a: { name: 'a', severity: 'low' }, b: { name: 'b', severity: 'moderate' } })
    expect(reportAudit(report, review, {}, () => undefined)).toBe(true)
  })

  it('fails on a high or critical advisory unless the review explains that package', () => {
    const report = auditReport({
      exceljs: { name: 'exceljs', severity: 'high' },
      jszip: { name: 'jszip', severity: 'critical' },
    })
    expect(interpretAudit(report)).toEqual({
      status: 'findings',
      blocking: [
        { package: 'exceljs', severity: 'high' },
        { package: 'jszip', severity: 'critical' },
      ],
      explained: [],
    })
    expect(reportAudit(report, review, {}, () => undefined)).toBe(false)

    const reviewed: SecurityReview = {
      ...review,
      npmAudit: [
        { package: 'exceljs', reason: 'Only reachable through a writer option CapDo never sets.' },
        { package: 'jszip', reason: 'Only reachable through a path CapDo never calls.' },
      ],
    }
    expect(reportAudit(report, reviewed, {}, () => undefined)).toBe(true)
  })
})
