import { describe, expect, it } from 'vitest'
import { parseStatus, STATUS_EXPECTED } from './status'

describe('reading a dossier status (tình trạng hồ sơ)', () => {
  it.each([
    ['Chưa xây dựng', 'not_started'],
    ['Chưa có hồ sơ', 'not_started'],
    ['Đang xây dựng', 'drafting'],
    ['Đang lập', 'drafting'],
    ['Đang dự thảo', 'drafting'],
    ['Đã trình thẩm định', 'submitted'],
    ['Đã gửi thẩm định', 'submitted'],
    ['Đang thẩm định', 'submitted'],
    ['Chờ thẩm định', 'submitted'],
    ['Đã thẩm định', 'appraised'],
    ['Đã có ý kiến thẩm định', 'appraised'],
    ['Đã phê duyệt', 'approved'],
    ['Đã được phê duyệt', 'approved'],
    ['Đang điều chỉnh', 'revising'],
  ] as const)('reads "%s" as %s', (text, state) => {
    expect(parseStatus(text, false)).toEqual({ ok: true, value: state })
  })

  it('ignores case, diacritics and extra spaces', () => {
    expect(parseStatus('DA PHE DUYET', false)).toEqual({ ok: true, value: 'approved' })
    expect(parseStatus('  đang   thẩm định ', false)).toEqual({ ok: true, value: 'submitted' })
    expect(parseStatus('Đã phê duyệt'.normalize('NFD'), false)).toEqual({ ok: true, value: 'approved' })
  })

  it('reads the labels CapDo exports write back to the same state', () => {
    expect(parseStatus('Chưa xây dựng hồ sơ', false)).toEqual({ ok: true, value: 'not_started' })
  })

  it('reads an empty status as approved when the row has an approval date', () => {
    expect(parseStatus(null, true)).toEqual({ ok: true, value: 'approved' })
    expect(parseStatus(' ', true)).toEqual({ ok: true, value: 'approved' })
  })

  it('reads an empty status as not started when the row has no approval date', () => {
    expect(parseStatus(null, false)).toEqual({ ok: true, value: 'not_started' })
  })

  it('keeps a written status even when the row has an approval date', () => {
    expect(parseStatus('Đang điều chỉnh', true)).toEqual({ ok: true, value: 'revising' })
  })

  it.each([
    ['Đang xây dựng hồ sơ', 'drafting'],
    ['Chưa xây dựng hồ sơ cấp độ', 'not_started'],
    ['ĐÃ PHÊ DUYỆT.', 'approved'],
    ['Đã phê duyệt (QĐ số 1234/QĐ-UBND)', 'approved'],
    ['HTTT đã được phê duyệt cấp độ', 'approved'],
    ['- Đã trình thẩm định hồ sơ -', 'submitted'],
    ['Hồ sơ đang thẩm định [gửi 03/2025]', 'submitted'],
    ['Đã có ý kiến thẩm định của Sở', 'appraised'],
    ['Đã phê duyệt, đang xác định lại cấp độ', 'revising'],
    ['Đang điều chỉnh hồ sơ đề xuất cấp độ', 'revising'],
  ] as const)('reads "%s" by the state it names: %s', (text, state) => {
    expect(parseStatus(text, false)).toEqual({ ok: true, value: state })
  })

  it('refuses a status naming two conflicting states, naming both', () => {
    const outcome = parseStatus('Đã phê duyệt / chưa xây dựng hồ sơ', false)
    expect(outcome).toEqual({ ok: false, message: expect.stringContaining('nêu 2 trạng thái khác nhau') })
    if (!outcome.ok) {
      expect(outcome.message).toContain('"Đã phê duyệt", "Chưa xây dựng hồ sơ"')
      expect(outcome.message).toContain(STATUS_EXPECTED)
    }
  })

  it.each(['abc', 'Cần bổ sung', 'Đã phê', 'Chưa phê duyệt', 3, true])(
    'rejects %j with the list of statuses',
    (value) => {
      expect(parseStatus(value, false)).toEqual({ ok: false, message: STATUS_EXPECTED })
    },
  )
})
