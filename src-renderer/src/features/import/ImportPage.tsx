import { CloudSyncOutlined } from '@ant-design/icons'
import { Flex, Space, Steps, Typography } from 'antd'
import { Link } from 'react-router'
import { exchangeText } from '../../i18n/exchange'
import { importText } from '../../i18n/import'
import { PATHS } from '../../paths'
import { FileStep } from './FileStep'
import { PreviewStep } from './PreviewStep'
import { ResultStep } from './ResultStep'
import { useImportSession } from './useImportSession'

/**
 * Nhập từ Excel: choose an inventory workbook, check the preview (header row, column mapping,
 * rows to add or update, new units, errors), then import it in one transaction.
 */
export function ImportPage() {
  const session = useImportSession()
  const current = session.result ? 2 : session.outcome ? 1 : 0
  const steps = [importText.steps.choose, importText.steps.preview, importText.steps.result]
  return (
    <Space orientation="vertical" size={20} style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {importText.title}
        </Typography.Title>
        {/* A "Gửi lên" workbook is merged, not imported: its own screen. */}
        <Link to={PATHS.exchange}>
          <CloudSyncOutlined /> {exchangeText.fromImport}
        </Link>
      </Flex>
      {/* Once imported, every step is done: past the last one. */}
      <Steps current={current === 2 ? steps.length : current} items={steps.map((title) => ({ title }))} />
      {current === 0 && <FileStep session={session} />}
      {current === 1 && <PreviewStep session={session} />}
      {current === 2 && session.result && (
        <ResultStep fileName={session.fileName ?? ''} outcome={session.result} onAgain={session.reset} />
      )}
    </Space>
  )
}
