import { describe, expect, it } from 'vitest'
import { DEPLOYMENT_EXPECTED, parseDeployment } from './deployment'

describe('reading the protection-plan deployment column', () => {
  it('reads a date cell as fully deployed on that date', () => {
    expect(parseDeployment(new Date(Date.UTC(2024, 11, 20)))).toEqual({
      ok: true,
      value: { state: 'full', deployedOn: '2024-12-20' },
    })
  })

  it('reads a date written as text or as a serial number as fully deployed on that date', () => {
    expect(parseDeployment('20/12/2024')).toEqual({
      ok: true,
      value: { state: 'full', deployedOn: '2024-12-20' },
    })
    expect(parseDeployment(45646)).toEqual({ ok: true, value: { state: 'full', deployedOn: '2024-12-20' } })
  })

  it.each(['Đã triển khai', 'Đã triển khai đầy đủ', 'Hoàn thành', 'Có', 'x', 'X', 'da trien khai day du'])(
    'reads "%s" as fully deployed, date unknown',
    (text) => {
      expect(parseDeployment(text)).toEqual({ ok: true, value: { state: 'full', deployedOn: null } })
    },
  )

  it.each(['Đã triển khai một số hạng mục', 'Đang triển khai'])('reads "%s" as partly deployed', (text) => {
    expect(parseDeployment(text)).toEqual({ ok: true, value: { state: 'partial', deployedOn: null } })
  })

  it.each([null, '', 'Chưa triển khai'])('reads %j as not deployed', (value) => {
    expect(parseDeployment(value)).toEqual({ ok: true, value: { state: 'none', deployedOn: null } })
  })

  it.each([
    ['Đã triển khai đầy đủ phương án.', 'full', null],
    ['ĐÃ HOÀN THÀNH (nghiệm thu)', 'full', null],
    ['Hoàn thành ngày 20/12/2024', 'full', '2024-12-20'],
    ['Đang triển khai (dự kiến 2025)', 'partial', null],
    ['Đã triển khai một số hạng mục của phương án', 'partial', null],
    ['Chưa triển khai phương án', 'none', null],
  ] as const)('reads "%s" by the state it names', (text, state, deployedOn) => {
    expect(parseDeployment(text)).toEqual({ ok: true, value: { state, deployedOn } })
  })

  it('refuses a cell naming two states, and the short answers inside other words', () => {
    const both = parseDeployment('Đã triển khai đầy đủ / chưa triển khai')
    expect(both).toEqual({ ok: false, message: expect.stringContaining('nêu 2 trạng thái khác nhau') })
    expect(parseDeployment('có kế hoạch')).toEqual({ ok: false, message: DEPLOYMENT_EXPECTED })
  })

  it('rejects other words with the three states it expects', () => {
    expect(parseDeployment('sắp xong')).toEqual({ ok: false, message: DEPLOYMENT_EXPECTED })
    expect(parseDeployment(true)).toEqual({ ok: false, message: DEPLOYMENT_EXPECTED })
  })

  it('says an impossible date is impossible', () => {
    const outcome = parseDeployment('31/02/2024')
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) expect(outcome.message).toContain('31/02/2024 không tồn tại')
  })
})
