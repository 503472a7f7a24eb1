/**
 * Another office's systems obey the same order of dossier dates as ours (domain/dossier-dates.ts):
 * a file holding a system whose dates are out of order is refused at the preview, and a choice
 * of fields on a conflict that would combine our date with theirs out of order is refused at the
 * apply, each with the two dates named. Dates are not checked against today here: the offices'
 * clocks may differ by a day, and the sending office already refused a future date.
 */
import { DomainError } from '../errors'
import { dateOrderViolations, newDateViolations, type DossierDates } from '../dossier-dates'

const ASK_SENDER =
  'Dữ liệu hiện tại không bị thay đổi. Hãy đề nghị đơn vị gửi sửa lại các ngày này rồi xuất lại tệp bằng chức năng "Gửi lên".'

export const exchangeDateMessages = {
  incoming: (name: string, violation: string) =>
    `Tệp trao đổi dữ liệu có hệ thống thông tin "${name}" ghi ngày không theo thứ tự nên không được nhận: ${violation} ${ASK_SENDER}`,
  merged: (name: string, violation: string) =>
    `Không nhận được dữ liệu: với cách xử lý đã chọn, hệ thống thông tin "${name}" sẽ có ngày không theo thứ tự: ${violation} ` +
    'Dữ liệu hiện tại không bị thay đổi. Hãy chọn giữ các ngày của hồ sơ từ cùng một bên rồi nhận lại.',
} as const

/** The preview's check of a system as the file holds it. */
export function assertIncomingDates(record: DossierDates, name: string, id: string): void {
  const [first] = dateOrderViolations(record)
  if (first) {
    throw new DomainError('exchange_dates_out_of_order', exchangeDateMessages.incoming(name, first.message), {
      id,
      ...first,
    })
  }
}

/** The apply's check of a system as it would be stored, against ours before (null: new here). */
export function assertMergedDates(
  before: DossierDates | null,
  after: DossierDates,
  name: string,
  id: string,
): void {
  const [first] = newDateViolations(before, after)
  if (first) {
    throw new DomainError('exchange_dates_out_of_order', exchangeDateMessages.merged(name, first.message), {
      id,
      ...first,
    })
  }
}
