import { waitFor, within } from '@testing-library/react'
import { expect } from 'vitest'

/** The text a screen reader announces as a field's description: the elements its aria-describedby names. */
export function describedText(input: HTMLElement): string {
  return (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
}

/** Waits until the field labelled `label` is marked invalid and its error, as tied to the field
 *  (not merely painted somewhere on the page), reads exactly `message` — followed by the field's
 *  standing `hint` when it has one, which stays announced with the error. */
export async function expectFieldError(
  scope: HTMLElement,
  label: string,
  message: string,
  hint?: string,
): Promise<void> {
  const input = within(scope).getByLabelText(label)
  await waitFor(() => {
    expect(input.getAttribute('aria-invalid')).toBe('true')
    expect(describedText(input)).toBe(hint ? `${message} ${hint}` : message)
  })
}
