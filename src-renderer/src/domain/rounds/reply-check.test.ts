import { describe, expect, it } from 'vitest'
import { matchReply } from './reply-check'
import { closeRound } from './round'
import { BUILD, HEALTH, markerFor, NOW, PORTAL, sampleRound, TOKEN_BUILD } from './test-support'

describe('a reply finds its round and unit only through the rounds on record', () => {
  const round = sampleRound()
  const marker = markerFor(round, HEALTH, [PORTAL])

  it('matches the round and the recipient', () => {
    const match = matchReply(marker, [round])
    expect(match.ok && match.recipient.unitId).toBe(HEALTH.id)
  })

  it('a round this CapDo does not have says so, naming the letter', () => {
    expect(matchReply({ ...marker, roundId: 'round-x' }, [round])).toMatchObject({
      ok: false,
      code: 'unknown_round',
      message: expect.stringContaining(
        'công văn số 125/STTTT-BCVT ngày 20/11/2026, nhưng CapDo này không có đợt đó',
      ),
    })
  })

  it('a closed round says when it was closed and takes no reply', () => {
    expect(matchReply(marker, [closeRound(round, '2026-12-31', NOW)])).toMatchObject({
      ok: false,
      code: 'round_closed',
      message: expect.stringContaining('đã đóng ngày 31/12/2026'),
    })
  })

  it('a unit the round did not ask is refused', () => {
    expect(matchReply({ ...marker, unitId: 'unit-x', unitName: 'Sở Tư pháp' }, [round])).toMatchObject({
      ok: false,
      code: 'not_recipient',
    })
  })

  it('a marker naming one unit with another unit’s token (a copied request) is refused', () => {
    expect(matchReply({ ...markerFor(round, HEALTH, []), token: TOKEN_BUILD }, [round])).toMatchObject({
      ok: false,
      code: 'token_mismatch',
      message: expect.stringContaining('mã xác nhận không khớp'),
    })
    expect(matchReply(markerFor(round, BUILD, []), [round]).ok).toBe(true)
  })
})
