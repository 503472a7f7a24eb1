/** For tests: what a screen reader reads as an element's description (its aria-describedby text). */
export function describedBy(element: HTMLElement): string | null {
  const ids = element.getAttribute('aria-describedby')
  if (!ids) return null
  return ids
    .split(/\s+/)
    .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '')
    .join(' ')
}
