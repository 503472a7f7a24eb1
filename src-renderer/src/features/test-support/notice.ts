import { expect } from 'vitest'

/** The antd notification holding `el`: announced (role alert), of the given type, closable by the
 *  officer, and headed by `title` — what a failure notice that stays until read must be. */
export function expectNotice(el: HTMLElement, type: 'warning' | 'error', title: string): void {
  const notice = el.closest('[role="alert"]')
  expect(notice?.className).toContain(`ant-notification-notice-${type}`)
  expect(notice?.className).toContain('ant-notification-notice-closable')
  expect(notice?.querySelector('.ant-notification-notice-title')?.textContent).toBe(title)
}
