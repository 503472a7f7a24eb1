/**
 * A hand-made register for the Mẫu 08 export tests (Excel read-back and LibreOffice), whose part 1
 * totals are known: 5 systems · classified 3 · with a dossier 4 · appraised 2 · approved 1 ·
 * approved and assessed on schedule 1 · all approved by 15/05/2027. Test support only.
 */
import type { IsoDate } from '../calendar-date'
import { evaluateRegister, type EvaluatedRegister } from '../register'
import { ND331_2026 } from '../rule-set'
import type { Assessment } from '../types'
import { makeSystem, makeUnit } from './report-fixture'

export const MAU08_AS_OF: IsoDate = '2026-12-10'

/**
 * The column titles of part 3 of Mẫu 08, copied from the form (law/nd-331-2026-trich.md), not
 * from the code: the tests compare what the export writes with the form itself.
 */
export const MAU08_FORM_TITLES: readonly string[] = [
  'STT',
  'Tên HTTT',
  'Chủ quản HTTT',
  'Đơn vị vận hành HTTT',
  'Cấp độ đề xuất',
  'Tình trạng phê duyệt cấp độ',
  'Quyết định phê duyệt cấp độ',
  'Quy chế bảo đảm ANM cho hệ thống',
  'Dự kiến thời điểm phê duyệt HSĐXCĐ',
  'Đã triển khai đầy đủ PA BĐANM',
  'Dự kiến thời điểm triển khai đầy đủ PA BĐANM',
  'Đã kiểm tra, đánh giá ANM',
]

const unit = makeUnit('u1', 'Sở Tư pháp', 'Khối sở, ban, ngành')

export const MAU08_SYSTEMS = [
  // approved, rules issued, fully deployed, assessed before use and periodically.
  makeSystem({
    id: 's1',
    name: 'Cổng dịch vụ công',
    unitId: 'u1',
    level: 3,
    systemType: 'public_service',
    dossierState: 'approved',
    approvedOn: '2024-08-20',
    decisionNo: '1234/QĐ-UBND',
    approvalIssuer: 'UBND thành phố Hải Phòng',
    securityRulesNo: '56/QĐ-STP',
    securityRulesOn: '2024-08-01',
    securityRulesIssuer: 'Sở Tư pháp',
    deploymentState: 'full',
    deployedOn: '2024-12-01',
  }),
  // appraised, partly deployed, assessed before use only.
  makeSystem({
    id: 's2',
    name: 'Hệ thống quản lý văn bản',
    unitId: 'u1',
    level: 2,
    systemType: 'internal',
    dossierState: 'appraised',
    expectedApprovalOn: '2027-03-31',
    deploymentState: 'partial',
    expectedDeploymentOn: '2027-06-30',
  }),
  // submitted for appraisal; assessed periodically only.
  makeSystem({
    id: 's3',
    name: 'Cơ sở dữ liệu hộ tịch',
    unitId: 'u1',
    level: 3,
    systemType: 'internal',
    dossierState: 'submitted',
    expectedApprovalOn: '2027-05-15',
  }),
  makeSystem({ id: 's4', name: 'Mạng nội bộ', unitId: 'u1', dossierState: 'drafting' }),
  makeSystem({ id: 's5', name: 'Thư điện tử', unitId: 'u1' }),
]

export const MAU08_ASSESSMENTS: Pick<Assessment, 'systemId' | 'kind' | 'date'>[] = [
  { systemId: 's1', kind: 'pre_operation', date: '2024-07-01' },
  { systemId: 's1', kind: 'periodic', date: '2026-06-01' },
  { systemId: 's2', kind: 'pre_operation', date: '2025-03-01' },
  { systemId: 's3', kind: 'periodic', date: '2026-02-01' },
  { systemId: 's5', kind: 'ad_hoc', date: '2026-05-01' },
]

export function mau08Register(asOf: IsoDate = MAU08_AS_OF): EvaluatedRegister {
  const assessments = MAU08_ASSESSMENTS.map((a, i) => ({
    ...a,
    id: `a${i}`,
    assessor: '',
    result: '',
    findings: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }))
  return evaluateRegister({ units: [unit], systems: MAU08_SYSTEMS, assessments }, ND331_2026, asOf)
}
