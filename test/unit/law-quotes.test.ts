/**
 * The law, to the letter (issue #14): every article, clause and point the product cites exists in
 * the texts kept in law/, and every quote and time limit it presents as the law's words is found
 * there word for word, in the passage it cites (NFC and whitespace aside). Sources of claims are
 * listed in law-claims.ts; extend them there.
 */
import { describe, expect, it } from 'vitest'
import { CLAIM_SOURCES, citationsIn, limitWords, type LawClaim } from './law-claims'
import { normalise, quoteFoundIn, resolveCitation } from './law-text'

/** Documents the product cites that law/ does not hold: cited by name, never quoted. */
const NOT_HELD = [
  'Chỉ thị 09/CT-TTg ngày 23/02/2024',
  'Chỉ thị 14/CT-TTg năm 2019',
  'Công điện 33/CĐ-TTg ngày 07/4/2024',
  'Thông tư 12/2022/TT-BTTTT',
  // The Law's own transition clause (systems already classified): its text is not in law/, so it
  // is cited by name, without an article number.
  'Luật An ninh mạng số 116/2025/QH15, điều khoản chuyển tiếp',
]

/** Articles of a held document outside the excerpt: cited, never quoted. */
const OUTSIDE_EXCERPT = [
  // Decree 85's principles of classification; the excerpt starts at Điều 6.
  'Nghị định 85/2016/NĐ-CP, Điều 5',
]

/**
 * Claims known to be wrong today and owned by another change. The test checks they are still
 * wrong, so this list cannot outlive the fix: whoever corrects one deletes its line here. (The
 * Decree 85 time limits that cited Điều 12 now cite Điều 16 khoản 2 and 17 khoản 2.)
 */
const KNOWN_WRONG: readonly string[] = []

/** Why a claim does not hold, or null when it does. */
function fault(claim: LawClaim): string | null {
  const found = resolveCitation(claim.citation)
  if (!found.held) {
    if (!NOT_HELD.includes(found.document)) return `cites "${found.document}", which law/ does not hold`
    return claim.quote ? `quotes "${found.document}", which law/ does not hold` : null
  }
  if (found.passages === null) {
    if (OUTSIDE_EXCERPT.includes(normalise(claim.citation)) && !claim.quote) return null
    return `cites ${found.missing}, which is not in the text`
  }
  if (claim.quote && !found.passages.some((p) => quoteFoundIn(claim.quote ?? '', p)))
    return `quote not found in ${claim.citation}: “${claim.quote}”`
  return null
}

async function allClaims(): Promise<{ source: string; claim: LawClaim }[]> {
  const lists = await Promise.all(
    CLAIM_SOURCES.map(async (s) => (await s.claims()).map((claim) => ({ source: s.name, claim }))),
  )
  return lists.flat()
}

describe('the legal texts in law/', () => {
  it('resolve a citation to the words of its point, without the extractor’s notes', () => {
    const found = resolveCitation('Nghị định 331/2026/NĐ-CP, Điều 13 khoản 2 điểm b')
    expect(found).toEqual({ held: true, passages: ['b) Hệ thống thông tin giải quyết thủ tục hành chính;'] })
    const nd85 = resolveCitation('Nghị định 85/2016/NĐ-CP, Điều 8 khoản 2 điểm a')
    expect(nd85).toEqual({
      held: true,
      passages: [
        'a) Cung cấp thông tin và dịch vụ công trực tuyến từ mức độ 2 trở xuống theo quy định của pháp luật;',
      ],
    })
    const circular = resolveCitation('Thông tư 03/2017/TT-BTTTT, Điều 14 khoản 3')
    expect(circular.held && circular.passages?.[0]).toContain(
      'Trong vòng 05 ngày làm việc kể từ ngày tiếp nhận',
    )
    // Điều 17 of Decree 331 is summarised by the extractor except its khoản 4.
    const summarised = resolveCitation('Nghị định 331/2026/NĐ-CP, Điều 17 khoản 1')
    expect(summarised).toEqual({ held: true, passages: null, missing: 'Điều 17 khoản 1' })
  })

  it('find a quote only in the passage it cites, word for word', () => {
    const [passage] = (
      resolveCitation('Nghị định 85/2016/NĐ-CP, Điều 9 khoản 2 điểm c') as { passages: string[] }
    ).passages
    const words =
      'Cung cấp dịch vụ trực tuyến khác có xử lý thông tin riêng, thông tin cá nhân của từ 10.000 người sử dụng trở lên.'
    expect(quoteFoundIn(words, passage ?? '')).toBe(true)
    expect(quoteFoundIn(words.normalize('NFD').replace(', ', ',\n  '), passage ?? '')).toBe(true)
    expect(quoteFoundIn(words.replace('10.000', '100.000'), passage ?? '')).toBe(false)
    expect(quoteFoundIn(words.replace('người sử dụng', 'chủ thể dữ liệu'), passage ?? '')).toBe(false)
  })

  it('word time limits as the decrees do', () => {
    expect(limitWords({ days: 7, workingDays: true })).toBe('07 ngày làm việc kể từ')
    expect(limitWords({ days: 15, workingDays: false })).toBe('15 ngày kể từ')
    expect(citationsIn('tiêu chí (Nghị định 331, Điều 16 khoản 1–3).')).toEqual([
      'Nghị định 331/2026/NĐ-CP, Điều 16 khoản 1–3',
    ])
  })
})

describe('every citation, quote and time limit the product shows', () => {
  it('is found in law/ as cited', async () => {
    const claims = await allClaims()
    expect(claims.length).toBeGreaterThan(60)
    const faults = claims
      .filter(({ claim }) => !KNOWN_WRONG.includes(claim.where))
      .map(({ source, claim }) => ({ source, where: claim.where, fault: fault(claim) }))
      .filter((f) => f.fault !== null)
    expect(faults).toEqual([])
  })

  it('still gets wrong only what KNOWN_WRONG lists (delete a line once it is fixed)', async () => {
    const claims = await allClaims()
    const listed = claims.filter(({ claim }) => KNOWN_WRONG.includes(claim.where))
    expect(listed.map(({ claim }) => claim.where).sort()).toEqual([...KNOWN_WRONG].sort())
    const fixed = listed.filter(({ claim }) => fault(claim) === null).map(({ claim }) => claim.where)
    expect(fixed).toEqual([])
  })
})
