import { describe, expect, it } from 'vitest'
import {
  INFORMATION_TYPES_EXPECTED,
  parseInformationTypes,
  parseSystemType,
  SYSTEM_TYPE_EXPECTED,
} from './classification'

describe('reading the system type', () => {
  it('reads the Vietnamese label, case and diacritics aside', () => {
    expect(parseSystemType('Phục vụ người dân, doanh nghiệp')).toEqual({ ok: true, value: 'public_service' })
    expect(parseSystemType('phuc vu hoat dong noi bo')).toEqual({ ok: true, value: 'internal' })
    expect(parseSystemType('Điều khiển công nghiệp')).toEqual({ ok: true, value: 'industrial_control' })
  })

  it('reads an empty cell as not classified', () => {
    expect(parseSystemType(null)).toEqual({ ok: true, value: null })
  })

  it('rejects anything else, listing the labels', () => {
    expect(parseSystemType('Quan trọng')).toEqual({ ok: false, message: SYSTEM_TYPE_EXPECTED })
    expect(SYSTEM_TYPE_EXPECTED).toContain('"Cơ sở hạ tầng thông tin"')
  })
})

describe('reading the information types', () => {
  it('reads several labels separated by semicolons, commas or lines, in the law order', () => {
    expect(parseInformationTypes('Thông tin cá nhân; Thông tin công cộng')).toEqual({
      ok: true,
      value: ['public', 'personal'],
    })
    expect(parseInformationTypes('bí mật nhà nước, thông tin riêng\nThông tin cá nhân')).toEqual({
      ok: true,
      value: ['private', 'personal', 'state_secret'],
    })
  })

  it('reads an empty cell as none', () => {
    expect(parseInformationTypes('')).toEqual({ ok: true, value: [] })
  })

  it('rejects a cell with an unknown type', () => {
    expect(parseInformationTypes('Thông tin cá nhân; Thông tin mật')).toEqual({
      ok: false,
      message: INFORMATION_TYPES_EXPECTED,
    })
  })
})
