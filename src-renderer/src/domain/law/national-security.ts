/**
 * Systems important to national security under Decree 331 (law/nd-331-2026-trich.md). Điều 16
 * khoản 4 says a level-5 system is one — not that one is level 5. Meeting Điều 16 khoản 1–3 is its
 * own fact: the owner proposes the system for the list (Điều 17), and a level-3 or level-4 system
 * on the list follows the level-5 procedure (Điều 20 khoản 4). Decree 85 has no such list.
 */
import type { Level } from '../types'
import type { LevelAnswers } from './level-answers'
import type { LegalRegime } from './regime'

/** A consequence of the answers that is not a level criterion, with the clause it rests on. */
export interface LevelNote {
  id: 'ND331-17' | 'ND331-20.4' | 'ND331-20.4-open' | 'ND331-16.4'
  clause: string
  /** The clause's words, as in law/; '' when the clause is only cited. */
  quote: string
  /** What it means for this system, in our words. */
  text: string
}

const ND = 'Nghị định 331/2026/NĐ-CP'

/** Whether the system or one of its parts meets a criterion of Điều 16 khoản 1–3. */
export function meetsNationalSecurityCriteria(answers: LevelAnswers): boolean {
  return answers.nationalSecurityImportant || (answers.parts ?? []).some((p) => p.answers.nationalSecurityImportant)
}

export function nationalSecurityNotes(
  answers: LevelAnswers,
  regime: LegalRegime,
  level: Level | null,
): LevelNote[] {
  if (regime !== 'ND331') return []
  const notes: LevelNote[] = []
  if (meetsNationalSecurityCriteria(answers)) {
    notes.push({
      id: 'ND331-17',
      clause: `${ND}, Điều 17`,
      quote: '',
      text: 'Hệ thống đáp ứng tiêu chí hệ thống thông tin quan trọng về an ninh quốc gia (Điều 16 khoản 1–3): chủ quản rà soát, lập hồ sơ đề nghị đưa hệ thống vào Danh mục hệ thống thông tin quan trọng về an ninh quốc gia. Tiêu chí này không tự xác định cấp độ của hệ thống.',
    })
    if (level === 3 || level === 4) {
      notes.push({
        id: 'ND331-20.4',
        clause: `${ND}, Điều 20 khoản 4`,
        quote:
          'Đối với hệ thống thông tin cấp độ 3, cấp độ 4 được xác định thuộc Danh mục hệ thống thông tin quan trọng về an ninh quốc gia. Các đơn vị thực hiện trình tự, thủ tục xác định cấp độ đối với hệ thống thông tin như đối với hệ thống thông tin được đề xuất cấp độ 5.',
        text: `Khi được đưa vào Danh mục, hồ sơ cấp độ ${level} của hệ thống theo trình tự, thủ tục như hệ thống đề xuất cấp độ 5.`,
      })
    } else if (level === 1 || level === 2) {
      notes.push({
        id: 'ND331-20.4-open',
        clause: `${ND}, Điều 20 khoản 4`,
        quote: '',
        text: `Nghị định chỉ quy định trình tự riêng cho hệ thống cấp độ 3, cấp độ 4 thuộc Danh mục; với hệ thống cấp độ ${level} thuộc Danh mục, nghị định chưa quy định.`,
      })
    }
  }
  if (level === 5) {
    notes.push({
      id: 'ND331-16.4',
      clause: `${ND}, Điều 16 khoản 4`,
      quote: 'Hệ thống thông tin cấp độ 5 là hệ thống thông tin quan trọng về an ninh quốc gia.',
      text: 'Hệ thống cấp độ 5 thuộc Danh mục hệ thống thông tin quan trọng về an ninh quốc gia do Thủ tướng Chính phủ phê duyệt (Điều 18 khoản 3 điểm đ).',
    })
  }
  return notes
}
