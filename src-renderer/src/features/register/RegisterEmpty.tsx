import { DashboardOutlined, PlusOutlined, TableOutlined, UploadOutlined } from '@ant-design/icons'
import { Card, Empty, Flex, Typography } from 'antd'
import { registerText } from '../../i18n/register'
import { PATHS } from '../../paths'
import { DevDemoButton } from './DevDemoButton'
import { LinkButton } from './LinkButton'

const t = registerText.empty

/** The register has no system yet: say how to start, with a link to each way. */
export function RegisterEmpty() {
  return (
    <Card data-testid="register-empty">
      <Empty
        image={<TableOutlined style={{ fontSize: 56, color: '#94a3b8' }} />}
        description={
          <>
            <Typography.Title level={4}>{t.title}</Typography.Title>
            <Typography.Paragraph type="secondary" style={{ maxWidth: 560, margin: '0 auto' }}>
              {t.description}
            </Typography.Paragraph>
          </>
        }
      >
        <Flex gap={8} justify="center" wrap>
          <LinkButton to={PATHS.dashboard} type="primary" icon={<DashboardOutlined />}>
            {t.toDashboard}
          </LinkButton>
          <LinkButton to={PATHS.import} icon={<UploadOutlined />}>
            {t.toImport}
          </LinkButton>
          <LinkButton to={PATHS.newSystem} icon={<PlusOutlined />}>
            {registerText.addSystem}
          </LinkButton>
        </Flex>
        <DevDemoButton />
      </Empty>
    </Card>
  )
}
