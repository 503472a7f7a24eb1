/**
 * Registers for the report tests, built by code: a hand-made one whose every count is known
 * (see the comments on each system), and a large generated one for the speed check. Test support
 * only; nothing in the product imports it.
 */
import type { IsoDate } from '../calendar-date'
import { evaluateRegister, type EvaluatedRegister } from '../register'
import { ND85_CT09_2024 } from '../rule-set'
import type { Assessment, DossierState, Level, SystemRecord, Unit } from '../types'

export const FIXTURE_AS_OF: IsoDate = '2026-11-23'

const STAMP = '2026-01-01T00:00:00.000Z'

export function makeUnit(id: string, name: string, block: string): Unit {
  return { id, name, block, parentId: null, createdAt: STAMP, updatedAt: STAMP }
}

export function makeSystem(
  fields: Partial<SystemRecord> & Pick<SystemRecord, 'id' | 'name' | 'unitId'>,
): SystemRecord {
  return {
    level: null,
    dossierState: 'not_started',
    approvedOn: null,
    deploymentState: 'none',
    deployedOn: null,
    commissionedOn: null,
    owner: 'Ủy ban nhân dân thành phố Hải Phòng',
    systemType: null,
    informationTypes: [],
    description: '',
    notes: '',
    submittedOn: null,
    appraisedOn: null,
    decisionNo: '',
    approvalIssuer: '',
    approvalRuleSetId: null,
    securityRulesNo: '',
    securityRulesOn: null,
    securityRulesIssuer: '',
    expectedApprovalOn: null,
    expectedDeploymentOn: null,
    levelJustification: null,
    dossierChecklist: [],
    revision: 1,
    createdAt: STAMP,
    updatedAt: STAMP,
    ...fields,
  }
}

function assessment(systemId: string, date: IsoDate): Assessment {
  return {
    id: `a-${systemId}-${date}`,
    systemId,
    date,
    kind: 'periodic',
    assessor: '',
    result: '',
    findings: '',
    createdAt: STAMP,
    updatedAt: STAMP,
  }
}

export const BLOCK_STATE = 'Khối các cơ quan quản lý nhà nước'
export const BLOCK_COMMUNE = 'Khối Ủy ban nhân dân xã, phường, đặc khu'

export const FIXTURE_UNITS: Unit[] = [
  makeUnit('u-yte', 'Sở Y tế', BLOCK_STATE),
  makeUnit('u-tc', 'Sở Tài chính', BLOCK_STATE),
  makeUnit('u-hb', 'Ủy ban nhân dân phường Hồng Bàng', BLOCK_COMMUNE),
]

/**
 * As of 23/11/2026 under ND85-CT09-2024 (approval by 30/09/2024, deployment by 31/12/2024):
 * 8 systems · approved 5 · approval overdue 2 · deployed 4 · deployment overdue 3 ·
 * assessment overdue 2 · due soon 2 · missing level 1.
 */
