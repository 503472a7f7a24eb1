import { describe, expect, it } from 'vitest'
import { emptyLedger } from './ledger'
import { restoredExchangeRows, type ExchangeRowOf } from './restore-policy'
import type { PinnedKey } from './trust'
import type { ExchangeLedger, Office } from './types'

type Row = ExchangeRowOf<string>

const self: Office = { id: 'o-self', name: 'Sở Thông tin và Truyền thông' }
const peer: Office = { id: 'o-peer', name: 'Sở Y tế' }

const ledger = (ours: number, theirs = 0): ExchangeLedger => ({
  ...emptyLedger(self),
  seen: { [self.id]: ours, [peer.id]: theirs },
})

const pin = (fingerprint: string): PinnedKey => ({
  publicKey: `key-${fingerprint}`,
  fingerprint,
  name: peer.name,
  pinnedAt: '2027-01-05T02:00:00.000Z',
})

const ledgerOf = (rows: Row[]) => rows.find((r) => r.key === 'ledger')?.value as ExchangeLedger | undefined
const valueOf = (rows: Row[], key: Row['key']) => rows.find((r) => r.key === key)?.value

describe('what a restore does to the exchange rows', () => {
  it('never takes our revision counter back: numbers handed out after the backup stay used', () => {
    const backup: Row[] = [
      { key: 'office', value: self },
      { key: 'ledger', value: ledger(2, 5) },
    ]
    const current: Row[] = [
      { key: 'office', value: self },
      { key: 'ledger', value: ledger(9, 7) },
    ]
    const seen = ledgerOf(restoredExchangeRows(backup, current))?.seen
    // Ours is the higher of the two; what we had seen of the peer is the backup's.
    expect(seen).toEqual({ [self.id]: 9, [peer.id]: 5 })
  })

  it('keeps the backup’s counter when it is the higher one', () => {
    const backup: Row[] = [
      { key: 'office', value: self },
      { key: 'ledger', value: ledger(12) },
    ]
    const current: Row[] = [
      { key: 'office', value: self },
      { key: 'ledger', value: ledger(4) },
    ]
    expect(ledgerOf(restoredExchangeRows(backup, current))?.seen[self.id]).toBe(12)
  })

  it('a backup without exchange rows (schema v2) keeps the current identity and counter', () => {
    const current: Row[] = [
      { key: 'office', value: self },
      { key: 'ledger', value: ledger(6, 3) },
      { key: 'keys', value: 'our-keys' },
    ]
    const rows = restoredExchangeRows([], current)
    expect(valueOf(rows, 'office')).toEqual(self)
    // The ledger starts afresh (the backup knows no exchange) but our counter does not go back.
    expect(ledgerOf(rows)?.seen).toEqual({ [self.id]: 6 })
    expect(valueOf(rows, 'keys')).toBe('our-keys')
  })

  it('the signing key follows the identity: another office’s backup does not take this office’s key', () => {
    const other: Office = { id: 'o-other', name: 'Sở Tài chính' }
    const backup: Row[] = [{ key: 'office', value: other }]
    const current: Row[] = [
      { key: 'office', value: self },
      { key: 'keys', value: 'our-keys' },
    ]
    const rows = restoredExchangeRows(backup, current)
    expect(valueOf(rows, 'office')).toEqual(other)
    expect(valueOf(rows, 'keys')).toBeUndefined()
  })

  it('the backup’s key comes back with its identity', () => {
    const backup: Row[] = [
      { key: 'office', value: self },
      { key: 'keys', value: 'backed-up-keys' },
    ]
    const current: Row[] = [
      { key: 'office', value: self },
      { key: 'keys', value: 'newer-keys' },
    ]
    expect(valueOf(restoredExchangeRows(backup, current), 'keys')).toBe('backed-up-keys')
  })

  it('pins are merged and the current pin wins: a replaced key is not trusted again', () => {
    const third = 'o-third'
    const backup: Row[] = [
      { key: 'office', value: self },
      { key: 'pins', value: { [peer.id]: pin('OLD'), [third]: pin('THIRD') } },
    ]
    const current: Row[] = [
      { key: 'office', value: self },
      { key: 'pins', value: { [peer.id]: pin('NEW') } },
    ]
    expect(valueOf(restoredExchangeRows(backup, current), 'pins')).toEqual({
      [peer.id]: pin('NEW'),
      [third]: pin('THIRD'),
    })
  })

  it('a store that never exchanged, restored from a backup that never did, gets no exchange rows', () => {
    expect(restoredExchangeRows([], [])).toEqual([])
  })
})
