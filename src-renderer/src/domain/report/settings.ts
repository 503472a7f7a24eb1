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
  /**
   * Mẫu 08 part 2 a): the owner (chủ quản) — (1) name, (2) the document setting its mandate
   * ("Quy định chức năng, nhiệm vụ và quyền hạn", may stay empty: "Trường hợp không có thì để
   * trống"), (3) its head's name and title, (4) address, (5) phone and e-mail.
   */
  ownerName: string
  ownerMandate: string
  ownerRepresentative: string
  ownerAddress: string
  ownerPhone: string
  ownerEmail: string
  /** Mẫu 08 part 2 b): the security unit (đơn vị chuyên trách về an ninh mạng), the same five. */
  securityUnitName: string
  securityUnitMandate: string
  securityUnitRepresentative: string
  securityUnitAddress: string
  securityUnitPhone: string
  securityUnitEmail: string
  /**
   * Người đầu mối liên hệ: the officer to call about the register (the dossier's thuyết minh
   * prints this phone and e-mail). Not part 2 of Mẫu 08, which asks each body's own contact.
   */
  contactPerson: string
  contactPhone: string
  contactEmail: string
}

/** Fields added after the first release: a row stored before them lacks them. */
export type LaterReportField =
  | 'addressees'
  | 'documentSymbol'
  | 'ownerAddress'
  | 'securityUnitAddress'
  | 'ownerMandate'
  | 'ownerRepresentative'
  | 'ownerPhone'
  | 'ownerEmail'
  | 'securityUnitMandate'
  | 'securityUnitRepresentative'
  | 'securityUnitPhone'
  | 'securityUnitEmail'

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
  ownerMandate: '',
  ownerRepresentative: '',
  ownerAddress: '',
  ownerPhone: '',
  ownerEmail: '',
  securityUnitName: 'Sở Khoa học và Công nghệ',
  securityUnitMandate: '',
  securityUnitRepresentative: '',
  securityUnitAddress: '',
  securityUnitPhone: '',
  securityUnitEmail: '',
  contactPerson: '',
  contactPhone: '',
  contactEmail: '',
}
