/**
 * The exchange rows of a backup: keys in strict base64 (the one check attachments use), and the
 * ledger with or without the exchanged bases (backups from before them still restore).
 */
import { describe, expect, it } from 'vitest'
import { exchangeRowSchema } from './record-schemas'

const keys = (publicKey: string) => ({
  key: 'keys',
  value: {
    algorithm: 'ECDSA-P256-SHA256',
    publicKey,
    privateKey: { kty: 'EC', crv: 'P-256', x: 'abc', y: 'def', d: 'ghi' },
    createdAt: '2026-12-01T08:00:00.000Z',
  },
})

const ledger = (extra: object = {}) => ({
  key: 'ledger',
  value: { seen: { a: 3 }, marks: {}, tombstones: {}, offices: { a: 'UBND phường An Dương' }, ...extra },
})

describe('the exchange rows a backup holds', () => {
  it('takes a public key in whole base64 quads and refuses one that is not (a truncated key)', () => {
    expect(exchangeRowSchema.safeParse(keys('MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE')).success).toBe(true)
    // Five characters: no byte string encodes to this; the old pattern let it through.
    expect(exchangeRowSchema.safeParse(keys('MFkwE')).success).toBe(false)
    expect(exchangeRowSchema.safeParse(keys('MFk=wEwY')).success).toBe(false)
  })

  it('reads a ledger from before the bases, and one with them, and refuses more than three per record', () => {
    expect(exchangeRowSchema.safeParse(ledger()).success).toBe(true)
    const base = (revision: number) => ({ origin: 'a', revision, fields: { name: '2qp7aur82v' } })
    expect(exchangeRowSchema.safeParse(ledger({ bases: { 'system:s1': [base(3), base(2)] } })).success).toBe(
      true,
    )
    expect(
      exchangeRowSchema.safeParse(ledger({ bases: { 'system:s1': [base(4), base(3), base(2), base(1)] } }))
        .success,
    ).toBe(false)
  })
})
