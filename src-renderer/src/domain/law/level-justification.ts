/**
 * The thuyết minh of a proposed level (Decree 331 Điều 21 khoản 3, Điều 22 khoản 4): the facts the
 * wizard collected, the clauses that decide the level (quoted where the text is held) and the
 * conclusion, as plain Vietnamese text to paste into the dossier or save with the system.
 */
import { INFORMATION_TYPE_LABEL, SYSTEM_TYPE_LABEL } from '../vocabulary'
import type { Harm, LevelAnswers, Scope, SecretGrade } from './level-answers'
import type { LevelReason, LevelSuggestion } from './level-wizard'
import { REGIME_LABEL, type LegalRegime } from './regime'

export const SECRET_GRADE_LABEL: Record<SecretGrade, string> = {
  mat: 'Mật',
  toi_mat: 'Tối mật',
  tuyet_mat: 'Tuyệt mật',
}

export const SCOPE_LABEL: Record<Scope, string> = {
  organisation: 'Một cơ quan, tổ chức',
  sector_or_province: 'Một bộ, ngành, tỉnh hoặc một số tỉnh',
  national: 'Toàn quốc',
}

export const HARM_LABEL: Record<Harm, string> = {
  none: 'Không gây tổn hại tới an ninh quốc gia',
  harm: 'Tổn hại tới an ninh quốc gia',
  serious: 'Tổn hại nghiêm trọng tới an ninh quốc gia',
  especially_serious: 'Tổn hại đặc biệt nghiêm trọng tới an ninh quốc gia',
}

/** 120000 → "120.000", the Vietnamese grouping. */
export function formatCount(n: number): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
}

const yesNo = (b: boolean) => (b ? 'Có' : 'Không')

function factLines(a: LevelAnswers): string[] {
  const info = a.information.map((t) => INFORMATION_TYPE_LABEL[t]).join('; ') || '(chưa khai báo)'
  const grade =
    a.information.includes('state_secret') && a.secretGrade
      ? ` (độ ${SECRET_GRADE_LABEL[a.secretGrade]})`
      : ''
  return [
    `- Loại hệ thống thông tin: ${SYSTEM_TYPE_LABEL[a.systemType]}.`,
    `- Loại thông tin được xử lý: ${info}${grade}.`,
    `- Số chủ thể dữ liệu: ${formatCount(a.basicSubjects)} (dữ liệu cá nhân cơ bản); ${formatCount(a.sensitiveSubjects)} (dữ liệu cá nhân nhạy cảm).`,
    `- Giải quyết thủ tục hành chính: ${yesNo(a.administrativeProcedures)}; thuộc ngành, nghề kinh doanh có điều kiện: ${yesNo(a.conditionalBusiness)}.`,
    `- Phạm vi phục vụ: ${SCOPE_LABEL[a.scope]}; yêu cầu vận hành 24/7: ${yesNo(a.operates247)}.`,
    `- Hậu quả khi bị phá hoại: ${HARM_LABEL[a.harm]}${a.defenceOrSecurity ? ' (phục vụ quốc phòng, an ninh)' : ''}.`,
  ]
}

function reasonLine(r: LevelReason): string {
  const where = r.part ? ` [hệ thống thành phần: ${r.part}]` : ''
  const words = r.quote ? `“${r.quote}”` : `${r.summary} (trích dẫn điều, khoản; không trích nguyên văn)`
  return `- ${r.clause}${where}: ${words}`
}

export function levelJustificationText(
  answers: LevelAnswers,
  result: LevelSuggestion,
  regime: LegalRegime,
  systemName = '',
): string {
  const lines: string[] = ['THUYẾT MINH VỀ VIỆC ĐỀ XUẤT CẤP ĐỘ']
  if (systemName.trim()) lines.push(`Hệ thống thông tin: ${systemName.trim()}`)
  lines.push(
    `Căn cứ: ${REGIME_LABEL[regime]}.`,
    '',
    '1. Đặc điểm của hệ thống thông tin',
    ...factLines(answers),
  )
  for (const part of answers.parts ?? []) {
    lines.push(`Hệ thống thành phần “${part.name}”:`, ...factLines(part.answers))
  }
  lines.push('', '2. Căn cứ đề xuất cấp độ')
  if (!result.determined) {
    lines.push(
      '- Hệ thống chưa đáp ứng tiêu chí cụ thể nào; cần đánh giá rủi ro an ninh mạng theo Khung quản lý rủi ro an ninh mạng (hoặc quyết định của Thủ tướng Chính phủ) để xác định cấp độ.',
      '',
      '3. Kết luận',
      'Chưa đủ căn cứ để đề xuất cấp độ.',
    )
    return lines.join('\n')
  }
  lines.push(...result.reasons.map(reasonLine))
  const lowerLevels = [...new Set(result.met.filter((r) => r.level < result.level).map((r) => r.level))]
  const composite = (answers.parts ?? []).length > 0
  if (lowerLevels.length > 0 || composite) {
    const rule = result.highestRule
    const words = rule.quote ? `: “${rule.quote}”` : ' (áp dụng cấp độ cao nhất)'
    const also =
      lowerLevels.length > 0 ? `Hệ thống còn đáp ứng tiêu chí của cấp độ ${lowerLevels.join(', ')}; ` : ''
    lines.push(`- ${also}theo ${rule.clause}${words}`)
  }
  lines.push('', '3. Kết luận', `Đề xuất cấp độ ${result.level}.`)
  return lines.join('\n')
}
