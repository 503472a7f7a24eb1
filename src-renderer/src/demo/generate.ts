/**
 * A reproducible demo register: the seed units (95 real units of Hải Phòng in 8 blocks, plus
 * generated communes when more are asked for) and plausible systems spread across the dossier
 * workflow, with approvals, deployments and assessments dated so that the dashboard shows a
 * realistic mix of overdue, due-soon and on-time systems for `asOf`. Pure: the same options give
 * the same records (ids and timestamps included), in the app, the benchmark and e2e tests alike.
 */
import { isIsoDate, type IsoDate } from '../domain/calendar-date'
import { DomainError } from '../domain/errors'
import { ND331_2026, ND85_CT09_2024 } from '../domain/rule-set'
import {
  INFORMATION_TYPES,
  SYSTEM_DEFAULTS,
  type Assessment,
  type DeploymentState,
  type DossierState,
  type Level,
  type SystemRecord,
  type Unit,
} from '../domain/types'
import { CITY_PARTY_COMMITTEE, CITY_PEOPLES_COMMITTEE, type SystemTemplate } from './catalogue'
import { earlier, later, plusDays as addDays } from './dates'
import { buildAssessments } from './demo-assessments'
import { addDemoJustifications } from './demo-justifications'
import { assignUnits, makeUnits, profile, type UnitProfile } from './demo-units'
import { Random } from './prng'
import type { SeedUnit } from './units-csv'

export interface DemoDatasetOptions {
  seed: number
  /** The day the data is generated for: every recorded fact happens on or before it. */
  asOf: IsoDate
  /** The real units to start from (parseUnitsCsv of the seed CSV). */
  seedUnits: readonly SeedUnit[]
  systemsCount?: number
  /** Defaults to the seed units; more are generated as communes, fewer take the first ones. */
  unitsCount?: number
}

export interface DemoDataset {
  units: Unit[]
  systems: SystemRecord[]
  assessments: Assessment[]
}

export const DEFAULT_DEMO_SYSTEMS = 300

const LEVEL_WEIGHTS: readonly (readonly [Level | null, number])[] = [
  [1, 7],
  [2, 42],
  [3, 36],
  [4, 7],
  [5, 3],
  [null, 5],
]

const STATE_WEIGHTS: readonly (readonly [DossierState, number])[] = [
  ['approved', 62],
  ['revising', 4],
  ['appraised', 7],
  ['submitted', 9],
  ['drafting', 11],
  ['not_started', 7],
]

/** The Directive 09 push (approve everything by 30/9/2024) put many approvals in this window. */
const PUSH_START = '2024-03-01'
const PUSH_END = '2024-09-30'
/** Decree 85's successor takes over approvals from this day; the security function moved on 1/3/2025. */
const ND331_FROM = '2026-07-01'
const SECURITY_UNIT_MOVED = '2025-03-01'

const initialsCache = new Map<string, string>()

function initials(name: string): string {
  let cached = initialsCache.get(name)
  if (cached === undefined) {
    cached = computeInitials(name)
    initialsCache.set(name, cached)
  }
  return cached
}

function computeInitials(name: string): string {
  return name
    .split(' ')
    .filter((w) => w.charAt(0) !== w.charAt(0).toLowerCase())
    .map((w) => w.charAt(0).normalize('NFD').charAt(0).toUpperCase())
    .join('')
}

function approver(p: UnitProfile, level: Level, on: IsoDate): { issuer: string; symbol: string } {
  if (p.owner === CITY_PEOPLES_COMMITTEE) {
    if (level >= 3) return { issuer: CITY_PEOPLES_COMMITTEE, symbol: 'UBND' }
    return on < SECURITY_UNIT_MOVED
      ? { issuer: 'Sở Thông tin và Truyền thông', symbol: 'STTTT' }
      : { issuer: 'Sở Khoa học và Công nghệ', symbol: 'SKHCN' }
  }
  if (p.owner === CITY_PARTY_COMMITTEE) return { issuer: CITY_PARTY_COMMITTEE, symbol: 'TU' }
  return { issuer: p.owner, symbol: initials(p.owner) }
}

class NamePicker {
  private readonly used = new Map<string, Map<string, number>>()

  constructor(private readonly rng: Random) {}

  pick(p: UnitProfile): { template: SystemTemplate; name: string } {
    let used = this.used.get(p.unit.id)
    if (!used) {
      used = new Map()
      this.used.set(p.unit.id, used)
    }
    const fresh = used.size < p.templates.length ? p.templates.filter(([t]) => !used.has(t.name)) : []
    const template = this.rng.weighted(fresh.length > 0 ? fresh : p.templates)
    const n = (used.get(template.name) ?? 0) + 1
    used.set(template.name, n)
    const base = `${template.name} ${p.unit.name}`
    return { template, name: n === 1 ? base : `${base} – phân hệ ${n}` }
  }
}

interface Built {
  system: SystemRecord
  assessments: Assessment[]
}

