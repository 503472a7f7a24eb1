// `npm run security`: the two automated parts of the security review, for CI.
// 1. @doyensec/electronegativity over the shipped sources (src-main, src-renderer's page and code,
//    package.json for the Electron version; tests are not shipped, so not scanned). Every finding must
//    be listed with its reason in security-review.json, or the check fails. It scans a copy of those
//    sources because given the project root it would walk all of node_modules.
// 2. `npm audit --omit=dev --audit-level=high`: no high or critical advisory in what ships, unless the
//    package is listed with its reason. When the registry's audit endpoint cannot be reached (offline
//    machines, mirrors without it) the script says so and does not fail for that alone; set
//    CAPDO_REQUIRE_AUDIT=1 where the endpoint must answer.
// Plain JavaScript so node runs it without a build; the pure parts are exported for the tests.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const BLOCKING_SEVERITIES = ['high', 'critical']
const MIN_REASON_LENGTH = 20
// electronegativity colours its messages; ESC is built from its code so the pattern holds no control character.
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g')

/** The sources electronegativity reads, relative to the project root. */
export const SCANNED_SOURCES = ['package.json', 'src-main', 'src-renderer/index.html', 'src-renderer/src']

function isTestFile(path) {
  return /\.test\.tsx?$/.test(path) || path.split(sep).includes('__snapshots__')
}

/** Copies the shipped sources (no tests) into `stageDir`, keeping their relative paths. */
export function stageSources(projectRoot, stageDir) {
  for (const source of SCANNED_SOURCES) {
    cpSync(join(projectRoot, source), join(stageDir, source), {
      recursive: true,
      filter: (path) => !isTestFile(relative(projectRoot, path)),
    })
  }
}

/** Findings from electronegativity's SARIF report: check id, file (relative, with /), line, message. */
export function readSarifFindings(sarif) {
  const results = sarif?.runs?.[0]?.results
  if (!Array.isArray(results)) throw new Error('The electronegativity report has no results list.')
  return results.map((result) => {
    const location = result.locations?.[0]?.physicalLocation
    return {
      check: String(result.ruleId),
      file: String(location?.artifactLocation?.uri ?? 'N/A')
        .split('\\')
        .join('/'),
      line: Number(location?.region?.startLine ?? 0),
      message: String(result.message?.text ?? ''),
    }
  })
}

/** Checks that every allowlist entry names a check and a file and gives a real reason. */
export function validateReview(review) {
  const problems = []
  const entries = review?.electronegativity
  if (!Array.isArray(entries)) problems.push('security-review.json needs an "electronegativity" list.')
  for (const [index, entry] of (Array.isArray(entries) ? entries : []).entries()) {
    if (typeof entry?.check !== 'string' || typeof entry?.file !== 'string') {
      problems.push(`electronegativity[${index}] needs "check" and "file".`)
    }
    if (typeof entry?.reason !== 'string' || entry.reason.trim().length < MIN_REASON_LENGTH) {
      problems.push(
        `electronegativity[${index}] (${entry?.check}) needs a reason of at least ${MIN_REASON_LENGTH} characters.`,
      )
    }
  }
  const audit = review?.npmAudit ?? []
  if (!Array.isArray(audit)) problems.push('"npmAudit" must be a list.')
  for (const [index, entry] of (Array.isArray(audit) ? audit : []).entries()) {
    if (typeof entry?.package !== 'string') problems.push(`npmAudit[${index}] needs "package".`)
    if (typeof entry?.reason !== 'string' || entry.reason.trim().length < MIN_REASON_LENGTH) {
      problems.push(
        `npmAudit[${index}] (${entry?.package}) needs a reason of at least ${MIN_REASON_LENGTH} characters.`,
      )
    }
  }
  return problems
}

/**
 * Splits findings into those the review explains (same check, same file) and those it does not, and
 * lists review entries that no longer match anything (stale: remove them so the list stays honest).
 */
export function classifyFindings(findings, entries) {
  const matches = (entry, finding) => entry.check === finding.check && entry.file === finding.file
  return {
    explained: findings
      .map((finding) => ({ finding, entry: entries.find((entry) => matches(entry, finding)) }))
      .filter(({ entry }) => entry !== undefined),
    unexplained: findings.filter((finding) => !entries.some((entry) => matches(entry, finding))),
    stale: entries.filter((entry) => !findings.some((finding) => matches(entry, finding))),
  }
}

/** Lines of electronegativity's output that say a file could not be parsed (so was not checked). */
export function parseFailures(output) {
  return output
    .split('\n')
    .map((line) => line.replace(ANSI_COLOUR, '').trim())
    .filter((line) => line.startsWith('Error parsing '))
}

/**
 * Reads `npm audit --json` output. `unavailable` when npm could not get an answer from the
 * registry (the output is an error, not a report); otherwise the high/critical advisories split
 * into blocking ones and those the review explains by package name.
 */
