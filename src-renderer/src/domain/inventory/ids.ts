/**
 * Deterministic ids for records read from a file that carries none: the same unit and system
 * name give the same id on every run (so two CLI runs, or an import repeated, agree), while
 * spelling variants that fold to the same key (NFD/NFC, case) give the same id too.
 */
import { foldKey } from '../text'

const FNV_OFFSET = 0xcbf29ce484222325n
const FNV_PRIME = 0x100000001b3n
const MASK = 0xffffffffffffffffn

/** 64-bit FNV-1a over the UTF-16 code units, as 16 hex digits. */
export function stableHash(text: string): string {
  let hash = FNV_OFFSET
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i))
    hash = (hash * FNV_PRIME) & MASK
  }
  return hash.toString(16).padStart(16, '0')
}

export function unitIdFor(unitName: string): string {
  return `unit-${stableHash(foldKey(unitName))}`
}

export function systemIdFor(unitName: string, systemName: string): string {
  return `sys-${stableHash(`${foldKey(unitName)}\u0000${foldKey(systemName)}`)}`
}

export function assessmentIdFor(systemId: string, date: string): string {
  return `asm-${stableHash(`${systemId}\u0000${date}`)}`
}
