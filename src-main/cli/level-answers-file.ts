/**
 * The answers file of `capdo level`: the level wizard's answers as JSON, one system or many.
 * A field left out takes the blank questionnaire's value (an internal system processing only
 * public information, counts 0, every yes/no question "no"), so a file states only what matters.
 * The fields and values are the wizard's own (db/law-schemas.ts): an unknown field, a misspelt
 * value or a count out of range is reported with its place in the file, in Vietnamese.
 */
import { z } from 'zod'
import { answerFields } from '../../src-renderer/src/db/law-schemas'
import { blankAnswers, type LevelAnswers } from '../../src-renderer/src/domain/law/level-answers'

export interface AnswersEntry {
  /** The system's name, when the file gives one. */
  name: string | null
  answers: LevelAnswers
}

export type AnswersFileOutcome = { ok: true; entries: AnswersEntry[] } | { ok: false; errors: string[] }

const MAX_NAME = 500
const partialAnswers = z.strictObject(answerFields).partial()
const answersInput = partialAnswers.extend({
  parts: z
    .array(z.strictObject({ name: z.string().trim().min(1).max(MAX_NAME), answers: partialAnswers }))
    .max(50)
    .optional(),
})
const entryInput = z.strictObject({
  name: z.string().trim().min(1).max(MAX_NAME).optional(),
  answers: answersInput,
})
const entriesInput = z.array(entryInput).min(1)

type AnswersInput = z.infer<typeof answersInput>

function complete(input: AnswersInput): LevelAnswers {
  const { parts, ...rest } = input
  const answers = blankAnswers(rest)
  if (!parts) return answers
  return { ...answers, parts: parts.map((p) => ({ name: p.name, answers: blankAnswers(p.answers) })) }
}

/** Where in the file: `[2].answers.basicSubjects`, or `(gốc)` for the file itself. */
function place(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(gốc)'
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`)).join('')
}

function allowed(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value')
    return `giá trị phải là một trong: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
  if (issue.code === 'invalid_type') return `cần kiểu ${issue.expected}`
  if (issue.code === 'unrecognized_keys')
    return `trường không có trong mẫu câu trả lời: ${issue.keys.map((k) => `"${k}"`).join(', ')}`
  if (issue.code === 'too_small') return `nhỏ nhất là ${String(issue.minimum)}`
  if (issue.code === 'too_big') return `lớn nhất là ${String(issue.maximum)}`
  return 'giá trị không hợp lệ'
}

function issueLines(error: z.ZodError): string[] {
  return [...new Set(error.issues.map((issue) => `${place(issue.path)}: ${allowed(issue)}.`))]
}

/** The entries of an answers file, or every place where it departs from the documented shape. */
export function readAnswersFile(text: string): AnswersFileOutcome {
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    return {
      ok: false,
      errors: [`Tệp không phải JSON hợp lệ: ${error instanceof Error ? error.message : String(error)}.`],
    }
  }
  if (!Array.isArray(json)) {
    const one = answersInput.safeParse(json)
    if (!one.success) return { ok: false, errors: issueLines(one.error) }
    return { ok: true, entries: [{ name: null, answers: complete(one.data) }] }
  }
  const many = entriesInput.safeParse(json)
  if (!many.success) return { ok: false, errors: issueLines(many.error) }
  return {
    ok: true,
    entries: many.data.map((e) => ({ name: e.name?.normalize('NFC') ?? null, answers: complete(e.answers) })),
  }
}
