import { matchesQuery } from '../../domain/text'

/** antd Select's filterOption for Vietnamese labels: "so y" finds "Sở Y tế". */
export function foldedOptionFilter(input: string, option: { label?: unknown } | undefined): boolean {
  return matchesQuery(typeof option?.label === 'string' ? option.label : '', input)
}
