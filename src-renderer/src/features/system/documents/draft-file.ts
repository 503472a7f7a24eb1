/**
 * Drafts one document for one system and saves it through the app's one save door. The Word
 * writer is loaded on first use: the register and the system page never pay for it.
 */
import { getApi } from '../../../bridge'
import { draftDocument, draftFileName, type DraftKind } from '../../../domain/documents/draft'
import type { DossierDocumentInput } from '../../../domain/documents/dossier-input'
import { documentsText } from '../../../i18n/documents'

export async function draftBytes(kind: DraftKind, input: DossierDocumentInput): Promise<Uint8Array> {
  const { writeDocx } = await import('../../../word/write-docx')
  return writeDocx(draftDocument(kind, input))
}

export async function saveDraft(kind: DraftKind, input: DossierDocumentInput) {
  return getApi().saveFile({
    suggestedName: draftFileName(kind, input.system.name),
    data: await draftBytes(kind, input),
    filters: [{ name: documentsText.filter, extensions: ['docx'] }],
  })
}
