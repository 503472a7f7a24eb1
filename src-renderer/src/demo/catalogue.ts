/**
 * The vocabulary the demo register is drawn from: kinds of information systems a Vietnamese
 * agency runs, who assesses them, what assessments find, and commune names for the extra units a
 * benchmark asks for. Plausible, not real: no record here describes an actual system.
 */
import type { InformationType, SystemType } from '../domain/types'

export interface SystemTemplate {
  name: string
  type: SystemType
  info: readonly InformationType[]
  /**
   * Folded phrases (whole words) of a unit's name or block this template is specific to;
   * absent: any unit.
   */
  sectors?: readonly string[]
}

export const GENERAL_SYSTEMS: readonly SystemTemplate[] = [
  { name: 'Cổng thông tin điện tử', type: 'public_service', info: ['public'] },
  { name: 'Hệ thống quản lý văn bản và điều hành', type: 'internal', info: ['private'] },
  { name: 'Hệ thống thư điện tử công vụ', type: 'internal', info: ['private', 'personal'] },
  { name: 'Hệ thống một cửa điện tử', type: 'public_service', info: ['private', 'personal'] },
  { name: 'Cơ sở dữ liệu cán bộ, công chức, viên chức', type: 'internal', info: ['personal'] },
  { name: 'Hệ thống mạng nội bộ (LAN)', type: 'infrastructure', info: ['private'] },
  { name: 'Hệ thống hội nghị truyền hình trực tuyến', type: 'internal', info: ['private'] },
  { name: 'Hệ thống quản lý tài chính, kế toán', type: 'internal', info: ['private'] },
  { name: 'Hệ thống quản lý tài sản công', type: 'internal', info: ['private'] },
  { name: 'Hệ thống camera giám sát an ninh', type: 'other', info: ['private'] },
  { name: 'Hệ thống sao lưu, dự phòng dữ liệu', type: 'infrastructure', info: ['private'] },
  { name: 'Hệ thống phần mềm quản lý hồ sơ lưu trữ', type: 'internal', info: ['private'] },
  { name: 'Trang thông tin điện tử nội bộ', type: 'internal', info: ['public'] },
  { name: 'Hệ thống tiếp nhận phản ánh, kiến nghị', type: 'public_service', info: ['personal'] },
]

export const SECTOR_SYSTEMS: readonly SystemTemplate[] = [
  {
    name: 'Hệ thống bệnh án điện tử',
    type: 'public_service',
    info: ['personal'],
    sectors: ['y te', 'benh vien'],
  },
  { name: 'Cơ sở dữ liệu y tế', type: 'internal', info: ['personal'], sectors: ['y te'] },
  { name: 'Cơ sở dữ liệu ngành giáo dục', type: 'internal', info: ['personal'], sectors: ['giao duc'] },
  {
    name: 'Cơ sở dữ liệu đất đai',
    type: 'public_service',
    info: ['private', 'personal'],
    sectors: ['tai nguyen'],
  },
  {
    name: 'Cơ sở dữ liệu hộ tịch điện tử',
    type: 'public_service',
    info: ['personal'],
    sectors: ['tu phap', 'quan uy', 'uy ban nhan dan xa', 'uy ban nhan dan phuong'],
  },
  {
    name: 'Hệ thống giám sát giao thông',
    type: 'infrastructure',
    info: ['private'],
    sectors: ['giao thong', 'cong an'],
  },
  {
    name: 'Hệ thống dịch vụ công trực tuyến',
    type: 'public_service',
    info: ['personal'],
    sectors: ['so', 'van phong uy ban'],
  },
  {
    name: 'Trung tâm dữ liệu',
    type: 'infrastructure',
    info: ['private', 'personal'],
    sectors: ['thong tin', 'khoa hoc', 'van phong uy ban'],
  },
  {
    name: 'Hệ thống giám sát an toàn thông tin (SOC)',
    type: 'infrastructure',
    info: ['private'],
    sectors: ['thong tin', 'khoa hoc'],
  },
  { name: 'Hệ thống quản lý thuế', type: 'public_service', info: ['private', 'personal'], sectors: ['thue'] },
  {
    name: 'Hệ thống thanh toán điện tử',
    type: 'public_service',
    info: ['private', 'personal'],
    sectors: ['kho bac', 'ngan hang'],
  },
  {
    name: 'Cơ sở dữ liệu bảo hiểm xã hội',
    type: 'public_service',
    info: ['personal'],
    sectors: ['bao hiem'],
  },
  {
    name: 'Hệ thống quản lý khách hàng',
    type: 'internal',
    info: ['personal'],
    sectors: ['cong ty', 'vien thong', 'viettel', 'chi nhanh', 'dien luc', 'cap nuoc'],
  },
  {
    name: 'Hệ thống điều khiển giám sát (SCADA)',
    type: 'industrial_control',
    info: ['private'],
    sectors: ['dien luc', 'cap nuoc', 'thoat nuoc', 'cang'],
  },
  {
    name: 'Hệ thống mạng lõi viễn thông',
    type: 'infrastructure',
    info: ['private', 'personal'],
    sectors: ['vien thong', 'viettel', 'mobifone', 'vietnamobile', 'truyen hinh cap'],
  },
  {
    name: 'Hệ thống phát thanh, truyền hình số',
    type: 'public_service',
    info: ['public'],
    sectors: ['phat thanh', 'truyen hinh'],
  },
  {
    name: 'Hệ thống quản lý đảng viên',
    type: 'internal',
    info: ['personal', 'private'],
    sectors: ['dang', 'thanh uy'],
  },
]

