/** How the import names a file's format, a text file's encoding and its separator (preview, CLI, errors). */
import type { FileFormat } from '../excel/import/source-book'
import type { Separator } from '../excel/import/text/delimited'
import type { TextEncoding } from '../excel/import/text/encoding'

export const ENCODING_LABEL: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE (Unicode Text của Excel)',
  'utf-16be': 'UTF-16 BE',
  'windows-1258': 'Windows-1258 (tiếng Việt, CSV của Excel trên Windows)',
}

export const SEPARATOR_LABEL: Record<Separator, string> = {
  ',': 'dấu phẩy (,)',
  ';': 'dấu chấm phẩy (;)',
  '\t': 'dấu tab',
}

export const FORMAT_LABEL: Record<FileFormat['kind'], string> = {
  xlsx: 'Bảng tính Excel (.xlsx)',
  xls: 'Bảng tính Excel 97–2003 (.xls)',
  ods: 'Bảng tính LibreOffice (.ods)',
  text: 'Tệp văn bản (.csv, .txt)',
}

/** "bảng mã UTF-8, dấu phân cách: dấu chấm phẩy (;)" */
export function textFormatLine(encoding: TextEncoding, separator: Separator, bom: boolean): string {
  return `bảng mã ${ENCODING_LABEL[encoding]}${bom ? ' có BOM' : ''}, dấu phân cách: ${SEPARATOR_LABEL[separator]}`
}