function buildSystem(rng: Random, p: UnitProfile, names: NamePicker, asOf: IsoDate): Built {
  const { template, name } = names.pick(p)
  const level = rng.weighted(LEVEL_WEIGHTS)
  const state: DossierState =
    level === null ? (rng.chance(0.6) ? 'not_started' : 'drafting') : rng.weighted(STATE_WEIGHTS)
  // Object.assign onto {}, not a spread followed by new keys: V8 gives every object built the
  // latter way a hidden class of its own, and 20,000 of them made each property read of the
  // evaluation a slow lookup (~90 ms CPU per evaluation at 20,000 systems, against ~33 ms for
  // the same records structured-cloned, as IndexedDB gives them back). Same keys, same order.
  const system: SystemRecord = Object.assign({}, SYSTEM_DEFAULTS, {
    id: rng.uuid(),
    name,
    unitId: p.unit.id,
    owner: p.owner,
    level,
    systemType: template.type,
    informationTypes: INFORMATION_TYPES.filter((t) => template.info.includes(t)),
    dossierState: state,
    createdAt: '',
    updatedAt: '',
    revision: 1,
  })

  const approved = level !== null && (state === 'approved' || state === 'revising')
  if (approved) {
    const approvedOn =
      asOf >= PUSH_START && rng.chance(0.45)
        ? rng.date(PUSH_START, earlier(PUSH_END, asOf))
        : rng.date(earlier('2017-01-01', asOf), asOf)
    const { issuer, symbol } = approver(p, level, approvedOn)
    system.approvedOn = approvedOn
    system.submittedOn = rng.daysFrom(approvedOn, -120, -20)
    system.appraisedOn = level <= 2 && rng.chance(0.5) ? null : rng.daysFrom(approvedOn, -15, -3)
    system.decisionNo = `${rng.int(100, 4999)}/QĐ-${symbol}`
    system.approvalIssuer = issuer
    system.approvalRuleSetId = approvedOn >= ND331_FROM ? ND331_2026.id : ND85_CT09_2024.id
    if (rng.chance(0.85)) {
      system.securityRulesNo = `${rng.int(10, 999)}/QĐ-${symbol === 'STTTT' || symbol === 'SKHCN' ? initials(p.unit.name) : symbol}`
      system.securityRulesOn = rng.daysFrom(approvedOn, -200, -10)
      system.securityRulesIssuer = p.unit.name
    }
    system.commissionedOn = rng.chance(0.05)
      ? null
      : rng.chance(0.7)
        ? rng.date('2010-01-01', approvedOn)
        : earlier(rng.daysFrom(approvedOn, 10, 240), asOf)
    if (state === 'revising') system.notes = 'Đang điều chỉnh hồ sơ do nâng cấp, mở rộng hệ thống.'
  } else {
    if (state === 'submitted' || state === 'appraised') system.submittedOn = rng.daysFrom(asOf, -200, -5)
    if (state === 'appraised' && system.submittedOn) {
      system.appraisedOn = rng.date(addDays(system.submittedOn, 3), asOf)
    }
    if (state !== 'not_started' || rng.chance(0.6)) system.expectedApprovalOn = rng.daysFrom(asOf, 15, 365)
    system.commissionedOn = rng.chance(0.05)
      ? null
      : rng.chance(0.08)
        ? rng.daysFrom(asOf, 30, 365)
        : rng.date('2010-01-01', addDays(asOf, -30))
    // A system going live later is being built now: its works began about 18 months before going
    // live (no random draw, so the rest of the sample stays as it was).
    if (system.commissionedOn && system.commissionedOn > asOf)
      system.investmentStartedOn = addDays(system.commissionedOn, -540)
  }

  const deployment: DeploymentState = approved
    ? rng.weighted([
        ['full', 62],
        ['partial', 28],
        ['none', 10],
      ] as const)
    : rng.weighted([
        ['partial', 30],
        ['none', 70],
      ] as const)
  system.deploymentState = deployment
  if (deployment === 'full' && system.approvedOn && rng.chance(0.85)) {
    system.deployedOn = rng.date(system.approvedOn, earlier(addDays(system.approvedOn, 240), asOf))
  }
  if (deployment !== 'full' && rng.chance(0.7)) system.expectedDeploymentOn = rng.daysFrom(asOf, 30, 540)

  const created = rng.daysFrom(asOf, -400, -30)
  system.createdAt = rng.instant(created)
  system.updatedAt = rng.instant(later(created, rng.daysFrom(asOf, -30, 0)))

  const assessments = approved ? buildAssessments(rng, system, level, asOf) : []
  return { system, assessments }
}

function checkCount(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new DomainError('invalid_demo_option', `Số ${what} của dữ liệu mẫu phải là số nguyên không âm.`, {
      value,
    })
  }
}

export function generateDemoDataset(options: DemoDatasetOptions): DemoDataset {
  const { seed, asOf, seedUnits } = options
  const systemsCount = options.systemsCount ?? DEFAULT_DEMO_SYSTEMS
  const unitsCount = options.unitsCount ?? seedUnits.length
  if (!isIsoDate(asOf)) throw new DomainError('invalid_date', `Ngày không hợp lệ: ${asOf}.`)
  checkCount(systemsCount, 'hệ thống')
  checkCount(unitsCount, 'đơn vị')
  if (systemsCount > 0 && unitsCount === 0) {
    throw new DomainError('invalid_demo_option', 'Dữ liệu mẫu cần ít nhất một đơn vị để có hệ thống.')
  }
  const rng = new Random(seed)
  const units = makeUnits(rng, seedUnits, unitsCount, asOf)
  const names = new NamePicker(rng)
  const systems: SystemRecord[] = []
  const assessments: Assessment[] = []
  for (const p of assignUnits(rng, units.map(profile), systemsCount)) {
    const built = buildSystem(rng, p, names, asOf)
    systems.push(built.system)
    assessments.push(...built.assessments)
  }
  addDemoJustifications(systems, asOf)
  return { units, systems, assessments }
}
