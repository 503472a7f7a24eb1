import { Alert, Card, Flex, Table, Typography } from 'antd'
import type { PinnedKey } from '../../domain/exchange'
import { exchangeText as t } from '../../i18n/exchange'
import { viDateTime } from '../backups/vi-date-time'
import { useExchangeKeys } from './useExchangeKeys'

/** Settings: this office's key fingerprint, to read out by phone, and the keys pinned for others. */
export function KeysCard() {
  const { own, pins, error } = useExchangeKeys()
  const pinned = Object.entries(pins ?? {}).map(([id, pin]) => ({ id, ...pin }))
  return (
    <Card title={t.ownFingerprint} style={{ maxWidth: 720 }}>
      <Flex vertical gap={12}>
        <Typography.Text
          code
          style={{ fontSize: 18, letterSpacing: 1, alignSelf: 'flex-start' }}
          data-testid="own-fingerprint"
        >
          {own ?? '…'}
        </Typography.Text>
        {error && <Alert type="error" showIcon title={error} />}
        <Typography.Text type="secondary">{t.ownFingerprintHelp}</Typography.Text>
        <Typography.Title level={5} style={{ margin: '8px 0 0' }}>
          {t.pinnedTitle}
        </Typography.Title>
        <Table<PinnedKey & { id: string }>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={pinned}
          locale={{ emptyText: t.pinnedEmpty }}
          data-testid="pinned-keys"
          columns={[
            { title: t.pinnedColumns.office, dataIndex: 'name' },
            {
              title: t.pinnedColumns.fingerprint,
              dataIndex: 'fingerprint',
              render: (f: string) => <Typography.Text code>{f}</Typography.Text>,
            },
            {
              title: t.pinnedColumns.pinnedAt,
              dataIndex: 'pinnedAt',
              render: (at: string) => viDateTime(at),
            },
          ]}
        />
      </Flex>
    </Card>
  )
}
