/**
 * This office's signing key pair and the keys it pinned for other offices (domain/exchange/trust.ts
 * says why). Both live in the `exchange` table, so they are in every backup and come back with a
 * restore; the private key never leaves this computer otherwise. Web Crypto (ECDSA P-256 with
 * SHA-256) is the same in the renderer, the report worker and Node 20 (tests, CLI).
 *
 * Key pairs are generated outside any transaction (Web Crypto is not IndexedDB: awaiting it would
 * let a Dexie transaction commit early), then stored by a transaction that keeps whichever pair
 * was stored first, so two tabs starting at once end up with one key (and one history entry).
 */
import { DomainError } from '../../domain/errors'
import {
  formatFingerprint,
  SIGNATURE_ALGORITHM,
  trustMessages,
  type CheckedSignature,
  type ExchangePackage,
  type PackageSignature,
  type PinnedKeys,
} from '../../domain/exchange'
import { base64ToBytes, bytesToBase64, isBase64 } from '../backup/base64'
import { canonicalJson, sha256OfBytes } from '../backup/checksum'
import type { CapdoDatabase, EcPrivateJwk, OfficeKeys } from '../database'
import { nowIso } from './changes'
import { writeWithHistory } from './write'

/** The history entries about this office's own key pair. */
export const OWN_KEY_HISTORY_ID = 'exchange-key:own'
const keyCreatedNote = (fingerprint: string) =>
  `Tạo khóa ký các tệp "Gửi lên" của đơn vị này (dấu vân tay ${fingerprint}). ` +
  'Khi đơn vị nhận hỏi, hãy đọc dấu vân tay này (Cài đặt → Đơn vị sử dụng) để họ đối chiếu.'

const EC = { name: 'ECDSA', namedCurve: 'P-256' } as const
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const

/** The longest key or signature a file may carry (the backup schema's limit for keys too). */
const MAX_BASE64 = 4_000

/** Null for text that is not strict base64 or is too long (a file may hold anything). */
function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length > MAX_BASE64 || !isBase64(text)) return null
  return base64ToBytes(text) as Uint8Array<ArrayBuffer>
}

/** The fingerprint of a public key (base64 SPKI) as people read it. */
export async function fingerprintOf(publicKey: string): Promise<string> {
  return fingerprintOfKey(base64ToBytes(publicKey))
}

async function fingerprintOfKey(spki: Uint8Array): Promise<string> {
  return formatFingerprint(await sha256OfBytes(spki))
}

export async function readOfficeKeys(db: CapdoDatabase): Promise<OfficeKeys | undefined> {
  const row = await db.exchange.get('keys')
  return row?.key === 'keys' ? row.value : undefined
}

/** This office's key pair, made on first use (see the top of this file). */
export async function ensureOfficeKeys(db: CapdoDatabase): Promise<OfficeKeys> {
  const existing = await readOfficeKeys(db)
  if (existing) return existing
  const pair = await crypto.subtle.generateKey(EC, true, ['sign', 'verify'])
  const made: OfficeKeys = {
    algorithm: SIGNATURE_ALGORITHM,
    publicKey: bytesToBase64(new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey))),
    privateKey: (await crypto.subtle.exportKey('jwk', pair.privateKey)) as EcPrivateJwk,
    createdAt: nowIso(),
  }
  const fingerprint = await fingerprintOf(made.publicKey)
  return writeWithHistory(db, [db.exchange], { at: made.createdAt }, async ({ record }) => {
    const stored = await readOfficeKeys(db)
    if (stored) return stored
    await db.exchange.put({ key: 'keys', value: made })
    // The fingerprint peers pin is a recorded fact: when this office's key was made is in history.
    record({
      entity: 'settings',
      entityId: OWN_KEY_HISTORY_ID,
      systemId: null,
      action: 'create',
      changes: [{ field: 'exchangeKey', from: null, to: fingerprint }],
      note: keyCreatedNote(fingerprint),
    })
    return made
  })
}

/** The fingerprint of this office's own key (Settings shows it for comparison by phone). */
export async function ownFingerprint(db: CapdoDatabase): Promise<string> {
  return fingerprintOf((await ensureOfficeKeys(db)).publicKey)
}

function payload(pkg: ExchangePackage): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(canonicalJson(pkg)) as Uint8Array<ArrayBuffer>
}

/** Signs a package with this office's private key. */
export async function signPackage(pkg: ExchangePackage, keys: OfficeKeys): Promise<PackageSignature> {
  const privateKey = await crypto.subtle.importKey('jwk', keys.privateKey, EC, false, ['sign'])
  const signature = await crypto.subtle.sign(SIGN, privateKey, payload(pkg))
  return {
    algorithm: SIGNATURE_ALGORITHM,
    publicKey: keys.publicKey,
    signature: bytesToBase64(new Uint8Array(signature)),
  }
}

/**
 * Checks a file's signature against the key it carries (whether that key is the office's is
 * judgeTrust's question). A signature that does not match the package is refused here.
 */
export async function checkSignature(
  pkg: ExchangePackage,
  signature: PackageSignature | null,
): Promise<CheckedSignature> {
  if (signature === null) return { kind: 'unsigned' }
  if (signature.algorithm !== SIGNATURE_ALGORITHM) {
    throw new DomainError('exchange_unknown_signature', trustMessages.unknownAlgorithm(signature.algorithm))
  }
  const bad = () =>
    new DomainError('exchange_bad_signature', trustMessages.badSignature(pkg.office.name), {
      office: pkg.office.id,
    })
  const spki = fromBase64(signature.publicKey)
  const bytes = fromBase64(signature.signature)
  if (!spki || !bytes) throw bad()
  let valid = false
  try {
    const publicKey = await crypto.subtle.importKey('spki', spki, EC, false, ['verify'])
    valid = await crypto.subtle.verify(SIGN, publicKey, bytes, payload(pkg))
  } catch {
    // A key that is not a P-256 public key: the file is damaged or forged, refused below.
    valid = false
  }
  if (!valid) throw bad()
  return {
    kind: 'signed',
    publicKey: signature.publicKey,
    fingerprint: await fingerprintOfKey(spki),
  }
}

export async function readPins(db: CapdoDatabase): Promise<PinnedKeys> {
  const row = await db.exchange.get('pins')
  return row?.key === 'pins' ? row.value : {}
}
