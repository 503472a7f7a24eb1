import { Flex, Spin, Tabs, Typography, type TabsProps } from 'antd'
import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { useSettings } from '../../db/hooks'
import { backupText } from '../../i18n/backup'
import { exchangeText } from '../../i18n/exchange'
import { holidaysText } from '../../i18n/holidays'
import { lockText } from '../../i18n/lock'
import { officerText } from '../../i18n/officer'
import { settingsText } from '../../i18n/settings'
import type { SettingsTab } from '../../paths'
import { OfficePanel } from '../exchange/OfficePanel'
import { BackupPanel } from './BackupPanel'
import { HolidayCalendarPanel } from './HolidayCalendarPanel'
import { LockPanel } from './LockPanel'
import { OfficerPanel } from './OfficerPanel'
import { ReportSettingsForm } from './ReportSettingsForm'
import { RuleSetSection } from './RuleSetSection'
import { useLeaveGuard } from './useLeaveGuard'

/**
 * Settings: the rule set every figure is computed by, and who issues the reports. Saved changes
 * reach every screen at once (the hooks are live) and are recorded in history by the repos.
 */
export function SettingsPage() {
  const settings = useSettings()
  const [dirty, setDirty] = useState({ ruleSet: false, report: false })
  useLeaveGuard(dirty.ruleSet || dirty.report)
  // The tab lives in `?tab=`, so a link can open Settings on it and a reload stays there.
  const [params, setParams] = useSearchParams()
  const asked = params.get('tab')

  if (!settings) return <Spin size="large" />
  // Keyed by SettingsTab, so every tab a link may name exists here and no other.
  const items: (NonNullable<TabsProps['items']>[number] & { key: SettingsTab })[] = [
    {
      key: 'rule-set',
      label: settingsText.tabs.ruleSet,
      children: (
        <RuleSetSection
          settings={settings}
          onDirtyChange={(ruleSet) => setDirty((d) => ({ ...d, ruleSet }))}
        />
      ),
    },
    {
      key: 'report',
      label: settingsText.tabs.report,
      children: (
        <ReportSettingsForm
          initial={settings.reportSettings}
          onDirtyChange={(report) => setDirty((d) => ({ ...d, report }))}
        />
      ),
    },
    { key: 'officer', label: officerText.tab, children: <OfficerPanel /> },
    { key: 'holidays', label: holidaysText.tab, children: <HolidayCalendarPanel /> },
    { key: 'backup', label: backupText.tab, children: <BackupPanel /> },
    { key: 'lock', label: lockText.tab, children: <LockPanel /> },
    { key: 'exchange', label: exchangeText.officeTab, children: <OfficePanel /> },
  ]
  const tab = items.find((item) => item.key === asked)?.key ?? 'rule-set'
  return (
    <Flex vertical gap={8}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {settingsText.title}
      </Typography.Title>
      <Tabs activeKey={tab} onChange={(key) => setParams({ tab: key }, { replace: true })} items={items} />
    </Flex>
  )
}
