/**
 * Xuất báo cáo: the officer picks the report date, the sheets and the quarter, checks who issues
 * it (from Settings) and exports the workbook; it is built in a worker and saved through the
 * app's save dialog (a download in the browser).
 */
import { Col, Row, Space, Spin, Typography } from 'antd'
import { useState } from 'react'
import { useActiveRuleSet, useSettings, useSystemCount, useUnits } from '../../db/hooks'
import type { IsoDate } from '../../domain/calendar-date'
import { defaultReportSheets, offeredReportSheets } from '../../domain/report/build'
import { mau08YearOf } from '../../domain/report/mau08'
import { quarterOf, type Quarter } from '../../domain/report/quarter'
import type { ReportSheetId } from '../../domain/report/sheet'
import { exportText as t } from '../../i18n/export'
import { useAsOf } from '../../stores/as-of'
import { useOffice } from '../exchange/useOffice'
import { chosenSheets, exchangeFileName, exportFileName } from './export-options'
import { ExportActionsCard } from './ExportActionsCard'
import { IssuerCard } from './IssuerCard'
import { QuickRegisterCard } from './QuickRegisterCard'
import { ReportOptionsCard } from './ReportOptionsCard'
import { SendUpCard } from './SendUpCard'
import { useReportExport } from './useReportExport'
import { formatCount } from '../../domain/number-format'

const num = (n: number) => formatCount(n)

export function ExportPage() {
  // Null: the report date follows the app's "tính đến ngày" until the officer picks another.
  const appAsOf = useAsOf((s) => s.asOf)
  const [pickedAsOf, setPickedAsOf] = useState<IsoDate | null>(null)
  // The sheets whose box the officer flipped from the rule set's default.
  const [toggled, setToggled] = useState<ReportSheetId[]>([])
  // Null: the quarter follows the report date.
  const [pickedQuarter, setPickedQuarter] = useState<Quarter | null>(null)
  // Null: Mẫu 08's year follows the report date (mau08YearOf).
  const [pickedMau08Year, setPickedMau08Year] = useState<number | null>(null)
  const ruleSet = useActiveRuleSet()
  const settings = useSettings()
  const systemCount = useSystemCount()
  const units = useUnits()
  const { run, progressStore, runningKind, saved } = useReportExport()
  const office = useOffice()

  if (!ruleSet || !settings) return <Spin size="large" />

  const asOf = pickedAsOf ?? appAsOf
  const offered = offeredReportSheets(ruleSet)
  const byDefault = defaultReportSheets(ruleSet)
  const sheets = chosenSheets(offered, toggled, byDefault)
  const quarter = pickedQuarter ?? quarterOf(asOf)
  const mau08Year = pickedMau08Year ?? mau08YearOf(asOf)
  const busy = runningKind !== null
  const reportFile = exportFileName('report', asOf)
  const registerFile = exportFileName('register', asOf)
  const sendUpFile = exchangeFileName(office?.name ?? '', asOf)
  const registerSummary =
    systemCount !== undefined && units ? t.registerCount(num(systemCount), num(units.length)) : null

  return (
    <Space orientation="vertical" size={20} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t.title}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', maxWidth: 820 }}>
          {t.intro}
        </Typography.Paragraph>
      </div>
      <Row gutter={[20, 20]}>
        <Col xs={24} xl={14}>
          <Space orientation="vertical" size={20} style={{ width: '100%' }}>
            <ReportOptionsCard
              ruleSet={ruleSet}
              asOf={asOf}
              onAsOfChange={(date) => {
                setPickedAsOf(date)
                setPickedQuarter(null)
                setPickedMau08Year(null)
              }}
              offered={offered}
              sheets={sheets}
              onSheetsChange={(ticked) =>
                setToggled(offered.filter((id) => ticked.includes(id) !== byDefault.includes(id)))
              }
              quarter={quarter}
              onQuarterChange={setPickedQuarter}
              mau08Year={mau08Year}
              onMau08YearChange={setPickedMau08Year}
              disabled={busy}
            />
            <ExportActionsCard
              fileName={reportFile}
              registerSummary={registerSummary}
              canExport={sheets.length > 0}
              progressStore={progressStore}
              running={runningKind}
              saved={saved}
              onExport={() => run({ kind: 'report', asOf, sheets, quarter, mau08Year, fileName: reportFile })}
            />
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <Space orientation="vertical" size={20} style={{ width: '100%' }}>
            <IssuerCard settings={settings.reportSettings} asOf={asOf} />
            <QuickRegisterCard
              fileName={registerFile}
              progressStore={progressStore}
              running={runningKind}
              saved={saved}
              onExport={() => run({ kind: 'register', asOf, sheets: ['register'], fileName: registerFile })}
            />
            <SendUpCard
              officeName={office?.name}
              fileName={sendUpFile}
              canExport={sheets.length > 0}
              progressStore={progressStore}
              running={runningKind}
              saved={saved}
              onExport={() =>
                run({ kind: 'exchange', asOf, sheets, quarter, mau08Year, fileName: sendUpFile })
              }
            />
          </Space>
        </Col>
      </Row>
    </Space>
  )
}
