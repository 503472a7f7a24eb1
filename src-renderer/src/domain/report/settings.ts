/**
 * Who issues a report and where (docs/domain.md §6, Decree 30/2020 layout): kept in Settings, printed
 * in every exported workbook's header and signature block. Every field has a default below: a
 * row stored by an older version (StoredReportSettings), in the database or a backup, is read
 * over these defaults (db/repos/settings.ts).
 */
export interface ReportSettings {
  /** Cơ quan chủ quản trực tiếp, e.g. "UBND THÀNH PHỐ HẢI PHÒNG". */
  parentBody: string
  /** Cơ quan ban hành, e.g. "SỞ KHOA HỌC VÀ CÔNG NGHỆ". */
  issuingBody: string
  /** Địa danh for the place-and-date line, e.g. "Hải Phòng". */
  place: string
  /** Quyền hạn, chức vụ người ký, e.g. "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC". */
  signerTitle: string
  signerName: string
  /** Nơi nhận, one per line. */
  recipients: string[]
  /**
   * A letter's "Kính gửi:" (Mẫu 08: the security unit or force the owner reports to), one
   * addressee each. Empty: the letter keeps the form's dotted placeholder.
   */
  addressees: string[]
  /**
   * Ký hiệu of the letter, e.g. "BC-SKHCN": printed after the number ("Số: ....../BC-SKHCN"). The
   * number itself is given when the letter is registered, so it stays dotted.
   */
  documentSymbol: string
  /** Mẫu 08 part 2: the owner (chủ quản) and its security unit. */
  ownerName: string
  /** Địa chỉ liên lạc (part 2 a(4) and b(4)). */
  ownerAddress: string
  securityUnitName: string
  securityUnitAddress: string
  contactPerson: string
  contactPhone: string
  contactEmail: string
}

/** Fields added after the first release: a row stored before them lacks them. */
export type LaterReportField = 'addressees' | 'documentSymbol' | 'ownerAddress' | 'securityUnitAddress'

/** Report settings as stored: a row written by an older version may lack the later fields. */
export type StoredReportSettings = Omit<ReportSettings, LaterReportField> &
  Partial<Pick<ReportSettings, LaterReportField>>

export const DEFAULT_REPORT_SETTINGS: ReportSettings = {
  parentBody: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG',
  issuingBody: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
  place: 'Hải Phòng',
  signerTitle: 'GIÁM ĐỐC',
  signerName: '',
  recipients: ['Như trên;', 'Lưu: VT.'],
  addressees: [],
  documentSymbol: '',
  ownerName: 'Ủy ban nhân dân thành phố Hải Phòng',
  ownerAddress: '',
  securityUnitName: 'Sở Khoa học và Công nghệ',
  securityUnitAddress: '',
  contactPerson: '',
  contactPhone: '',
  contactEmail: '',
}
