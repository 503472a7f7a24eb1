import { Typography } from 'antd'

// Placeholder until this screen lands; replaced as a whole by its implementation.
export function SystemPage() {
  return <Typography.Title level={3}>SystemPage</Typography.Title>
}
