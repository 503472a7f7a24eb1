/**
 * The fixed wording of a Vietnamese official document (Decree 30/2020, Phụ lục I): the national
 * title and motto, the place-and-date line, and the numbering used in report tables.
 */
import { formatViDate, parts, type IsoDate } from '../calendar-date'

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc'
export const RECIPIENTS_LABEL = 'Nơi nhận:'
export const ADDRESSEE_LABEL = 'Kính gửi:'

/**
 * "Hải Phòng, ngày 05 tháng 01 năm 2020": days below 10 and the months 1 and 2 take a leading zero
 * (Decree 30/2020, Phụ lục I, II.4.b); other months do not ("tháng 3").
 */
export function placeDateLine(place: string, date: IsoDate): string {
  const { year, month, day } = parts(date)
  const dd = String(day).padStart(2, '0')
  const mm = month <= 2 ? String(month).padStart(2, '0') : String(month)
  const when = `ngày ${dd} tháng ${mm} năm ${year}`
  return place.trim() ? `${place.trim()}, ${when}` : when
}

export function asOfLine(asOf: IsoDate): string {
  return `Tính đến ngày ${formatViDate(asOf)}`
}

const ROMAN: readonly [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
]

/** Roman numerals, for group rows of a report table (I, II, III …) and quarters. */
export function toRoman(n: number): string {
  let rest = Math.floor(n)
  let out = ''
  for (const [value, symbol] of ROMAN) {
    while (rest >= value) {
      out += symbol
      rest -= value
    }
  }
  return out
}

/** A recipient line of "Nơi nhận:", each starting with a dash (Phụ lục I, II.9). */
export function recipientLine(recipient: string): string {
  const text = recipient.trim()
  return text.startsWith('-') ? text : `- ${text}`
}

/**
 * The addressees of "Kính gửi:" (Phụ lục I, II.9.d): one stays as typed, on the "Kính gửi:" line;
 * several go one a line, each after a dash and ending with ";", the last with ".". Punctuation the
 * officer typed at either end is replaced, so the list reads the same however it was entered.
 */
export function addresseeLines(addressees: readonly string[]): string[] {
  const names = addressees.map((a) => a.trim()).filter(Boolean)
  if (names.length <= 1) return names
  return names.map((name, i) => {
    const bare = name.replace(/^-\s*/u, '').replace(/[\s;.,]+$/u, '')
    return `- ${bare}${i === names.length - 1 ? '.' : ';'}`
  })
}

/** Capitals the Vietnamese way (titles, body names, the signer's title). */
export function upperVi(text: string): string {
  return text.toLocaleUpperCase('vi-VN')
}

/** The dots of a number (and a symbol) to be written by hand when the document is registered. */
const NUMBER_DOTS = '......'

/**
 * A report's "Số: ....../BC-SKHCN" (Decree 30/2020, ô 3): the number is given when the report is
 * registered, so it stays dotted; the symbol is Settings' documentSymbol, or dots for the
 * issuing body's abbreviation when Settings has none ("Số: ....../BC-......").
 */
export function reportNumberLine(documentSymbol: string): string {
  const symbol = upperVi(documentSymbol.trim().replace(/^\/+/u, ''))
  return `Số: ${NUMBER_DOTS}/${symbol || `BC-${NUMBER_DOTS}`}`
}
