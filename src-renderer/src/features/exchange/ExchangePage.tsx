/**
 * "Nhận dữ liệu": the officer opens a "Gửi lên" workbook from another office, sees what it would
 * change (new, updated, ours newer and kept, unchanged, conflicts), decides every conflict, and
 * takes it in: an automatic backup first, then one transaction (repos/exchange.ts).
 */
import { FolderOpenOutlined } from '@ant-design/icons'
import { Alert, Button, Flex, Spin, Typography } from 'antd'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { useDb, useSettings, useUnits } from '../../db/hooks'
import { allRuleSets } from '../../db/repos/settings'
import { exchangeText as t } from '../../i18n/exchange'
import { viDateTime } from '../backups/vi-date-time'
import { AcceptKeyButton } from './AcceptKeyButton'
import { MergePreview } from './MergePreview'
import type { HistoryNames } from './merge-names'
import { useExchangeSession } from './useExchangeSession'
import { useOffice } from './useOffice'

export function ExchangePage() {
  const db = useDb()
  const office = useOffice()
  const units = useUnits()
  const settings = useSettings()
  const systems = useLiveQuery(() => db.systems.toArray(), [db])
  const session = useExchangeSession()

  const names = useMemo<HistoryNames>(() => {
    const unitNames = new Map((units ?? []).map((u) => [u.id, u.name]))
    const ruleSets = new Map((settings ? allRuleSets(settings) : []).map((r) => [r.id, r.name]))
    return { unitName: (id) => unitNames.get(id), ruleSetName: (id) => ruleSets.get(id) }
  }, [units, settings])
  const systemNames = useMemo(() => new Map((systems ?? []).map((s) => [s.id, s.name])), [systems])

  if (!office) return <Spin size="large" />
  const { plan, applied } = session
  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t.title}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', maxWidth: 860 }}>
          {t.intro}
        </Typography.Paragraph>
        <Typography.Text>
          {t.receiving}: <b data-testid="exchange-self">{office.name}</b>
        </Typography.Text>
      </div>
      <Flex gap={12} align="center">
        <Button
          type={plan ? 'default' : 'primary'}
          icon={<FolderOpenOutlined />}
          loading={session.busy === 'opening'}
          disabled={session.busy === 'applying'}
          onClick={() => void session.open()}
          data-testid="exchange-open"
        >
          {plan || applied ? t.openAnother : t.openButton}
        </Button>
        {session.busy === 'opening' && <Typography.Text type="secondary">{t.reading}</Typography.Text>}
      </Flex>
      {session.error && (
        <Alert
          type="error"
          showIcon
          title={session.error}
          data-testid="exchange-error"
          action={
            session.keyChange && (
              <AcceptKeyButton change={session.keyChange} onAccept={() => void session.acceptKey()} />
            )
          }
        />
      )}
      {applied && (
        <Alert
          type="success"
          showIcon
          data-testid="exchange-applied"
          title={
            applied.created + applied.updated + applied.deleted === 0
              ? t.appliedNothing
              : t.applied(applied.created, applied.updated, applied.deleted)
          }
        />
      )}
      {plan && (
        <MergePreview
          plan={plan}
          fileName={session.fileName ?? ''}
          exportedAt={session.exportedAt ? viDateTime(session.exportedAt) : ''}
          resolutions={session.resolutions}
          names={names}
          systemName={(id) => systemNames.get(id)}
          applying={session.busy === 'applying'}
          onDecide={session.decide}
          onApply={() => void session.apply()}
        />
      )}
    </Flex>
  )
}
