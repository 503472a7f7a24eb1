/**
 * Exchange packages for the workbook tests, built by the pure core from in-memory stores. Test
 * support only; nothing in the product imports it.
 */
import type { ExchangePackage } from '../../domain/exchange'
import { OFFICE_A, OFFICE_B, SO, TestStore, t } from '../../domain/test-support/exchange-store'

/** A package with every kind of row: three entities, relayed origins, tombstones, a long text. */
export function samplePackage(options: { longText?: boolean } = {}): ExchangePackage {
  const a = new TestStore(OFFICE_A)
  const b = new TestStore(OFFICE_B)
  const so = new TestStore(SO)
  b.create('unit', 'u-b', { name: 'UBND phường Lê Chân', block: 'Khối phường', parentId: null }, t(7))
  so.receive(b.send(t(7, 30)), t(7, 45))
  so.create('unit', 'u1', { name: 'Sở Y tế', block: 'Khối sở, ngành', parentId: null }, t(8))
  so.create(
    'system',
    's1',
    {
      name: '=HYPERLINK("http://x") Cổng dịch vụ công',
      unitId: 'u1',
      level: 3,
      informationTypes: ['public', 'personal'],
      description: 'Mô tả rất dài. '.repeat(options.longText === false ? 3 : 5_000),
      dossierChecklist: [{ item: 'Thuyết minh', done: true }],
      approvedOn: null,
    },
    t(8),
  )
  so.create(
    'assessment',
    'as1',
    { systemId: 's1', date: '2026-05-04', kind: 'periodic', result: 'Đạt' },
    t(8),
  )
  so.create('system', 's-old', { name: 'Hệ thống cũ', unitId: 'u1' }, t(8))
  a.receive(so.send(t(9)), t(9, 30))
  a.remove('system', 's-old')
  a.edit('unit', 'u1', { block: 'Khối sở, ban, ngành' }, t(10))
  return a.send(t(11))
}
