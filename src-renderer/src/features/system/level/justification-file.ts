/**
 * The thuyết minh as a text file for the dossier: UTF-8 with a byte-order mark and Windows line
 * ends, so Notepad and Word on an office PC open the Vietnamese as written; the file is named
 * after the system without diacritics, so every file system and e-mail client keeps the name.
 */
import { foldKey } from '../../../domain/text'

const BOM = [0xef, 0xbb, 0xbf]
const MAX_NAME = 80

export function justificationFileName(systemName: string): string {
  const slug = foldKey(systemName).replace(/ /gu, '-').slice(0, MAX_NAME).replace(/-+$/u, '')
  return `thuyet-minh-cap-do${slug ? `-${slug}` : ''}.txt`
}

export function justificationFileBytes(text: string): Uint8Array {
  const body = new TextEncoder().encode(text.normalize('NFC').replace(/\r?\n/gu, '\r\n'))
  const bytes = new Uint8Array(BOM.length + body.length)
  bytes.set(BOM, 0)
  bytes.set(body, BOM.length)
  return bytes
}
