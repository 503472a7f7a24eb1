/**
 * The screen lock's passphrase, kept only as a salted PBKDF2-SHA-256 hash (WebCrypto, so it runs
 * in the renderer and in Vitest alike). The lock hides the screen of a shared workstation; it does
 * not encrypt the register, so the hash only has to make the passphrase costly to guess from a
 * copied profile, not to protect data.
 */

export interface PassphraseHash {
  /** base64 */
  salt: string
  /** base64 of the derived 256-bit key */
  hash: string
  iterations: number
}

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about 0.2 s on an office PC, once per unlock. */
export const PBKDF2_ITERATIONS = 600_000
export const MIN_PASSPHRASE_LENGTH = 6

const toBase64 = (bytes: Uint8Array): string => btoa(String.fromCharCode(...bytes))
const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (c) => c.charCodeAt(0))

async function derive(passphrase: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  )
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  )
  return new Uint8Array(bits)
}

export async function hashPassphrase(
  passphrase: string,
  iterations: number = PBKDF2_ITERATIONS,
): Promise<PassphraseHash> {
  const salt = crypto.getRandomValues(new Uint8Array(16))
  return { salt: toBase64(salt), hash: toBase64(await derive(passphrase, salt, iterations)), iterations }
}

export async function verifyPassphrase(passphrase: string, stored: PassphraseHash): Promise<boolean> {
  const actual = await derive(passphrase, fromBase64(stored.salt), stored.iterations)
  const expected = fromBase64(stored.hash)
  // Compare every byte whatever the first difference, so timing does not tell how close a guess was.
  let diff = actual.length ^ expected.length
  for (let i = 0; i < Math.min(actual.length, expected.length); i++) diff |= actual[i] ^ expected[i]
  return diff === 0
}

/**
 * How long the unlock button stays disabled after `failures` wrong passphrases in a row: none for
 * the first three typos, then doubling from 2 s up to a minute.
 */
export function retryDelayMs(failures: number): number {
  if (failures < 3) return 0
  return Math.min(60_000, 2_000 * 2 ** (failures - 3))
}
