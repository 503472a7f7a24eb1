// Types for check-security.mjs (plain JavaScript so `npm run security` runs it with node alone).

export interface Finding {
  check: string
  file: string
  line: number
  message: string
}

export interface ReviewEntry {
  check: string
  file: string
  reason: string
}

export interface AuditException {
  package: string
  reason: string
}

export interface SecurityReview {
  electronegativity: ReviewEntry[]
  npmAudit?: AuditException[]
}

export interface Advisory {
  package: string
  severity: string
}

export type AuditResult =
  | { status: 'unavailable'; reason: string }
  | { status: 'clean' | 'findings'; blocking: Advisory[]; explained: Advisory[] }

export const SCANNED_SOURCES: readonly string[]
export function stageSources(projectRoot: string, stageDir: string): void
export function readSarifFindings(sarif: unknown): Finding[]
export function validateReview(review: unknown): string[]
export function classifyFindings(
  findings: Finding[],
  entries: ReviewEntry[],
): { explained: { finding: Finding; entry: ReviewEntry }[]; unexplained: Finding[]; stale: ReviewEntry[] }
export function parseFailures(output: string): string[]
export function interpretAudit(stdout: string, exceptions?: AuditException[]): AuditResult
export function reportElectronegativity(
  findings: Finding[],
  output: string,
  review: SecurityReview,
  log: (line: string) => void,
): boolean
export function reportAudit(
  stdout: string,
  review: SecurityReview,
  env: Record<string, string | undefined>,
  log: (line: string) => void,
): boolean
export function checkSecurity(options: {
  projectRoot: string
  env?: Record<string, string | undefined>
  log?: (line: string) => void
}): number
