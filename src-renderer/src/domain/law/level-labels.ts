/**
 * The Vietnamese names of the level wizard's answers, shared by the questions on screen, the
 * thuyết minh and the CLI. The harm is worded as each decree words it: Decree 85 speaks of harm to
 * "quốc phòng, an ninh quốc gia", Decree 331 of harm to "an ninh quốc gia".
 */
import type { Harm, OnlineServiceLevel, Scope, SecretGrade } from './level-answers'
import type { LegalRegime } from './regime'

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

/** Mức độ as Decree 85 grades them, with the names used since Decree 42/2022 (law/nd-85-2016-trich.md). */
export const ONLINE_SERVICE_LEVEL_LABEL: Record<OnlineServiceLevel, string> = {
  0: 'Không cung cấp thông tin, dịch vụ công trực tuyến',
  1: 'Mức độ 1 — cung cấp thông tin trực tuyến',
  2: 'Mức độ 2 — cung cấp thông tin trực tuyến (có biểu mẫu điện tử)',
  3: 'Mức độ 3 — dịch vụ công trực tuyến một phần',
  4: 'Mức độ 4 — dịch vụ công trực tuyến toàn trình',
}

const HARM_WORDS: Record<Harm, string> = {
  none: 'Không gây tổn hại tới',
  harm: 'Tổn hại tới',
  serious: 'Tổn hại nghiêm trọng tới',
  especially_serious: 'Tổn hại đặc biệt nghiêm trọng tới',
}

const HARMED: Record<LegalRegime, string> = {
  ND85: 'quốc phòng, an ninh quốc gia',
  ND331: 'an ninh quốc gia',
}

export function harmLabel(harm: Harm, regime: LegalRegime): string {
  return `${HARM_WORDS[harm]} ${HARMED[regime]}`
}
