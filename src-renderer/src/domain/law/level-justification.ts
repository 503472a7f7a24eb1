/**
 * The thuyết minh of a proposed level (Decree 331 Điều 21 khoản 3, Điều 22 khoản 4): the facts the
 * wizard collected, the clauses that decide the level (quoted), what follows from the answers
 * without being a level criterion, what the secret grade suggests (labelled as an inference) and
 * the conclusion, as plain Vietnamese text to paste into the dossier or save with the system.
 */
import { INFORMATION_TYPE_LABEL, SYSTEM_TYPE_LABEL } from '../vocabulary'
import type { LevelAnswers } from './level-answers'
import { harmLabel, ONLINE_SERVICE_LEVEL_LABEL, SCOPE_LABEL, SECRET_GRADE_LABEL } from './level-labels'
import { lowerLevelsMet, type LevelReason, type LevelSuggestion } from './level-wizard'
import { REGIME_LABEL, type LegalRegime } from './regime'
import { INFERENCE_LABEL } from './secret-grade-inference'
import { formatCount } from '../number-format'

export { SCOPE_LABEL, SECRET_GRADE_LABEL } from './level-labels'

/** What the wizard says when no criterion is met: Decree 85 has no risk-assessment criterion. */
export const UNDETERMINED_HELP: Record<LegalRegime, string> = {
  ND85: 'Hệ thống chưa đáp ứng tiêu chí nào của Điều 7–11 Nghị định 85/2016/NĐ-CP: kiểm tra lại loại hệ thống, loại thông tin và hậu quả khi bị phá hoại. Nghị định 85 không có tiêu chí xác định cấp độ theo đánh giá rủi ro.',
  ND331:
    'Hệ thống chưa đáp ứng tiêu chí cụ thể nào; cần đánh giá rủi ro an ninh mạng theo Khung quản lý rủi ro an ninh mạng (hoặc quyết định của Thủ tướng Chính phủ) để xác định cấp độ.',
}

// The one count format (domain/number-format.ts), also offered to the justification's callers.
export { formatCount }

const yesNo = (b: boolean) => (b ? 'Có' : 'Không')

/** The facts each decree's criteria read, in its own words. */
function serviceLines(a: LevelAnswers, regime: LegalRegime): string[] {
  if (regime === 'ND85') {
    return [
      `- Số người sử dụng có thông tin riêng, thông tin cá nhân được xử lý: ${formatCount(Math.max(a.basicSubjects, a.sensitiveSubjects))}.`,
      `- Thông tin, dịch vụ công trực tuyến: ${ONLINE_SERVICE_LEVEL_LABEL[a.onlineServiceLevel ?? 0]}; thuộc danh mục dịch vụ kinh doanh có điều kiện: ${yesNo(a.conditionalBusiness)}.`,
    ]
  }
  return [
    `- Số chủ thể dữ liệu: ${formatCount(a.basicSubjects)} (dữ liệu cá nhân cơ bản); ${formatCount(a.sensitiveSubjects)} (dữ liệu cá nhân nhạy cảm).`,
    `- Giải quyết thủ tục hành chính: ${yesNo(a.administrativeProcedures)}; thuộc danh mục ngành, nghề đầu tư kinh doanh có điều kiện: ${yesNo(a.conditionalBusiness)}.`,
    `- Đáp ứng tiêu chí hệ thống thông tin quan trọng về an ninh quốc gia (Điều 16 khoản 1–3): ${yesNo(a.nationalSecurityImportant)}.`,
  ]
}

function factLines(a: LevelAnswers, regime: LegalRegime): string[] {
  const info = a.information.map((t) => INFORMATION_TYPE_LABEL[t]).join('; ') || '(chưa khai báo)'
  const grade =
    a.information.includes('state_secret') && a.secretGrade
      ? ` (độ ${SECRET_GRADE_LABEL[a.secretGrade]})`
      : ''
  return [
    `- Loại hệ thống thông tin: ${SYSTEM_TYPE_LABEL[a.systemType]}.`,
    `- Loại thông tin được xử lý: ${info}${grade}.`,
    ...serviceLines(a, regime),
    `- Phạm vi phục vụ: ${SCOPE_LABEL[a.scope]}; yêu cầu vận hành 24/7: ${yesNo(a.operates247)}.`,
    `- Hậu quả khi bị phá hoại: ${harmLabel(a.harm, regime)}${a.defenceOrSecurity ? ' (phục vụ quốc phòng, an ninh)' : ''}.`,
  ]
}

function reasonLine(r: LevelReason): string {
  const where = r.part ? ` [hệ thống thành phần: ${r.part}]` : ''
  return `- ${r.clause}${where}: “${r.quote}”`
}

/** What is not a level criterion, each in its own numbered section, before the conclusion. */
function asideSections(result: LevelSuggestion): string[][] {
  const sections: string[][] = []
  if (result.notes.length > 0) {
    sections.push([
      'Hệ thống thông tin quan trọng về an ninh quốc gia',
      ...result.notes.map((n) => `- ${n.clause}: ${n.quote ? `“${n.quote}” ` : ''}${n.text}`),
    ])
  }
  if (result.inferences.length > 0) {
    sections.push([
      `Độ mật của bí mật nhà nước (${INFERENCE_LABEL.toLowerCase()})`,
      ...result.inferences.map((i) => `- ${i.part ? `[hệ thống thành phần: ${i.part}] ` : ''}${i.reasoning}`),
    ])
  }
  return sections
}

/**
 * The facts the answers state, in the decree's words, one line each; a composite system's parts
 * follow under their names. What the thuyết minh's "Thuyết minh chi tiết" lists.
 */
export function justificationFactLines(answers: LevelAnswers, regime: LegalRegime): string[] {
  const lines = factLines(answers, regime)
  for (const part of answers.parts ?? []) {
    lines.push(`Hệ thống thành phần “${part.name}”:`, ...factLines(part.answers, regime))
  }
  return lines
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
    ...justificationFactLines(answers, regime),
  )
  lines.push('', '2. Căn cứ đề xuất cấp độ')
  const asides = asideSections(result)
  const closing = (conclusion: string) => {
    asides.forEach(([title, ...body], i) => lines.push('', `${i + 3}. ${title ?? ''}`, ...body))
    lines.push('', `${asides.length + 3}. Kết luận`, conclusion)
    return lines.join('\n')
  }
  if (!result.determined) {
    lines.push(`- ${UNDETERMINED_HELP[regime]}`)
    return closing('Chưa đủ căn cứ để đề xuất cấp độ.')
  }
  lines.push(...result.reasons.map(reasonLine))
  const lowerLevels = lowerLevelsMet(result)
  const composite = (answers.parts ?? []).length > 0
  if (lowerLevels.length > 0 || composite) {
    const rule = result.highestRule
    const words = rule.quote ? `: “${rule.quote}”` : ' (áp dụng cấp độ cao nhất)'
    const also =
      lowerLevels.length > 0 ? `Hệ thống còn đáp ứng tiêu chí của cấp độ ${lowerLevels.join(', ')}; ` : ''
    lines.push(`- ${also}theo ${rule.clause}${words}`)
  }
  return closing(`Đề xuất cấp độ ${result.level}.`)
}
