import { Card, Checkbox, DatePicker, Form, Select, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { formatViDate, type IsoDate } from '../../domain/calendar-date'
import { mau08Period } from '../../domain/report/mau08'
import { quarterDueDate, quarterLabel, type Quarter } from '../../domain/report/quarter'
import type { ReportSheetId } from '../../domain/report/sheet'
import type { RuleSet } from '../../domain/rule-set'
import { exportText as t } from '../../i18n/export'
import { mau08YearChoices, quarterChoices, quarterKey } from './export-options'

interface ReportOptionsCardProps {
  ruleSet: RuleSet
  asOf: IsoDate
  onAsOfChange(date: IsoDate): void
  offered: readonly ReportSheetId[]
  sheets: readonly ReportSheetId[]
  onSheetsChange(sheets: ReportSheetId[]): void
  quarter: Quarter
  onQuarterChange(quarter: Quarter): void
  mau08Year: number
  onMau08YearChange(year: number): void
  disabled: boolean
}

const DATE_FORMAT = 'DD/MM/YYYY'

/** What the report says: the day it is computed for, its sheets and the quarter it reports. */
export function ReportOptionsCard(props: ReportOptionsCardProps) {
  const { ruleSet, asOf, offered, sheets, quarter, disabled } = props
  const quarterly = ruleSet.report.kind === 'quarterly'
  const choices = quarterChoices(asOf)
  const quarterOn = sheets.includes('quarterly')
  const mau08On = sheets.includes('mau08')
  const period = mau08Period(props.mau08Year, ruleSet.report)

  return (
    <Card title={t.contentCard} data-testid="export-options">
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
        {t.ruleSet(ruleSet.name)}
      </Typography.Paragraph>
      <Form layout="vertical" disabled={disabled} requiredMark={false}>
        <Form.Item label={t.asOf} htmlFor="export-as-of" extra={t.asOfHelp}>
          <DatePicker
            id="export-as-of"
            format={DATE_FORMAT}
            allowClear={false}
            value={dayjs(asOf)}
            onChange={(date: Dayjs | null) => date && props.onAsOfChange(date.format('YYYY-MM-DD'))}
            style={{ width: 200 }}
          />
        </Form.Item>
        <Form.Item
          label={t.sheets}
          validateStatus={sheets.length === 0 ? 'error' : undefined}
          help={sheets.length === 0 ? t.sheetsRequired : undefined}
        >
          <Checkbox.Group
            value={[...sheets]}
            onChange={(values) => props.onSheetsChange(values as ReportSheetId[])}
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
            options={offered.map((id) => ({
              value: id,
              label: (
                <span>
                  {t.sheetLabel[id]} <Typography.Text type="secondary">— {t.sheetHint[id]}</Typography.Text>
                </span>
              ),
            }))}
          />
        </Form.Item>
        {quarterly ? (
          <Form.Item
            label={t.quarter}
            htmlFor="export-quarter"
            extra={
              quarterOn ? (
                <span data-testid="quarter-due">
                  {t.dueDate(formatViDate(quarterDueDate(quarter.year, quarter.quarter, ruleSet)))}
                </span>
              ) : (
                t.quarterDisabled
              )
            }
            style={{ marginBottom: 0 }}
          >
            <Select
              id="export-quarter"
              style={{ width: 200 }}
              disabled={disabled || !quarterOn}
              value={quarterKey(quarter)}
              onChange={(key: string) => {
                const picked = choices.find((q) => quarterKey(q) === key)
                if (picked) props.onQuarterChange(picked)
              }}
              options={choices.map((q) => ({ value: quarterKey(q), label: quarterLabel(q) }))}
            />
          </Form.Item>
        ) : (
          <Typography.Text type="secondary">{t.annualReport}</Typography.Text>
        )}
        {offered.includes('mau08') && (
          <Form.Item
            label={t.mau08Year}
            htmlFor="export-mau08-year"
            extra={
              mau08On ? (
                <span data-testid="mau08-period">
                  {t.mau08Period(props.mau08Year, formatViDate(period.start), formatViDate(period.end))}
                </span>
              ) : (
                t.mau08YearDisabled
              )
            }
            style={{ marginTop: 16, marginBottom: 0 }}
          >
            <Select
              id="export-mau08-year"
              style={{ width: 200 }}
              disabled={disabled || !mau08On}
              value={props.mau08Year}
              onChange={(year: number) => props.onMau08YearChange(year)}
              options={mau08YearChoices(asOf, ruleSet.report).map((y) => ({ value: y, label: `Năm ${y}` }))}
            />
          </Form.Item>
        )}
      </Form>
    </Card>
  )
}
