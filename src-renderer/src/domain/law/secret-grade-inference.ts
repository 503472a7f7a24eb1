/**
 * What the grade of the state secrets a system processes suggests about its level. Neither decree
 * says it: their criteria (Decree 85 Điều 9–11 khoản 1, Decree 331 Điều 13–15 khoản 1) turn on the
 * harm sabotage would do to national security, not on the grade. The Law on Protection of State
 * Secrets 2018 (Điều 8) grades secrets by how gravely their loss would harm the nation, so Mật,
 * Tối mật and Tuyệt mật read naturally as the criteria's three degrees of harm — an inference,
 * shown apart from the quoted criteria with its reasoning, and never counted as the law's level.
 */
import type { Level } from '../types'
import type { Harm, LevelAnswers, SecretGrade } from './level-answers'
import { secretGradeOf } from './level-answers'
import type { LegalRegime } from './regime'

export interface LevelInference {
  level: Level
  grade: SecretGrade
  /** The criterion the grade is read into, had the officer answered the matching harm. */
  criterionId: string
  clause: string
  /** The harm the grade reads as. */
  harm: Harm
  /** Why, in Vietnamese, for the screen, the CLI and the thuyết minh. */
  reasoning: string
  /** The component system it comes from, for a composite system. */
  part?: string
}

/** The label the product puts on every inference: never mistaken for the decree's words. */
export const INFERENCE_LABEL = 'Suy luận, không phải lời văn của nghị định'

const BY_GRADE: Record<SecretGrade, { level: Level; harm: Harm; name: string; degree: string }> = {
  mat: { level: 3, harm: 'harm', name: 'Mật', degree: 'tổn hại' },
  toi_mat: { level: 4, harm: 'serious', name: 'Tối mật', degree: 'tổn hại nghiêm trọng' },
  tuyet_mat: { level: 5, harm: 'especially_serious', name: 'Tuyệt mật', degree: 'tổn hại đặc biệt nghiêm trọng' },
}

const CLAUSE: Record<LegalRegime, Record<3 | 4 | 5, { id: string; clause: string }>> = {
  ND85: {
    3: { id: 'ND85-9.1', clause: 'Nghị định 85/2016/NĐ-CP, Điều 9 khoản 1' },
    4: { id: 'ND85-10.1', clause: 'Nghị định 85/2016/NĐ-CP, Điều 10 khoản 1' },
    5: { id: 'ND85-11.1', clause: 'Nghị định 85/2016/NĐ-CP, Điều 11 khoản 1' },
  },
  ND331: {
    3: { id: 'ND331-13.1', clause: 'Nghị định 331/2026/NĐ-CP, Điều 13 khoản 1' },
    4: { id: 'ND331-14.1', clause: 'Nghị định 331/2026/NĐ-CP, Điều 14 khoản 1' },
    5: { id: 'ND331-15.1', clause: 'Nghị định 331/2026/NĐ-CP, Điều 15 khoản 1' },
  },
}

/** The inference from the answers' secret grade, or null when no grade is given. */
export function secretGradeInference(
  answers: Pick<LevelAnswers, 'secretGrade' | 'information'>,
  regime: LegalRegime,
  part?: string,
): LevelInference | null {
  const grade = secretGradeOf(answers)
  if (grade === null) return null
  const g = BY_GRADE[grade]
  const target = CLAUSE[regime][g.level as 3 | 4 | 5]
  const reasoning =
    `Hệ thống xử lý bí mật nhà nước độ ${g.name}. Luật Bảo vệ bí mật nhà nước 2018 (Điều 8) phân độ mật ` +
    `theo mức nguy hại nếu thông tin bị lộ, bị mất; suy ra việc phá hoại hệ thống có thể gây ${g.degree} ` +
    `tới ${regime === 'ND85' ? 'quốc phòng, an ninh quốc gia' : 'an ninh quốc gia'}, tức tiêu chí của ${target.clause} — cấp độ ${g.level}. ` +
    'Nghị định không gắn độ mật với cấp độ: cấp độ theo nghị định chỉ tính khi câu hỏi “Nếu hệ thống bị ' +
    'phá hoại, hậu quả…” được trả lời tương ứng.'
  const inference: LevelInference = {
    level: g.level,
    grade,
    criterionId: target.id,
    clause: target.clause,
    harm: g.harm,
    reasoning,
  }
  return part === undefined ? inference : { ...inference, part }
}
