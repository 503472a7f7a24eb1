/**
 * Whom an exchange file comes from (issue #13, "Exchange files anyone can edit"). Every office
 * signs its "Gửi lên" files with its own key pair (ECDSA P-256, SHA-256; db/repos/exchange-keys.ts
 * makes and keeps it). A receiver pins an office's public key the first time it takes a file from
 * it (trust on first use, checked by reading the fingerprint over the phone) and from then on
 * refuses a file of that office signed with another key, or not signed at all, until a person
 * deliberately accepts the new key (the office was reinstalled). Pure: the signature itself is
 * checked before (Web Crypto is asynchronous); this module decides what the result means.
 */
import { DomainError } from '../errors'
import type { Office } from './types'
import { ownValue } from './values'

/** The one algorithm files are signed with; a file naming another is refused, never guessed at. */
export const SIGNATURE_ALGORITHM = 'ECDSA-P256-SHA256'

/** What a signed file carries beside its package. */
export interface PackageSignature {
  algorithm: typeof SIGNATURE_ALGORITHM
  /** The sender's public key: SubjectPublicKeyInfo (DER), base64. */
  publicKey: string
  /** ECDSA signature (IEEE P1363, r‖s), base64, over the package's canonical JSON. */
  signature: string
}

/** An office's key as this store pinned it. */
export interface PinnedKey {
  publicKey: string
  fingerprint: string
  /** The office's name when the key was pinned, for people reading the list. */
  name: string
  pinnedAt: string
}

export type PinnedKeys = Record<string, PinnedKey>

/** A file whose signature was checked against its own key, or a file that carries none. */
export type CheckedSignature =
  { kind: 'unsigned' } | { kind: 'signed'; publicKey: string; fingerprint: string }

/** What the preview says about the sender, and what taking the file in records. */
export type Trust =
  /** No signature (a file from before signing): read, and shown as "Chưa ký". */
  | { kind: 'unsigned' }
  /** Signed by an office met for the first time: its key is pinned when the file is taken in. */
  | { kind: 'first'; publicKey: string; fingerprint: string }
  /** Signed with the key pinned for this office. */
  | { kind: 'pinned'; publicKey: string; fingerprint: string }
  /** Signed with a new key a person accepted, naming the one it replaces. */
  | { kind: 'replaced'; publicKey: string; fingerprint: string; previous: string }

/** The fingerprint people compare: the first 16 bytes of SHA-256 of the key, hex in groups of 4. */
export function formatFingerprint(sha256Hex: string): string {
  const hex = sha256Hex.slice(0, 32).toUpperCase()
  return hex.match(/.{1,4}/gu)?.join(' ') ?? hex
}

export const trustMessages = {
  badSignature: (office: string) =>
    `Tệp trao đổi dữ liệu mang tên đơn vị "${office}" có chữ ký không khớp với nội dung: tệp đã bị sửa ` +
    'sau khi được xuất ra (hoặc bị hỏng), nên không được nhận. Dữ liệu hiện tại không bị thay đổi. ' +
    'Hãy đề nghị đơn vị gửi xuất lại tệp bằng chức năng "Gửi lên" và gửi lại.',
  keyChanged: (office: string, previous: string, fingerprint: string) =>
    `Tệp của đơn vị "${office}" được ký bằng khóa khác với khóa đã ghi nhận cho đơn vị này ` +
    `(đã ghi nhận: ${previous}; trong tệp: ${fingerprint}), nên chưa được nhận. Dữ liệu hiện tại không bị thay đổi. ` +
    'Nếu đơn vị đó vừa cài đặt lại CapDo, hãy gọi điện cho họ đối chiếu dấu vân tay mới (xem tại Cài đặt → ' +
    'Đơn vị sử dụng trên máy của họ) rồi bấm "Chấp nhận khóa mới". Nếu không, đừng nhận tệp này.',
  unsignedFromPinned: (office: string, previous: string) =>
    `Tệp của đơn vị "${office}" không có chữ ký, trong khi các tệp trước đây của đơn vị này đều được ký ` +
    `(khóa ${previous}), nên không được nhận: tệp có thể đã bị sửa, hoặc được xuất bằng phiên bản CapDo cũ. ` +
    'Dữ liệu hiện tại không bị thay đổi. Hãy đề nghị đơn vị gửi xuất lại tệp bằng chức năng "Gửi lên".',
  unknownAlgorithm: (found: string) =>
    `Tệp trao đổi dữ liệu được ký theo cách "${found.slice(0, 40)}" mà phiên bản CapDo này không kiểm tra được, ` +
    'nên không được nhận. Hãy cập nhật CapDo lên phiên bản mới nhất hoặc đề nghị đơn vị gửi xuất lại tệp.',
  pinsMoved:
    'Khóa đã ghi nhận của đơn vị gửi vừa thay đổi trong lúc xem trước nên chưa nhận dữ liệu. Hãy mở lại tệp để xem trước một lần nữa.',
} as const

/**
 * The trust a checked file earns against the keys pinned here. `accept` is the fingerprint of a
 * new key a person has just accepted for this sender (after comparing it by phone): only that
 * key, for that sender, replaces the pinned one. Throws the refusals.
 */
export function judgeTrust(
  pins: Readonly<PinnedKeys>,
  sender: Office,
  checked: CheckedSignature,
  accept?: string,
): Trust {
  const pinned = ownValue(pins, sender.id)
  if (checked.kind === 'unsigned') {
    if (!pinned) return { kind: 'unsigned' }
    throw new DomainError(
      'exchange_unsigned_from_pinned',
      trustMessages.unsignedFromPinned(sender.name, pinned.fingerprint),
      { office: sender.id, previous: pinned.fingerprint },
    )
  }
  const { publicKey, fingerprint } = checked
  if (!pinned) return { kind: 'first', publicKey, fingerprint }
  if (pinned.publicKey === publicKey) return { kind: 'pinned', publicKey, fingerprint }
  if (accept === fingerprint)
    return { kind: 'replaced', publicKey, fingerprint, previous: pinned.fingerprint }
  throw new DomainError(
    'exchange_key_changed',
    trustMessages.keyChanged(sender.name, pinned.fingerprint, fingerprint),
    { office: sender.id, name: sender.name, previous: pinned.fingerprint, fingerprint },
  )
}

/**
 * The pins after taking a file in: a first or replaced key is pinned. Refuses (nothing written)
 * when the pin changed since the preview, so two tabs cannot each accept a different key.
 */
export function pinsAfter(
  pins: Readonly<PinnedKeys>,
  sender: Office,
  trust: Trust,
  at: string,
): PinnedKeys | null {
  const pinned = ownValue(pins, sender.id)
  // The pin must still be what the preview judged against.
  const unchanged =
    trust.kind === 'pinned'
      ? pinned?.publicKey === trust.publicKey
      : trust.kind === 'replaced'
        ? pinned?.fingerprint === trust.previous
        : pinned === undefined
  if (!unchanged) throw new DomainError('exchange_pins_moved', trustMessages.pinsMoved)
  if (trust.kind !== 'first' && trust.kind !== 'replaced') return null
  return {
    ...pins,
    [sender.id]: {
      publicKey: trust.publicKey,
      fingerprint: trust.fingerprint,
      name: sender.name,
      pinnedAt: at,
    },
  }
}
