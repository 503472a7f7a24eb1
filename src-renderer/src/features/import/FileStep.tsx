import { CheckCircleOutlined, FileExcelOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Flex, Progress, Space, Typography } from 'antd'
import { importText } from '../../i18n/import'
import { TextFormatControls } from './TextFormatControls'
import { isTextFileName } from './file-filters'
import type { ImportSession } from './useImportSession'

/** Step 1: pick the workbook; its reading shows as a progress bar, a failure says what to do. */
export function FileStep({ session }: { session: ImportSession }) {
  const reading = session.busy === 'reading'
  return (
    <Card>
      <Flex gap={32} wrap>
        <Space orientation="vertical" size={16} style={{ flex: '1 1 420px' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {importText.chooseTitle}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {importText.intro}
          </Typography.Paragraph>
          <div>
            <Button
              type="primary"
              size="large"
              icon={<FileExcelOutlined />}
              loading={session.busy === 'opening' || reading}
              onClick={() => void session.chooseFile()}
            >
              {importText.chooseFile}
            </Button>
          </div>
          <Typography.Text type="secondary">{importText.accepted}</Typography.Text>
          {reading && session.fileName && (
            <div data-testid="import-progress">
              <Typography.Text strong>{importText.reading(session.fileName)}</Typography.Text>
              <Typography.Text type="secondary">
                {' '}
                · {importText.readingStage(session.progress)}
              </Typography.Text>
              {/* A sliver from the start, so the bar visibly works while the file is unzipped. */}
              <Progress
                percent={Math.max(3, Math.round(session.progress * 100))}
                status="active"
                showInfo={false}
              />
            </div>
          )}
        </Space>
        <Space orientation="vertical" size={10} style={{ flex: '1 1 320px' }}>
          {importText.promises.map((text) => (
            <Typography.Text key={text}>
              <CheckCircleOutlined style={{ color: '#16a34a', marginRight: 8 }} />
              {text}
            </Typography.Text>
          ))}
        </Space>
      </Flex>
      {session.error && (
        <Alert
          style={{ marginTop: 20 }}
          type="error"
          showIcon
          data-testid="import-read-error"
          title={`${importText.readFailed}${session.fileName ? ` "${session.fileName}"` : ''}`}
          description={
            <>
              <div>{session.error}</div>
              <div style={{ marginTop: 8 }}>{importText.readFailedHint}</div>
              {session.fileName !== null && isTextFileName(session.fileName) && (
                // A text file read with the wrong encoding or separator: let the officer read it otherwise.
                <div style={{ marginTop: 12 }}>
                  <TextFormatControls
                    format={session.textFormat}
                    choice={session.textChoice}
                    disabled={session.busy !== null}
                    onChange={session.setTextChoice}
                  />
                </div>
              )}
            </>
          }
        />
      )}
    </Card>
  )
}
