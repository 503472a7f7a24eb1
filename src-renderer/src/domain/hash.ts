/**
 * The app's non-cryptographic string hashes, over UTF-16 code units. Each one's output is stored
 * somewhere, so none may ever change (hash.test.ts pins them):
 * - fnv1a64Hex: the deterministic ids of imported units, systems, assessments and rounds
 *   (inventory/ids.ts), kept in the database;
 * - twoLaneHash53: the content hash behind the exchange's local revisions, the exchanged bases
 *   and the backup's checksum (canonical-json.ts), kept in packages and backups;
 * - cyrb53: the reminder's memory of reported items (reminders.ts), kept in localStorage.
 * They tell contents apart; they do not protect them.
 */

/** Two 32-bit multiplicative lanes (h = imul(h ^ c, prime)), as signed 32-bit integers. */
function twoLanes(
  text: string,
  seedA: number,
  primeA: number,
  seedB: number,
  primeB: number,
): [number, number] {
  let a = seedA
  let b = seedB
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, primeA)
    b = Math.imul(b ^ c, primeB)
  }
  return [a, b]
}

/** 53 bits (a safe integer): an FNV-1a lane and a murmur-prime lane, 21 + 32 bits. */
export function twoLaneHash53(text: string): number {
  const [a, b] = twoLanes(text, 0x811c9dc5, 0x01000193, 0x01000193 ^ 0x5bd1e995, 0x5bd1e995)
  return (a & 0x1fffff) * 0x1_0000_0000 + (b >>> 0)
}

/** cyrb53: two multiplicative lanes, mixed and folded into 53 bits (a safe integer). */
export function cyrb53(text: string): number {
  let [h1, h2] = twoLanes(text, 0xdeadbeef, 2654435761, 0x41c6ce57, 1597334677)
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}

const FNV64_OFFSET = 0xcbf29ce484222325n
const FNV64_PRIME = 0x100000001b3n
const MASK64 = 0xffffffffffffffffn

/** 64-bit FNV-1a, as 16 hex digits. */
export function fnv1a64Hex(text: string): string {
  let hash = FNV64_OFFSET
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i))
    hash = (hash * FNV64_PRIME) & MASK64
  }
  return hash.toString(16).padStart(16, '0')
}