export function interpretAudit(stdout, exceptions = []) {
  let report
  try {
    report = JSON.parse(stdout)
  } catch {
    return { status: 'unavailable', reason: 'npm audit printed no JSON report.' }
  }
  if (report === null || typeof report !== 'object' || typeof report.vulnerabilities !== 'object') {
    const detail = report?.error?.summary || report?.message || 'no report'
    return { status: 'unavailable', reason: `the audit endpoint gave no report (${detail})` }
  }
  const serious = Object.values(report.vulnerabilities ?? {})
    .filter((vulnerability) => BLOCKING_SEVERITIES.includes(vulnerability.severity))
    .map((vulnerability) => ({ package: String(vulnerability.name), severity: vulnerability.severity }))
  const isExplained = (advisory) => exceptions.some((entry) => entry.package === advisory.package)
  const blocking = serious.filter((advisory) => !isExplained(advisory))
  return {
    status: blocking.length === 0 ? 'clean' : 'findings',
    blocking,
    explained: serious.filter(isExplained),
  }
}

/** Logs the electronegativity verdict; true when every finding is explained and every file parsed. */
export function reportElectronegativity(findings, output, review, log) {
  const { explained, unexplained, stale } = classifyFindings(findings, review.electronegativity)
  const unparsed = parseFailures(output)
  for (const { finding, entry } of explained) {
    log(`  explained  ${finding.check} ${finding.file}:${finding.line} — ${entry.reason}`)
  }
  for (const entry of stale)
    log(`  stale review entry (no such finding any more): ${entry.check} ${entry.file}`)
  for (const line of unparsed) log(`  NOT SCANNED  ${line}`)
  for (const finding of unexplained) {
    log(`  UNEXPLAINED  ${finding.check} ${finding.file}:${finding.line} — ${finding.message}`)
  }
  const ok = unexplained.length === 0 && unparsed.length === 0
  log(
    ok
      ? `electronegativity: ${findings.length} finding(s), each explained in security-review.json.`
      : `electronegativity: ${unexplained.length} unexplained finding(s), ${unparsed.length} file(s) not parsed.`,
  )
  return ok
}

function runElectronegativity(projectRoot, review, log) {
  const stage = mkdtempSync(join(tmpdir(), 'capdo-electronegativity-'))
  try {
    stageSources(projectRoot, stage)
    const reportPath = join(stage, 'electronegativity.sarif')
    const bin = join(projectRoot, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js')
    const run = spawnSync(process.execPath, [bin, '-i', stage, '-r', '-o', reportPath], {
      encoding: 'utf8',
      cwd: stage,
    })
    const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}`
    if (run.status !== 0) {
      log(output)
      log(`electronegativity failed (exit ${run.status}).`)
      return false
    }
    const findings = readSarifFindings(JSON.parse(readFileSync(reportPath, 'utf8')))
    return reportElectronegativity(findings, output, review, log)
  } finally {
    rmSync(stage, { recursive: true, force: true })
  }
}

/**
 * Logs the npm audit verdict from its JSON output; true when it may pass. An unreachable audit
 * endpoint is said plainly and passes, unless CAPDO_REQUIRE_AUDIT=1.
 */
export function reportAudit(stdout, review, env, log) {
  const result = interpretAudit(stdout, review.npmAudit ?? [])
  if (result.status === 'unavailable') {
    const strict = env.CAPDO_REQUIRE_AUDIT === '1'
    log(
      `npm audit: NOT CHECKED — ${result.reason}. The registry's audit endpoint is unreachable from here; ` +
        (strict
          ? 'CAPDO_REQUIRE_AUDIT=1, so this fails.'
          : 'run `npm run security` on a machine with internet before a release (CAPDO_REQUIRE_AUDIT=1 makes this fail).'),
    )
    return !strict
  }
  for (const advisory of result.explained) {
    const entry = review.npmAudit.find((e) => e.package === advisory.package)
    log(`  explained  ${advisory.severity} ${advisory.package} — ${entry.reason}`)
  }
  for (const advisory of result.blocking) log(`  UNEXPLAINED  ${advisory.severity} ${advisory.package}`)
  log(
    result.status === 'clean'
      ? 'npm audit: no unexplained high or critical advisory in the production dependencies.'
      : `npm audit: ${result.blocking.length} unexplained high or critical advisory(ies).`,
  )
  return result.status === 'clean'
}

function runAudit(projectRoot, review, env, log) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const run = spawnSync(npm, ['audit', '--omit=dev', '--audit-level=high', '--json'], {
    cwd: projectRoot,
    encoding: 'utf8',
    shell: process.platform === 'win32',
  })
  return reportAudit(run.stdout ?? '', review, env, log)
}

/** Runs both checks; returns the process exit code. */
export function checkSecurity({ projectRoot, env = process.env, log = console.log }) {
  const review = JSON.parse(readFileSync(join(projectRoot, 'security-review.json'), 'utf8'))
  const problems = validateReview(review)
  if (problems.length > 0) {
    for (const problem of problems) log(`security-review.json: ${problem}`)
    return 1
  }
  log('Electronegativity over the shipped sources…')
  const scanned = runElectronegativity(projectRoot, review, log)
  log('npm audit of the production dependencies…')
  const audited = runAudit(projectRoot, review, env, log)
  return scanned && audited ? 0 : 1
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = checkSecurity({ projectRoot: join(dirname(fileURLToPath(import.meta.url)), '..') })
}
