import { Tag } from 'antd'
import type { StatusTagSpec } from './status-tags'

/** One status of a system as a coloured tag (see status-tags.ts for the colours). */
export function StatusTag({ spec }: { spec: StatusTagSpec }) {
  return (
    <Tag color={spec.color} variant="outlined" style={{ marginInlineEnd: 0 }}>
      {spec.label}
    </Tag>
  )
}
