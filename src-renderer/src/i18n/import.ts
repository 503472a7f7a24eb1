/** Strings of the Excel import screen: choose a file, check the preview, import, see the result. */
import { formatCount } from '../domain/number-format'
const n = (count: number): string => formatCount(count)

export const importText = {
  title: 'Nhập từ Excel',
  intro:
    'Chọn bảng tính danh mục hệ thống thông tin đang dùng: Excel (.xlsx, .xls), LibreOffice (.ods) hoặc tệp CSV. ' +
    'CapDo tự tìm dòng tiêu đề, ' +
    'cho xem trước những gì sẽ thêm mới hoặc cập nhật, và chỉ ghi vào sổ theo dõi khi bạn bấm nhập.',
  steps: {
    choose: 'Chọn tệp',
    preview: 'Xem trước và kiểm tra',
    result: 'Kết quả',
  },
  chooseFile: 'Chọn tệp danh mục',
  chooseOther: 'Chọn tệp khác',
  fileFilter: 'Bảng tính và tệp CSV (.xlsx, .xls, .ods, .csv, .txt)',
  allFiles: 'Tất cả tệp',
  reading: (fileName: string) => `Đang đọc tệp "${fileName}"`,
  /** What the worker is doing, by how far it got (readInventoryWorkbook's steps, then planning). */
  readingStage: (fraction: number) =>
    fraction < 0.5
      ? 'Đang mở và giải nén bảng tính…'
      : fraction < 0.85
        ? 'Đang đọc các dòng…'
        : 'Đang so sánh với sổ theo dõi…',
  rereading: 'Đang đọc lại tệp theo ánh xạ cột mới…',
  readFailed: 'Không đọc được tệp',
  readFailedHint:
    'Kiểm tra lại tệp rồi chọn lại. Tệp cần là bảng tính (.xlsx, .xls, .ods) hoặc tệp CSV có một dòng tiêu đề với ít nhất cột tên hệ thống và cột đơn vị.',
  workerFailed:
    'Bộ đọc tệp Excel gặp sự cố và đã dừng. Hãy chọn lại tệp; nếu vẫn lỗi, hãy khởi động lại ứng dụng.',
  accepted: 'Nhận các cột như: Tên hệ thống, Đơn vị quản lý, Cấp độ, Tình trạng hồ sơ, Ngày phê duyệt…',
  chooseTitle: 'Chọn bảng tính danh mục hệ thống thông tin',
  promises: [
    'Tiêu đề, dòng trống, dòng tổng cộng và ghi chú trong tệp được tự bỏ qua.',
    'Chưa ghi gì vào sổ theo dõi cho đến khi bạn xem trước và bấm nhập.',
    'Nhập lại cùng một tệp không tạo hệ thống trùng lặp.',
    'Mọi thay đổi được ghi vào lịch sử của từng hệ thống.',
  ],

  source: {
    file: 'Tệp',
    location: (sheetName: string, headerRow: number) =>
      `Dòng tiêu đề: ${headerRow}, trang tính '${sheetName}'`,
    rowsRead: (count: number) => `${n(count)} dòng dữ liệu`,
    textLocation: (headerRow: number) => `Dòng tiêu đề: ${headerRow}`,
    encoding: 'Bảng mã',
    separator: 'Dấu phân cách',
    detected: 'tự nhận',
    chosen: 'đã chọn',
    textHint:
      'CapDo tự nhận bảng mã và dấu phân cách của tệp văn bản. Nếu chữ tiếng Việt bị lỗi phông hoặc các cột bị dồn ' +
      'vào một ô, hãy chọn lại ở đây.',
  },

  counts: {
    add: 'Thêm mới',
    update: 'Cập nhật',
    unchanged: 'Không thay đổi',
    errorRows: 'Dòng có lỗi',
    blocked: 'Không nhập được',
    addHint: 'hệ thống chưa có trong sổ',
    updateHint: 'hệ thống có thông tin khác',
    unchangedHint: 'đã khớp với sổ theo dõi',
    errorRowsHint: (errors: number) => `${n(errors)} ô không đọc được`,
    noErrorsHint: 'không có ô lỗi',
    blockedHint: 'do đơn vị chưa được tạo',
  },

  mapping: {
    title: 'Ánh xạ cột',
    help: 'Mỗi trường của sổ theo dõi lấy dữ liệu từ cột nào của tệp. Chọn lại nếu CapDo nhận sai hoặc chưa nhận ra cột.',
    field: 'Trường trong sổ theo dõi',
    column: 'Cột trong tệp',
    required: 'bắt buộc',
    none: '— Không nhập —',
    overridden: 'đã chọn lại',
    selectLabel: (field: string) => `Cột cho trường ${field}`,
    showAll: (count: number) => `Hiện tất cả ${n(count)} trường`,
    ignored: 'Các cột bỏ qua (không khớp trường nào):',
    noIgnored: 'Không có cột nào bị bỏ qua.',
    missingTitle: (fields: string) => `Chưa nhận ra cột bắt buộc: ${fields}`,
    missingHint:
      'Chọn cột tương ứng trong bảng ánh xạ dưới đây. Nếu tệp không có cột này, hãy bổ sung vào tệp rồi chọn lại tệp.',
  },

  /** The order of day and month in columns of dates written as text (domain/inventory/date-order.ts). */
  dateOrder: {
    title: 'Thứ tự ngày, tháng trong các cột ngày ghi dạng chữ',
    undecidedTitle: (columns: number) =>
      `Chưa rõ thứ tự ngày, tháng của ${n(columns)} cột: hãy chọn trước khi nhập`,
    help:
      'Tệp CSV ghi ngày đúng như chữ hiển thị trong bảng tính, nên “03/04/2024” có thể là ngày 3 tháng 4 ' +
      '(cách ghi của Việt Nam, CapDo dùng mặc định) hoặc ngày 4 tháng 3 (bảng tính soạn trên máy cài tiếng Anh). ' +
      'Mỗi cột được đọc theo một thứ tự duy nhất; một ô không hợp với thứ tự đã chọn là lỗi, CapDo không tự đảo.',
    order: { day_first: 'Ngày/tháng/năm (dd/mm/yyyy)', month_first: 'Tháng/ngày/năm (mm/dd/yyyy)' },
    orderLabel: (column: string) => `Thứ tự ngày, tháng của cột ${column}`,
    choose: 'Chọn thứ tự…',
    undecided: (cells: number) =>
      `Chưa rõ: cột có ngày chỉ đọc được khi tháng đứng trước. ${n(cells)} ô chưa được đọc cho đến khi bạn chọn thứ tự.`,
    assumed: 'Đọc ngày trước tháng theo quy ước (mặc định). Chọn lại nếu tệp ghi tháng trước.',
    chosen: 'Đọc theo thứ tự bạn đã chọn.',
    monthFirst: (count: number) => `Chỉ đọc được khi tháng đứng trước (${n(count)} ô):`,
    dayFirst: (count: number) => `Chỉ đọc được khi ngày đứng trước (${n(count)} ô):`,
    either: (count: number) => `Đọc được cả hai cách (${n(count)} ô):`,
    sampleRow: (row: number) => `dòng ${row}`,
    readAs: (day: number, month: number, year: number) => `ngày ${day} tháng ${month} năm ${year}`,
  },

  /** The blocks (Khối) the import gives units (domain/inventory/unit-blocks.ts). */
  blocks: {
    title: 'Khối của các đơn vị',
    help:
      'Đơn vị đã có khối trong sổ (kể cả từ danh sách đơn vị nhập ở trang Đơn vị) giữ nguyên khối. Đơn vị mới, và đơn vị ' +
      'trong sổ chưa có khối, nhận khối từ cột “Khối” của tệp; nếu tệp không ghi, từ danh sách đơn vị của tỉnh, ' +
      'thành phố (tệp CSV: khối, stt, tên đơn vị) khi bạn chọn.',
    unit: 'Đơn vị',
    block: 'Khối',
    source: 'Lấy từ',
    newUnit: 'đơn vị mới',
    existingUnit: 'đơn vị trong sổ, chưa có khối',
    knownUnit: (registerName?: string) =>
      registerName === undefined ? 'đơn vị trong sổ' : `đơn vị trong sổ: ${registerName}`,
    fromRegister: 'Khối đã có trong sổ (giữ nguyên)',
    fromRegisterFileSays: (block: string, row: number) =>
      `Khối đã có trong sổ (giữ nguyên; tệp ghi “${block}” ở dòng ${row} — đổi khối ở trang Đơn vị nếu cần)`,
    fromColumn: (row: number) => `Cột “Khối” của tệp, dòng ${row}`,
    fromList: (fileName: string) => `Danh sách đơn vị “${fileName}”`,
    none: '(Chưa phân khối)',
    noneSource: 'Tệp và danh sách đơn vị đều không ghi',
    summary: (assigned: number, total: number) => `${n(assigned)}/${n(total)} đơn vị có khối`,
    chooseList: 'Lấy khối từ danh sách đơn vị (CSV)…',
    chooseOtherList: 'Chọn danh sách đơn vị khác…',
    listLoaded: (fileName: string, units: number, blocks: number) =>
      `Đang dùng danh sách “${fileName}”: ${n(units)} đơn vị trong ${n(blocks)} khối.`,
    listFilter: 'Danh sách đơn vị (.csv, .txt)',
  },

  units: {
    title: (count: number) => `Đơn vị chưa có trong sổ theo dõi (${n(count)})`,
    help: 'Các đơn vị được chọn sẽ được tạo mới khi nhập. Các dòng thuộc đơn vị không được chọn sẽ không được nhập.',
    systems: (count: number) => `${n(count)} hệ thống`,
    selectAll: 'Chọn tất cả',
  },

  lists: {
    title: 'Các dòng của tệp',
    add: (count: number) => `Thêm mới (${n(count)})`,
    update: (count: number) => `Cập nhật (${n(count)})`,
    unchanged: (count: number) => `Không thay đổi (${n(count)})`,
    blocked: (count: number) => `Không nhập được vì đơn vị chưa được tạo (${n(count)})`,
    row: 'Dòng',
    name: 'Tên hệ thống',
    unit: 'Đơn vị',
    level: 'Cấp độ',
    status: 'Tình trạng hồ sơ',
    changes: 'Thay đổi',
    empty: 'Không có dòng nào.',
    /** A row of a file older than a rename, matched by the system's former name. */
    formerName: (fileName: string, currentName: string) =>
      `Khớp theo tên cũ: “${fileName}” (tên hiện tại: “${currentName}”, giữ nguyên)`,
  },

  errors: {
    title: (count: number) => `Lỗi trong tệp (${n(count)})`,
    help: 'Sửa các ô này trong Excel rồi chọn lại tệp, hoặc chỉ nhập các dòng hợp lệ.',
    row: 'Dòng',
    column: 'Cột',
    value: 'Giá trị',
    message: 'Lỗi',
    emptyCell: '(ô trống)',
  },

  onlyValid: (rows: number) => `Chỉ nhập các dòng hợp lệ (bỏ qua ${n(rows)} dòng lỗi)`,
  blockedByErrors: 'Tệp còn lỗi: sửa tệp, hoặc đánh dấu "Chỉ nhập các dòng hợp lệ" để nhập phần còn lại.',
  nothingValid: 'Không có dòng hợp lệ nào để nhập: sửa các ô báo lỗi trong Excel rồi bấm “Chọn tệp khác”.',
  /** Why "Nhập vào sổ theo dõi" waits while the preview is read again (a mapping or date order changed). */
  busyReason: 'CapDo đang đọc lại tệp: chờ bản xem trước cập nhật xong rồi bấm “Nhập vào sổ theo dõi”.',
  importButton: 'Nhập vào sổ theo dõi',
  importing: 'Đang ghi vào sổ theo dõi…',
  /** What the import will write: new units, systems added and updated, blocks given to register units. */
  summary: (add: number, update: number, units: number, blocks = 0) => {
    const parts: string[] = []
    if (units > 0) parts.push(`tạo ${n(units)} đơn vị mới`)
    if (add + update > 0) parts.push(`thêm mới ${n(add)} và cập nhật ${n(update)} hệ thống thông tin`)
    if (blocks > 0) parts.push(`gán khối cho ${n(blocks)} đơn vị đã có trong sổ`)
    const only = add + update === 0 ? ' (không thay đổi hệ thống thông tin nào)' : ''
    return `Sẽ ${parts.join(', ')}${only}.`
  },
  nothingToChange: 'Sổ theo dõi đã khớp với tệp: nhập lại sẽ không thay đổi gì.',

  result: {
    title: (fileName: string) => `Đã nhập tệp "${fileName}"`,
    noChangeTitle: (fileName: string) => `Tệp "${fileName}" không có gì mới`,
    subtitle: 'Mọi thay đổi được ghi vào lịch sử của từng hệ thống với nguồn "Nhập Excel".',
    noChangeSubtitle: 'Sổ theo dõi đã khớp với tệp: không có hệ thống nào được thêm hay cập nhật.',
    /** Only units were created or given a block: no system changed. */
    unitsOnlySubtitle: 'Không có hệ thống thông tin nào thay đổi; các đơn vị được tạo hoặc gán khối đã ghi vào lịch sử.',
    added: 'Hệ thống thêm mới',
    updated: 'Hệ thống cập nhật',
    unchanged: 'Không thay đổi',
    unitsCreated: 'Đơn vị tạo mới',
    blocksAssigned: 'Đơn vị được xếp khối',
    assessments: 'Lần kiểm tra, đánh giá ghi nhận',
    errorRows: 'Dòng lỗi bỏ qua',
    skipped: 'Dòng bỏ qua vì đơn vị chưa được tạo',
    toRegister: 'Xem sổ theo dõi',
    toDashboard: 'Về trang Tổng quan',
    again: 'Nhập tệp khác',
  },

  /** Labels of the fields a change names that the store's field labels put otherwise. */
  changeLabel: {
    name: 'Tên hệ thống',
    unit: 'Đơn vị quản lý, vận hành',
    lastAssessedOn: 'Kiểm tra, đánh giá',
  } as Readonly<Record<string, string>>,
  emptyValue: '(trống)',
  newAssessment: (date: string) => `thêm lần kiểm tra, đánh giá ngày ${date} (chưa rõ hình thức)`,
  /** The file gives the last assessment's date, never its kind. */
  unknownKind: (count: number) =>
    `${n(count)} lần kiểm tra, đánh giá gần nhất sẽ được ghi với hình thức “Chưa rõ hình thức”, vì tệp chỉ ghi ngày, ` +
    'không ghi hình thức (trước khi đưa vào sử dụng, định kỳ hay đột xuất). CapDo không tự coi là định kỳ; ' +
    'khi biết, hãy sửa hình thức ở trang của từng hệ thống.',
} as const
