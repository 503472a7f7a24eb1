/**
 * One entry point for every dossier draft: which document, built from what, saved under which
 * name. The screen, the selection's zip and the CLI all draft through here.
 */
import { foldKey } from '../text'
import { DOSSIER_FORM_NAME, DOSSIER_FORMS, dossierFormDocument, type DossierForm } from './dossier-forms'
import type { DossierDocumentInput } from './dossier-input'
import type { OfficialDocument } from './official-document'
import { thuyetMinhDocument } from './thuyet-minh'

export const DRAFT_KINDS = [...DOSSIER_FORMS, 'thuyet-minh'] as const
export type DraftKind = (typeof DRAFT_KINDS)[number]

export function isDraftKind(value: string): value is DraftKind {
  return (DRAFT_KINDS as readonly string[]).includes(value)
}

/** "Mẫu 01 — Văn bản đề nghị …" as a menu lists it. */
export function draftLabel(kind: DraftKind, regime: DossierDocumentInput['regime']): string {
  if (kind === 'thuyet-minh') return 'Thuyết minh hồ sơ đề xuất cấp độ'
  const name = DOSSIER_FORM_NAME[kind as DossierForm]
  const named = regime === 'ND85' ? name.replace('an ninh mạng', 'an toàn thông tin') : name
  return regime === 'ND331' ? `Mẫu ${kind} — ${named}` : named
}

export function draftDocument(kind: DraftKind, input: DossierDocumentInput): OfficialDocument {
  return kind === 'thuyet-minh' ? thuyetMinhDocument(input) : dossierFormDocument(kind, input)
}

const MAX_NAME = 60

/** "mau-01-cong-thong-tin-dien-tu-so-y-te.docx": no diacritics, so every disk and mail keeps it. */
export function draftFileName(kind: DraftKind, systemName: string): string {
  const slug = foldKey(systemName).replace(/[^a-z0-9]+/gu, '-').slice(0, MAX_NAME).replace(/^-+|-+$/gu, '')
  const prefix = kind === 'thuyet-minh' ? 'thuyet-minh' : `mau-${kind}`
  return `${prefix}${slug ? `-${slug}` : ''}.docx`
}
