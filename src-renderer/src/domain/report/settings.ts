/**
 * Who issues a report and where (DOMAIN.md §6, Decree 30/2020 layout): kept in Settings, printed
 * in every exported workbook's header and signature block.
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
  /** Mẫu 08 part 2: the owner (chủ quản) and its security unit. */
  ownerName: string
  securityUnitName: string
  contactPerson: string
  contactPhone: string
  contactEmail: string
}

export const DEFAULT_REPORT_SETTINGS: ReportSettings = {
  parentBody: 'ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG',
  issuingBody: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
  place: 'Hải Phòng',
  signerTitle: 'GIÁM ĐỐC',
  signerName: '',
  recipients: ['Như trên;', 'Lưu: VT.'],
  ownerName: 'Ủy ban nhân dân thành phố Hải Phòng',
  securityUnitName: 'Sở Khoa học và Công nghệ',
  contactPerson: '',
  contactPhone: '',
  contactEmail: '',
}
