/**
 * `level <answers.json> [--regime ND85|ND331] [--json]`: runs the level wizard without a screen on
 * a file of answers (level-answers-file.ts) and prints, for each system, the level the criteria
 * call for with the deciding clauses quoted; then, apart, what follows without being a criterion
 * (the national-security list) and what the secret grade suggests (an inference). Exit 0, 1 when
 * the file departs from the shape (each place listed), 2 usage error or unreadable file.
 */
import { REGIME_LABEL, type LegalRegime } from '../../../src-renderer/src/domain/law/regime'
import { UNDETERMINED_HELP } from '../../../src-renderer/src/domain/law/level-justification'
import {
  suggestLevel,
  type LevelReason,
  type LevelSuggestion,
} from '../../../src-renderer/src/domain/law/level-wizard'
import { INFERENCE_LABEL } from '../../../src-renderer/src/domain/law/secret-grade-inference'
import { parseArgs, regimeOption, UsageError } from '../args'
import { readFailure } from '../fs-errors'
import { EXIT, type CliIo } from '../io'
import { readAnswersFile, type AnswersEntry } from '../level-answers-file'

export const LEVEL_USAGE = 'Cách dùng: capdo level <câu-trả-lời.json> [--regime ND85|ND331] [--json]'

export const LEVEL_HELP = `    Chạy bộ câu hỏi xác định cấp độ trên tệp câu trả lời (JSON) và in cấp độ đề xuất kèm các
    điều, khoản quyết định (trích nguyên văn).
    --regime   tiêu chí áp dụng: ND331 (mặc định, Nghị định 331/2026/NĐ-CP) hoặc ND85
    --json     in đúng một đối tượng JSON { "regime", "results": [...] }
    Tệp: một đối tượng câu trả lời, hoặc một mảng [{ "name": "Tên hệ thống", "answers": {...} }].
    Trường của câu trả lời (bỏ trống thì lấy giá trị mặc định trong ngoặc):
      systemType (internal): internal | public_service | infrastructure | industrial_control | other
      information (["public"]): mảng gồm public | private | personal | state_secret
      secretGrade (null): mat | toi_mat | tuyet_mat        defenceOrSecurity (false)
      harm (none): none | harm | serious | especially_serious
      basicSubjects, sensitiveSubjects (0): số chủ thể dữ liệu (Nghị định 85: số lớn hơn là số người sử dụng)
      conditionalBusiness (false)   administrativeProcedures (false)   onlineServiceLevel (0): 0–4 (mức độ)
      scope (organisation): organisation | sector_or_province | national
      operates247, nationalEgov, nationalCriticalData, internationalGateway, nationalSecurityImportant (false)
      constructionGrade (none): none | IV | III | II | I | special | national_security
      decidedLevel (null): 1–5      parts: [{ "name": "...", "answers": {...} }] (hệ thống thành phần)`

interface LevelArgs {
  path: string
  regime: LegalRegime
  json: boolean
}

function readArgs(args: readonly string[]): LevelArgs {
  const parsed = parseArgs(args, { flags: ['json'], options: ['regime'] })
  if (parsed.positionals.length !== 1) throw new UsageError('Cần đúng một tệp câu trả lời (JSON).')
  return { path: parsed.positionals[0] ?? '', regime: regimeOption(parsed), json: parsed.flags.has('json') }
}

const reasonJson = (r: LevelReason) => ({
  criterionId: r.criterionId,
  level: r.level,
  clause: r.clause,
  quote: r.quote,
  ...(r.part === undefined ? {} : { part: r.part }),
})

function resultJson(entry: AnswersEntry, s: LevelSuggestion) {
  return {
    name: entry.name,
    level: s.determined ? s.level : null,
    deciding: s.reasons.map(reasonJson),
    met: s.met.map(reasonJson),
    notes: s.notes,
    inferences: s.inferences.map((i) => ({ ...i, label: INFERENCE_LABEL })),
  }
}

function resultLines(entry: AnswersEntry, s: LevelSuggestion, index: number): string[] {
  const name = entry.name ?? `Hệ thống ${index + 1}`
  if (!s.determined) return [`${name}: Chưa xác định được cấp độ.`, `  ${UNDETERMINED_HELP[s.regime]}`]
  const lines = [`${name}: Cấp độ ${s.level}`, '  Căn cứ (trích nguyên văn):']
  for (const r of s.reasons) {
    lines.push(`  - ${r.clause}${r.part ? ` [thành phần “${r.part}”]` : ''}: “${r.quote}”`)
  }
  const lower = [...new Set(s.met.filter((m) => m.level < s.level).map((m) => m.level))]
  if (lower.length > 0) {
    lines.push(
      `  Còn đáp ứng tiêu chí của cấp độ ${lower.join(', ')}; áp dụng cấp độ cao nhất (${s.highestRule.clause}).`,
    )
  }
  return lines
}

function asideLines(s: LevelSuggestion): string[] {
  const lines: string[] = []
  if (s.notes.length > 0) lines.push('  Hệ thống thông tin quan trọng về an ninh quốc gia:')
  for (const n of s.notes) lines.push(`  - ${n.clause}: ${n.quote ? `“${n.quote}” ` : ''}${n.text}`)
  if (s.inferences.length > 0) lines.push(`  ${INFERENCE_LABEL}:`)
  for (const i of s.inferences) lines.push(`  - ${i.part ? `[thành phần “${i.part}”] ` : ''}${i.reasoning}`)
  return lines
}

export async function levelCommand(args: readonly string[], io: CliIo): Promise<number> {
  let options: LevelArgs
  try {
    options = readArgs(args)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr(`${error.message}\n${LEVEL_USAGE}\n`)
    return EXIT.usage
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await io.readFile(options.path))
  } catch (error) {
    const message =
      error instanceof TypeError
        ? `Tệp "${options.path}" không phải văn bản UTF-8. Hãy mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8.`
        : readFailure(options.path, error)
    io.stderr(`${message}\n`)
    return EXIT.usage
  }
  const outcome = readAnswersFile(text)
  if (!outcome.ok) {
    io.stderr(
      `Tệp "${options.path}" có ${outcome.errors.length} lỗi:\n${outcome.errors.map((e) => `  ${e}`).join('\n')}\n`,
    )
    return EXIT.dataErrors
  }
  const results = outcome.entries.map((entry) => ({
    entry,
    suggestion: suggestLevel(entry.answers, options.regime),
  }))
  if (options.json) {
    const out = { regime: options.regime, results: results.map((r) => resultJson(r.entry, r.suggestion)) }
    io.stdout(`${JSON.stringify(out)}\n`)
    return EXIT.ok
  }
  const blocks = results.map((r, i) =>
    [...resultLines(r.entry, r.suggestion, i), ...asideLines(r.suggestion)].join('\n'),
  )
  io.stdout(`Áp dụng tiêu chí của ${REGIME_LABEL[options.regime]}.\n\n${blocks.join('\n\n')}\n`)
  return EXIT.ok
}
