/**
 * Everything the product says the law says: each citation it shows, each quote it presents as the
 * decree's words and each legal time limit, gathered from the rule data. law-quotes.test.ts checks
 * every claim against the texts in law/.
 *
 * TO EXTEND: add a `ClaimSource` to `CLAIM_SOURCES` below (a name and a function returning the
 * claims read from the module's exported data — never copied by hand, or the test checks a copy).
 * A time limit is a quote: `limitWords(limit)` gives the words the decrees use for it.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

import { ND331_CRITERIA, ND331_HIGHEST_RULE } from '../../src-renderer/src/domain/law/criteria-nd331'
import { ND85_CRITERIA, ND85_HIGHEST_RULE } from '../../src-renderer/src/domain/law/criteria-nd85'
import { dossierFormDocument } from '../../src-renderer/src/domain/documents/dossier-forms'
import type { DocumentBlock } from '../../src-renderer/src/domain/documents/official-document'
import { draftInput } from '../../src-renderer/src/domain/documents/test-input'
import { DOSSIER_PART_SPECS } from '../../src-renderer/src/domain/law/dossier-checklist'
import { blankAnswers, SECRET_GRADES } from '../../src-renderer/src/domain/law/level-answers'
import { UNDETERMINED_HELP } from '../../src-renderer/src/domain/law/level-justification'
import { nationalSecurityNotes } from '../../src-renderer/src/domain/law/national-security'
import { intakeReplyLimitOf, type LegalRegime } from '../../src-renderer/src/domain/law/regime'
import { REPORT_DEADLINE_LAW } from '../../src-renderer/src/domain/report-deadlines'
import { MAU08_CADENCE_QUOTE } from '../../src-renderer/src/domain/report/mau08'
import { CONSTRUCTION_TRANSITION_QUOTE } from '../../src-renderer/src/domain/law/transition'
import { secretGradeInference } from '../../src-renderer/src/domain/law/secret-grade-inference'
import {
  RULE_CITATIONS,
  ruleCitation,
  type RuleTopic,
} from '../../src-renderer/src/domain/rule-set-citations'
import { SHIPPED_RULE_SETS, type TimeLimit } from '../../src-renderer/src/domain/rule-set'
import { LEVELS } from '../../src-renderer/src/domain/types'
import { REDETERMINATION_QUOTE } from '../../src-renderer/src/i18n/approved-level'

export interface LawClaim {
  /** Where the product shows it, to name in a failure. */
  where: string
  /** The article, clause or point cited, e.g. "Nghị định 331/2026/NĐ-CP, Điều 13 khoản 2 điểm b". */
  citation: string
  /** Words presented as the law's own; must be found in the cited passage. */
  quote?: string
}

export interface ClaimSource {
  name: string
  claims: () => LawClaim[] | Promise<LawClaim[]>
}

const I18N_DIR = join(__dirname, '..', '..', 'src-renderer', 'src', 'i18n')

/** "15 ngày kể từ", "07 ngày làm việc kể từ": how the decrees word a time limit. */
export function limitWords(limit: TimeLimit): string {
  const days = String(limit.days).padStart(2, '0')
  return `${days} ngày${limit.workingDays ? ' làm việc' : ''} kể từ`
}

const SHORT_NAMES: Record<string, string> = {
  'Nghị định 85': 'Nghị định 85/2016/NĐ-CP',
  'Nghị định 331': 'Nghị định 331/2026/NĐ-CP',
}

/** Citations written into running text, e.g. "(Nghị định 331, Điều 16 khoản 1–3)". */
export function citationsIn(text: string): string[] {
  const found: string[] = []
  const pattern =
    /(Nghị định (?:số )?\d+(?:\/\d{4}\/NĐ-CP)?|Thông tư (?:số )?\d+\/\d{4}\/TT-BTTTT),? (Điều \d+(?:[–-]\d+)?(?: khoản \d+(?:[–-]\d+)?(?: điểm [a-zđ](?:[–-][a-zđ])?)?)?)/g
  for (const m of text.normalize('NFC').matchAll(pattern)) {
    const doc = m[1] ?? ''
    found.push(`${SHORT_NAMES[doc] ?? doc}, ${m[2] ?? ''}`)
  }
  return found
}

/** Every string in a (nested) object of UI texts, functions left out. */
function stringsOf(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }]
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([k, v]) => stringsOf(v, `${path}.${k}`))
}

