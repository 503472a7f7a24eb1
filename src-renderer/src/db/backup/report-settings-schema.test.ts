import { describe, expect, it } from 'vitest'
import { DEFAULT_REPORT_SETTINGS } from '../../domain/report/settings'
import { settingsSchema } from './record-schemas'

/** The report settings as releases before the letter lines (Kính gửi, ký hiệu, addresses) stored them. */
const olderRow = {
  key: 'reportSettings',
  value: {
    parentBody: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG',
    issuingBody: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    place: 'Hải Phòng',
    signerTitle: 'GIÁM ĐỐC',
    signerName: 'Nguyễn Văn A',
    recipients: ['Như trên;', 'Lưu: VT.'],
    ownerName: 'Ủy ban nhân dân thành phố Hải Phòng',
    securityUnitName: 'Sở Khoa học và Công nghệ',
    contactPerson: '',
    contactPhone: '',
    contactEmail: '',
  },
}

describe('report settings in a backup', () => {
  it('restores a row written before the letter lines existed, as it is (read later over the defaults)', () => {
    const parsed = settingsSchema.safeParse(olderRow)
    expect(parsed.success).toBe(true)
    expect(parsed.data).toEqual(olderRow)
  })

  it('keeps the letter lines and Mẫu 08 part 2’s items of a row that has them', () => {
    const value = {
      ...DEFAULT_REPORT_SETTINGS,
      addressees: ['Bộ Công an', 'Công an thành phố Hải Phòng'],
      documentSymbol: 'BC-SKHCN',
      ownerAddress: 'Số 18 Hoàng Diệu',
      securityUnitAddress: 'Số 3 Lý Tự Trọng',
      ownerMandate: 'Quyết định số 01/QĐ-UBND',
      ownerRepresentative: 'Nguyễn Văn A, Chủ tịch',
      ownerPhone: '0225 3842 000',
      ownerEmail: 'ubnd@haiphong.gov.vn',
      securityUnitMandate: 'Quyết định số 12/QĐ-UBND',
      securityUnitRepresentative: 'Trần Thị B, Giám đốc',
      securityUnitPhone: '0225 3822 111',
      securityUnitEmail: 'skhcn@haiphong.gov.vn',
    }
    expect(settingsSchema.parse({ key: 'reportSettings', value })).toEqual({ key: 'reportSettings', value })
  })

  it('still refuses a field it does not know, or a list that is not one', () => {
    expect(settingsSchema.safeParse({ ...olderRow, value: { ...olderRow.value, extra: 'x' } }).success).toBe(
      false,
    )
    expect(
      settingsSchema.safeParse({ ...olderRow, value: { ...olderRow.value, addressees: 'Bộ Công an' } })
        .success,
    ).toBe(false)
  })
})
