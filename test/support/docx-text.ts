/** Reading a .docx back in Node, for tests of the Word drafts (CLI and e2e alike). */
import { strFromU8, unzipSync } from 'fflate'

/** The text of a .docx's body, runs joined, for checking what the draft says. */
export function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml'])
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join('')
}