export const CLAIM_SOURCES: readonly ClaimSource[] = [
  {
    name: 'level criteria (domain/law/criteria-nd85.ts, criteria-nd331.ts)',
    claims: () =>
      [...ND85_CRITERIA, ...ND331_CRITERIA].map((c) => ({
        where: `criterion ${c.id}`,
        citation: c.clause,
        ...(c.quote ? { quote: c.quote } : {}),
      })),
  },
  {
    name: 'highest-level rule (domain/law/criteria-nd85.ts, criteria-nd331.ts)',
    claims: () =>
      [ND85_HIGHEST_RULE, ND331_HIGHEST_RULE].map((r) => ({
        where: `highest rule ${r.clause}`,
        citation: r.clause,
        ...(r.quote ? { quote: r.quote } : {}),
      })),
  },
  {
    name: 'national-security notes and secret-grade inferences (domain/law/national-security.ts, secret-grade-inference.ts)',
    claims: () => {
      const regimes: LegalRegime[] = ['ND85', 'ND331']
      const flagged = blankAnswers({ nationalSecurityImportant: true })
      const notes = LEVELS.flatMap((level) =>
        nationalSecurityNotes(flagged, 'ND331', level).map((n) => ({
          where: `note ${n.id} at level ${level}`,
          citation: n.clause,
          ...(n.quote ? { quote: n.quote } : {}),
        })),
      )
      const inferences = regimes.flatMap((regime) =>
        SECRET_GRADES.flatMap((grade) => {
          const i = secretGradeInference(
            blankAnswers({ information: ['state_secret'], secretGrade: grade }),
            regime,
          )
          return i ? [{ where: `inference ${regime} ${grade}`, citation: i.clause }] : []
        }),
      )
      const help = regimes.flatMap((regime) =>
        citationsIn(UNDETERMINED_HELP[regime]).map((citation) => ({
          where: `UNDETERMINED_HELP.${regime}`,
          citation,
        })),
      )
      return [...notes, ...inferences, ...help]
    },
  },
  {
    name: 'rule-set citations (domain/rule-set-citations.ts)',
    claims: () =>
      Object.entries(RULE_CITATIONS).flatMap(([regime, topics]) =>
        Object.entries(topics).map(([topic, citation]) => ({
          where: `RULE_CITATIONS.${regime}.${topic}`,
          citation,
        })),
      ),
  },
  {
    name: 'appraisal, approval and intake time limits (domain/rule-set.ts, cited by rule-set-citations.ts)',
    claims: () =>
      SHIPPED_RULE_SETS.flatMap((set) => {
        const regime = set.regime ?? 'ND85'
        const intake = intakeReplyLimitOf(set)
        const intakeCitation = RULE_CITATIONS[regime].intakeLimit
        const out: LawClaim[] =
          intake && intakeCitation
            ? [{ where: `${set.id} intake limit`, citation: intakeCitation, quote: limitWords(intake) }]
            : []
        return out.concat(
          LEVELS.flatMap((level) => {
            const { appraisalLimit, approvalLimit } = set.authorities[level]
            const limits: LawClaim[] = []
            const appraisalCitation = ruleCitation(regime, 'appraisalLimit', level)
            const approvalCitation = ruleCitation(regime, 'approvalLimit', level)
            if (appraisalLimit && appraisalCitation)
              limits.push({
                where: `${set.id} level ${level} appraisal limit`,
                citation: appraisalCitation,
                quote: limitWords(appraisalLimit),
              })
            if (approvalLimit && approvalCitation)
              limits.push({
                where: `${set.id} level ${level} approval limit`,
                citation: approvalCitation,
                quote: limitWords(approvalLimit),
              })
            return limits
          }),
        )
      }),
  },
  {
    name: 'who decides at each level, to the clause and point (domain/rule-set-citations.ts ruleCitation)',
    claims: () =>
      (['ND85', 'ND331'] as const).flatMap((regime) =>
        LEVELS.flatMap((level) =>
          (['appraiser', 'approver', 'appraisalLimit'] satisfies RuleTopic[]).flatMap((topic) =>
            citationsIn(ruleCitation(regime, topic, level) ?? '').map((citation) => ({
              where: `ruleCitation(${regime}, ${topic}, ${level})`,
              citation,
            })),
          ),
        ),
      ),
  },
  {
    name: 'every citation of a rule-set value, each one of a list (domain/rule-set-citations.ts)',
    claims: () =>
      Object.entries(RULE_CITATIONS).flatMap(([regime, topics]) =>
        Object.entries(topics).flatMap(([topic, text]) =>
          citationsIn(text).map((citation) => ({ where: `RULE_CITATIONS.${regime}.${topic}`, citation })),
        ),
      ),
  },
  {
    name: 'appraisers for their own systems (domain/rule-set.ts appraiserExceptions)',
    claims: () =>
      SHIPPED_RULE_SETS.flatMap((set) => {
        const decree = set.regime === 'ND331' ? 'Nghị định 331/2026/NĐ-CP' : 'Nghị định 85/2016/NĐ-CP'
        return LEVELS.flatMap((level) =>
          (set.authorities[level].appraiserExceptions ?? []).flatMap((line) =>
            [...line.matchAll(/Điều \d+ khoản \d+ điểm [a-zđ]/gu)].map((m) => ({
              where: `${set.id} level ${level} appraiser exception`,
              citation: `${decree}, ${m[0]}`,
            })),
          ),
        )
      }),
  },
  {
    name: 'transition for systems still being built (domain/law/transition.ts)',
    claims: () => [
      {
        where: 'CONSTRUCTION_TRANSITION_QUOTE',
        citation: CONSTRUCTION_TRANSITION_QUOTE.citation,
        quote: CONSTRUCTION_TRANSITION_QUOTE.text,
      },
    ],
  },
  {
    name: 'Mẫu 08 note on the assessment interval (domain/report/mau08.ts)',
    claims: () => [
      {
        where: 'MAU08_CADENCE_QUOTE',
        citation: 'Nghị định 331/2026/NĐ-CP, Điều 28 khoản 5 điểm a',
        quote: MAU08_CADENCE_QUOTE,
      },
    ],
  },
  {
    name: 'report deadlines (domain/report-deadlines.ts)',
    claims: () =>
      Object.entries(REPORT_DEADLINE_LAW).map(([kind, law]) => ({
        where: `REPORT_DEADLINE_LAW.${kind}`,
        citation: law.citation,
        quote: law.quote,
      })),
  },
  {
    name: 'dossier parts (domain/law/dossier-checklist.ts)',
    claims: () =>
      DOSSIER_PART_SPECS.flatMap((spec) =>
        Object.entries(spec.citation).map(([regime, citation]) => ({
          where: `dossier part ${spec.part} (${regime})`,
          citation,
        })),
      ),
  },
  {
    name: 'documents listed and appraisal points in the Word drafts (domain/documents/dossier-forms.ts)',
    claims: () => {
      const decree = { ND85: 'Nghị định 85/2016/NĐ-CP', ND331: 'Nghị định 331/2026/NĐ-CP' } as const
      // Each listed document in the order of Điều 21 (Decree 85: Điều 15), then the appraisal
      // opinion of Điều 24 (Điều 17) khoản 1 điểm b. A ": " joins the document's name to the point
      // of khoản 2 that applies, so the quote skips the words between them.
      const clauses = {
        ND85: ['15 khoản 1', '15 khoản 2', '15 khoản 3', '15 khoản 4', '15 khoản 5', '17 khoản 1 điểm b'],
        ND331: ['21 khoản 1', '21 khoản 2', '21 khoản 3', '21 khoản 4', '21 khoản 5', null],
      } as const
      const asQuote = (text: string) =>
        text
          .replace(/^\d+\. /u, '')
          .replace(/[.:;]$/u, '')
          .replace(': ', ' […] ')
      return (['ND85', 'ND331'] as const).flatMap((regime) =>
        ['2020-01-01', null].flatMap((commissionedOn) => {
          const input = draftInput({ level: 5, commissionedOn }, { regime })
          const listed = dossierFormDocument('05', input).body.filter((b) => b.kind === 'check')
          const documents = listed.flatMap((b, i) => {
            const clause = clauses[regime][i]
            // Decree 331's Mẫu 05 words the appraisal opinion itself; the appendix is summarised in law/.
            return clause
              ? [
                  {
                    where: `Mẫu 05 (${regime}) document ${i + 1}`,
                    citation: `${decree[regime]}, Điều ${clause}`,
                    quote: asQuote(b.text),
                  },
                ]
              : []
          })
          const body = dossierFormDocument('04', input).body
          const from = body.findIndex((b) => b.kind === 'heading' && b.text.startsWith('Phần 4'))
          const to = body.findIndex((b) => b.kind === 'heading' && b.text.startsWith('Phần 5'))
          const points = body
            .slice(from + 1, to)
            .flatMap((b: DocumentBlock) =>
              b.kind === 'field'
                ? [
                    {
                      where: `Mẫu 04 (${regime}) ${b.label}`,
                      citation: `${decree[regime]}, Điều ${regime === 'ND331' ? 23 : 16} khoản 1`,
                      quote: asQuote(b.label),
                    },
                  ]
                : [],
            )
          return [...documents, ...points]
        }),
      )
    },
  },
  {
    name: 're-determination of an approved level (i18n/approved-level.ts)',
    claims: () =>
      ['Nghị định 85/2016/NĐ-CP, Điều 18', 'Nghị định 331/2026/NĐ-CP, Điều 25'].map((citation) => ({
        where: 'REDETERMINATION_QUOTE',
        citation,
        quote: REDETERMINATION_QUOTE,
      })),
  },
  {
    name: 'citations written into UI texts (i18n/)',
    claims: async () => {
      const files = readdirSync(I18N_DIR).filter((f) => /^[\w-]+\.ts$/.test(f) && !f.includes('.test.'))
      const modules = await Promise.all(
        files.map(async (f) => ({ f, exports: (await import(join(I18N_DIR, f))) as unknown })),
      )
      return modules.flatMap(({ f, exports }) =>
        stringsOf(exports, `i18n/${f}`).flatMap(({ path, text }) =>
          citationsIn(text).map((citation) => ({ where: path, citation })),
        ),
      )
    },
  },
]
