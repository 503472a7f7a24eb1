/**
 * notifications:show — a desktop notification for the reminders. Text only, bounded in size; the
 * renderer cannot attach icons, actions or URLs. Electron's Notification comes in as a parameter.
 */
import { z } from 'zod'
import type { NotificationResult } from '../../preload/api'

export interface Notifier {
  isSupported(): boolean
  show(title: string, body: string): void
}

export const notificationRequestSchema = z.strictObject(
  {
    title: z.string({ error: 'tiêu đề thông báo phải là chuỗi ký tự' }).min(1).max(200),
    body: z.string({ error: 'nội dung thông báo phải là chuỗi ký tự' }).max(1000),
  },
  { error: 'yêu cầu thông báo phải có dạng { title, body }' },
)

export async function showNotification(payload: unknown, notifier: Notifier): Promise<NotificationResult> {
  const { title, body } = notificationRequestSchema.parse(payload)
  if (!notifier.isSupported()) return { shown: false }
  notifier.show(title, body)
  return { shown: true }
}
