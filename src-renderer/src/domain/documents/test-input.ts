/** A system and settings to draft from, for the documents' tests. */
import { DEFAULT_REPORT_SETTINGS } from '../report/settings'
import { SYSTEM_DEFAULTS, type SystemRecord } from '../types'
import type { DossierDocumentInput } from './dossier-input'

export function draftInput(
  system: Partial<SystemRecord> = {},
  rest: Partial<Omit<DossierDocumentInput, 'system'>> = {},
): DossierDocumentInput {
  return {
    system: {
      ...SYSTEM_DEFAULTS,
      id: 'sys-1',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      revision: 1,
      name: 'Cổng thông tin điện tử Sở Y tế',
      unitId: 'unit-1',
      owner: 'Ủy ban nhân dân thành phố Hải Phòng',
      level: 3,
      systemType: 'public_service',
      informationTypes: ['public', 'personal'],
      description: 'Phục vụ người dân và doanh nghiệp toàn thành phố.',
      ...system,
    },
    unitName: 'Sở Y tế',
    settings: { ...DEFAULT_REPORT_SETTINGS, ownerAddress: '18 Hoàng Diệu, Hồng Bàng, Hải Phòng' },
    regime: 'ND331',
    on: '2026-12-07',
    ...rest,
  }
}
