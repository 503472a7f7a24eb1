import { InboxOutlined } from '@ant-design/icons'
import { Button, Flex, Modal, Progress, Typography, Upload } from 'antd'
import { useState } from 'react'
import type { Round } from '../../domain/rounds/round'
import { roundRepliesText as t } from '../../i18n/round-replies'
import { IMPORT_FILE_FILTERS } from '../import/file-filters'
import { ReplyCard } from './ReplyCard'
import { useReceiveReplies } from './useReceiveReplies'

/** The extensions the import reads, as the file input's accept list. */
const ACCEPT = IMPORT_FILE_FILTERS.flatMap((f) => f.extensions)
  .filter((e) => e !== '*')
  .map((e) => `.${e}`)
  .join(',')

/**
 * "Nhận phiếu" on a round's detail: drop or choose any number of returned request workbooks at
 * once; each is read off the page's thread, matched to its round and unit by its marker, and
 * shown as a preview with its own "Áp dụng" (or, refused, with why).
 */
export function ReceiveReplies({ round }: { round: Round }) {
  const [open, setOpen] = useState(false)
  const session = useReceiveReplies()
  const { progress } = session
  // Once files are in, the drop zone shrinks to leave the screen to the previews.
  const compact = session.files.length > 0
  const readCount = session.files.filter((f) => f.preview?.ok).length

  return (
    <>
      {/* Open on a closed round too: a late reply is then told why it is not taken. */}
      <Button onClick={() => setOpen(true)}>{t.open}</Button>
      <Modal
        open={open}
        title={t.title(round.letterNo)}
        width="min(1240px, calc(100vw - 32px))"
        style={{ top: 16 }}
        styles={{ body: { maxHeight: 'calc(100vh - 150px)', overflowY: 'auto', paddingRight: 4 } }}
        onCancel={() => setOpen(false)}
        footer={<Button onClick={() => setOpen(false)}>{t.closeDialog}</Button>}
      >
        <div data-testid="receive-replies">
          <div data-testid="reply-drop">
            <Upload.Dragger
              multiple
              style={compact ? { padding: 0 } : undefined}
              accept={ACCEPT}
              disabled={progress !== null}
              showUploadList={false}
              beforeUpload={(file, list) => {
                // Called once per file with the whole batch: the batch is read once, on its first file.
                if (file === list[0]) void session.receive(list)
                // Nothing is sent anywhere: the files are read here.
                return false
              }}
            >
              {!compact && (
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
              )}
              <p className="ant-upload-text">{t.drop}</p>
              <p className="ant-upload-hint">{t.dropHint}</p>
            </Upload.Dragger>
          </div>
          {progress && (
            <div data-testid="reply-progress" style={{ marginTop: 12 }}>
              <Typography.Text strong>
                {progress.done < progress.total ? t.reading(progress.done + 1, progress.total) : t.comparing}
              </Typography.Text>
              <Progress
                percent={Math.max(3, Math.round((100 * progress.done) / Math.max(1, progress.total)))}
                status="active"
                showInfo={false}
              />
            </div>
          )}
          {compact && (
            <Typography.Paragraph strong style={{ margin: '12px 0 0' }} data-testid="reply-summary">
              {t.summary(session.files.length, readCount, session.files.length - readCount)}
            </Typography.Paragraph>
          )}
          <Flex vertical gap={12} style={{ marginTop: 12 }}>
            {session.files.map((file) => (
              <ReplyCard
                key={file.key}
                file={file}
                viewing={round}
                expanded={readCount <= 3}
                onApply={() => void session.apply(file.key)}
              />
            ))}
          </Flex>
        </div>
      </Modal>
    </>
  )
}
