import { Typography } from 'antd'

// Placeholder until this screen lands; replaced as a whole by its implementation.
export function SettingsPage() {
  return <Typography.Title level={3}>SettingsPage</Typography.Title>
}
