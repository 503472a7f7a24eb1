/**
 * How the preview names what a record's merge does. The plan's status says which side wins; a
 * winning deletion is still an "update" to the plan, but to the officer it is a deletion, and
 * labelling it "Cập nhật" hid that the record would be gone.
 */
import type { MergeItem, MergeStatus } from '../../domain/exchange'

export type PreviewKind = MergeStatus | 'deleted'

export function previewKind(item: MergeItem): PreviewKind {
  if ((item.status === 'new' || item.status === 'updated') && item.incoming.kind === 'deleted')
    return 'deleted'
  return item.status
}
