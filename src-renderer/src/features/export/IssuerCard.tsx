import { SettingOutlined } from '@ant-design/icons'
import { Card, Descriptions, Typography } from 'antd'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { IsoDate } from '../../domain/calendar-date'
import { placeDateLine } from '../../domain/report/document-text'
import type { ReportSettings } from '../../domain/report/settings'
import { exportText as t } from '../../i18n/export'
import { PATHS } from '../../paths'

interface IssuerCardProps {
  settings: ReportSettings
  asOf: IsoDate
}

function orMissing(value: string): ReactNode {
  return value.trim() ? value : <Typography.Text type="warning">({t.notEntered})</Typography.Text>
}

/** Who the report is issued by, as Settings has it: read-only here, edited in Settings. */
export function IssuerCard({ settings, asOf }: IssuerCardProps) {
  const signer = (
    <div>
      {settings.signerTitle.split('\n').map((line) => (
        <div key={line}>{line}</div>
      ))}
      <strong>{orMissing(settings.signerName)}</strong>
    </div>
  )
  return (
    <Card
      title={t.issuerCard}
      data-testid="export-issuer"
      extra={
        <Link to={PATHS.settings}>
          <SettingOutlined /> {t.editInSettings}
        </Link>
      }
    >
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'parent', label: t.parentBody, children: orMissing(settings.parentBody) },
          { key: 'issuing', label: t.issuingBody, children: orMissing(settings.issuingBody) },
          { key: 'place', label: t.place, children: orMissing(settings.place) },
          { key: 'signer', label: t.signer, children: signer },
          {
            key: 'addressees',
            label: t.addressees,
            children:
              settings.addressees.length > 0
                ? settings.addressees.map((line) => <div key={line}>{line}</div>)
                : orMissing(''),
          },
        ]}
      />
      {settings.place.trim() && (
        <Typography.Paragraph italic type="secondary" style={{ margin: '12px 0 0' }}>
          {placeDateLine(settings.place, asOf)}
        </Typography.Paragraph>
      )}
    </Card>
  )
}