/** Accredited assessors (level 3 and above need one under Decree 85). */
export const ACCREDITED_ASSESSORS: readonly string[] = [
  'Trung tâm Giám sát an toàn không gian mạng quốc gia',
  'Trung tâm Kiểm định an toàn thông tin Hải Phòng',
  'Công ty Cổ phần Kiểm định An ninh mạng Duyên Hải',
  'Viện Kiểm định công nghệ thông tin và truyền thông',
]

export const RESULTS: readonly (readonly [string, number])[] = [
  ['Đạt', 70],
  ['Đạt, có khuyến nghị khắc phục', 25],
  ['Chưa đạt', 5],
]

export const FINDINGS: readonly string[] = [
  'Cần cập nhật bản vá hệ điều hành cho máy chủ ứng dụng.',
  'Chưa có phương án sao lưu dữ liệu định kỳ ra ngoài trụ sở.',
  'Mật khẩu quản trị chưa đáp ứng yêu cầu độ phức tạp.',
  'Nhật ký hệ thống chưa được lưu trữ tập trung đủ thời gian quy định.',
  'Chưa phân quyền truy cập theo nguyên tắc tối thiểu.',
  'Tường lửa ứng dụng web chưa được cấu hình đầy đủ.',
]

export const AD_HOC_NOTES: readonly string[] = [
  'Kiểm tra đột xuất sau sự cố mã độc.',
  'Kiểm tra theo yêu cầu của cơ quan chức năng.',
  'Kiểm tra sau khi nâng cấp, mở rộng hệ thống.',
]

/** Communes and wards (after the 2025 reorganisation) for units beyond the seed list. */
export const COMMUNE_NAMES: readonly string[] = [
  'An Biên',
  'An Dương',
  'An Hải',
  'An Lão',
  'An Phong',
  'An Quang',
  'An Trường',
  'Bạch Đằng',
  'Chấn Hưng',
  'Chu Văn An',
  'Dương Kinh',
  'Đồ Sơn',
  'Đông Hải',
  'Gia Viên',
  'Hải An',
  'Hòa Bình',
  'Hồng An',
  'Hồng Bàng',
  'Hùng Thắng',
  'Hưng Đạo',
  'Kênh Giang',
  'Kiến An',
  'Kiến Hải',
  'Kiến Hưng',
  'Kiến Minh',
  'Kiến Thụy',
  'Lê Chân',
  'Lê Ích Mộc',
  'Lưu Kiếm',
  'Nam Đồ Sơn',
  'Nam Triệu',
  'Ngô Quyền',
  'Nguyễn Bỉnh Khiêm',
  'Nguyễn Đại Năng',
  'Phù Liễn',
  'Quang Trung',
  'Quyết Thắng',
  'Tân Minh',
  'Thái Sơn',
  'Thiên Hương',
  'Thủy Nguyên',
  'Tiên Lãng',
  'Tiên Minh',
  'Việt Khê',
  'Vĩnh Am',
  'Vĩnh Bảo',
  'Vĩnh Hải',
  'Vĩnh Hòa',
  'Vĩnh Thịnh',
  'Vĩnh Thuận',
  'Chiến Thắng',
  'Quyết Tiến',
  'Tân Tiến',
  'Trường Tân',
]

export const EXTRA_UNITS_BLOCK = 'Ủy ban nhân dân các xã, phường'

export const CITY_PEOPLES_COMMITTEE = 'Ủy ban nhân dân thành phố Hải Phòng'
export const CITY_PARTY_COMMITTEE = 'Thành ủy Hải Phòng'