export const FIXTURE_SYSTEMS: SystemRecord[] = [
  // approved, deployed 15/11/2024, assessed 01/12/2025 → next 01/12/2027: all in order.
  makeSystem({
    id: 'sys-0001',
    name: 'Cổng thông tin điện tử Sở Y tế',
    unitId: 'u-yte',
    level: 2,
    dossierState: 'approved',
    approvedOn: '2024-06-10',
    decisionNo: '1234/QĐ-UBND',
    approvalIssuer: 'Ủy ban nhân dân thành phố Hải Phòng',
    deploymentState: 'full',
    deployedOn: '2024-11-15',
    commissionedOn: '2019-05-01',
    systemType: 'public_service',
    informationTypes: ['public', 'personal'],
  }),
  // approved, partly deployed → deployment overdue; never assessed: 01/08/2024 + 12 months → overdue.
  makeSystem({
    id: 'sys-0002',
    name: 'Hệ thống quản lý văn bản và điều hành',
    unitId: 'u-yte',
    level: 3,
    systemType: 'internal',
    informationTypes: ['private'],
    dossierState: 'approved',
    submittedOn: '2024-06-01',
    appraisedOn: '2024-07-15',
    approvedOn: '2024-08-01',
    decisionNo: '56/QĐ-SYT',
    approvalIssuer: 'Sở Y tế',
    securityRulesNo: '12/QC-SYT',
    securityRulesOn: '2024-03-01',
    securityRulesIssuer: 'Sở Y tế',
    deploymentState: 'partial',
    expectedDeploymentOn: '2027-06-30',
    description: 'Quản lý văn bản đến, văn bản đi và điều hành công việc',
    notes: '- Đang bổ sung hồ sơ',
  }),
  // drafting past the deadline → approval overdue; nothing deployed → deployment overdue.
  makeSystem({
    id: 'sys-0003',
    name: '=HYPERLINK("x")',
    unitId: 'u-tc',
    level: 1,
    dossierState: 'drafting',
  }),
  // approved 10/12/2025, fully deployed without a date; next assessment 10/12/2026 → due soon (17 days).
  makeSystem({
    id: 'sys-0004',
    name: 'Hệ thống một cửa điện tử',
    unitId: 'u-tc',
    level: 4,
    dossierState: 'approved',
    approvedOn: '2025-12-10',
    deploymentState: 'full',
    description: '@dịch vụ công',
  }),
  // no level; goes live 01/03/2027, so approval and deployment are still pending.
  makeSystem({
    id: 'sys-0005',
    name: 'Hệ thống camera giám sát',
    unitId: 'u-hb',
    commissionedOn: '2027-03-01',
    expectedApprovalOn: '2027-02-15',
  }),
  // level 5, assessed 05/06/2026 → next 05/12/2026 → due soon (12 days).
  makeSystem({
    id: 'sys-0006',
    name: 'Ứng dụng quản lý hộ tịch',
    unitId: 'u-hb',
    level: 5,
    dossierState: 'approved',
    approvedOn: '2025-05-20',
    deploymentState: 'full',
    deployedOn: '2025-06-30',
  }),
  // submitted past the deadline → approval overdue; nothing deployed → deployment overdue.
  makeSystem({
    id: 'sys-0007',
    name: 'Hệ thống thư điện tử',
    unitId: 'u-yte',
    level: 2,
    dossierState: 'submitted',
    submittedOn: '2024-09-15',
    commissionedOn: '2020-01-01',
    notes: '+84 225 3842 000',
  }),
  // its unit was deleted; assessed 20/11/2025 → next 20/11/2026 → overdue (3 days).
  makeSystem({
    id: 'sys-0008',
    name: 'Phần mềm kế toán',
    unitId: 'u-gone',
    level: 3,
    dossierState: 'approved',
    approvedOn: '2024-09-01',
    deploymentState: 'full',
    deployedOn: '2024-10-01',
  }),
]

export const FIXTURE_ASSESSMENTS: Assessment[] = [
  assessment('sys-0001', '2025-12-01'),
  assessment('sys-0006', '2026-06-05'),
  assessment('sys-0006', '2025-12-01'),
  assessment('sys-0008', '2025-11-20'),
]

export function fixtureRegister(asOf: IsoDate = FIXTURE_AS_OF): EvaluatedRegister {
  return evaluateRegister(
    { units: FIXTURE_UNITS, systems: FIXTURE_SYSTEMS, assessments: FIXTURE_ASSESSMENTS },
    ND85_CT09_2024,
    asOf,
  )
}

const STATES: readonly DossierState[] = [
  'not_started',
  'drafting',
  'submitted',
  'appraised',
  'approved',
  'approved',
]

/** `count` systems over 95 units in 8 blocks, deterministic (no randomness), for the speed check. */
export function largeRegister(count: number, asOf: IsoDate = FIXTURE_AS_OF): EvaluatedRegister {
  const units = Array.from({ length: 95 }, (_, i) =>
    makeUnit(`u-${i}`, `Đơn vị số ${i + 1}`, `Khối ${(i % 8) + 1}`),
  )
  const systems: SystemRecord[] = []
  const assessments: Assessment[] = []
  for (let i = 0; i < count; i++) {
    const state = STATES[i % STATES.length]
    const approvedOn = state === 'approved' ? `202${4 + (i % 2)}-0${1 + (i % 9)}-1${i % 10}` : null
    systems.push(
      makeSystem({
        id: `sys-${String(i).padStart(6, '0')}`,
        name: `Hệ thống thông tin số ${i + 1} phục vụ quản lý nhà nước`,
        unitId: `u-${i % 95}`,
        level: i % 7 === 0 ? null : (((i % 5) + 1) as Level),
        dossierState: state,
        approvedOn,
        decisionNo: approvedOn ? `${i}/QĐ-UBND` : '',
        deploymentState: i % 3 === 0 ? 'full' : i % 3 === 1 ? 'partial' : 'none',
        deployedOn: i % 6 === 0 ? '2024-12-01' : null,
        commissionedOn: '2020-01-01',
        description: 'Hệ thống phục vụ người dân và doanh nghiệp',
      }),
    )
    if (i % 4 === 0 && approvedOn) assessments.push(assessment(systems[i].id, '2025-12-01'))
  }
  return evaluateRegister({ units, systems, assessments }, ND85_CT09_2024, asOf)
}
