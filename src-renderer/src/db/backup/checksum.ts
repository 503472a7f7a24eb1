/**
 * The backup's checksum: SHA-256 (Web Crypto, the same in browsers, workers and Node 20) of the
 * canonical JSON of the tables, that is JSON with every object's keys sorted, so the same records
 * give the same checksum whatever order their fields were written in.
 */

import { canonicalJson } from '../../domain/canonical-json'

export { canonicalJson }

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** Hex SHA-256 of bytes (an attachment's digest, stored with it and checked on restore). */
export async function sha256OfBytes(data: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>)
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

export function tablesChecksum(tables: unknown): Promise<string> {
  return sha256Hex(canonicalJson(tables))
}

/**
 * Format 2's checksum: every field of the document but the checksum itself, so the header
 * (createdAt, appVersion, versions, counts) is as protected as the tables.
 */
export function documentChecksum(doc: Readonly<Record<string, unknown>>): Promise<string> {
  const { checksum: _checksum, ...covered } = doc
  return sha256Hex(canonicalJson(covered))
}
