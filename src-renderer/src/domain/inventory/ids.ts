/**
 * Deterministic ids for records read from a file that carries none: the same unit and system
 * name give the same id on every run (so two CLI runs, or an import repeated, agree), while
 * spelling variants that fold to the same key (NFD/NFC, case) give the same id too.
 */
import { fnv1a64Hex } from '../hash'
import { foldKey } from '../text'

/** 64-bit FNV-1a over the UTF-16 code units, as 16 hex digits (ids are stored: never change it). */
export const stableHash = fnv1a64Hex

export function unitIdFor(unitName: string): string {
  return `unit-${stableHash(foldKey(unitName))}`
}

export function systemIdFor(unitName: string, systemName: string): string {
  return `sys-${stableHash(`${foldKey(unitName)}\u0000${foldKey(systemName)}`)}`
}

export function assessmentIdFor(systemId: string, date: string): string {
  return `asm-${stableHash(`${systemId}\u0000${date}`)}`
}
