import {
  ApartmentOutlined,
  CloudSyncOutlined,
  DashboardOutlined,
  DownloadOutlined,
  MailOutlined,
  SettingOutlined,
  TableOutlined,
  UploadOutlined,
} from '@ant-design/icons'
import { Layout, Menu, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { Outlet, useLocation, useNavigate } from 'react-router'
import type { AppInfo } from '../../../../src-main/preload/api'
import { getApi } from '../../bridge'
import { useSystemCount } from '../../db/hooks'
import { exchangeText } from '../../i18n/exchange'
import { roundsText } from '../../i18n/rounds'
import { vi } from '../../i18n/vi'
import { PATHS } from '../../paths'
import styles from './AppLayout.module.css'
import { AsOfPicker } from './AsOfPicker'
import { ReminderBell } from '../reminders/ReminderBell'
import { LockButton } from '../lock/LockButton'
import { LockScreen } from '../lock/LockScreen'
import { AutoBackupKeeper } from '../backups/AutoBackupKeeper'
import { StorageWarning } from '../backups/StorageWarning'

const items = [
  { key: PATHS.dashboard, icon: <DashboardOutlined />, label: vi.nav.dashboard },
  { key: PATHS.register, icon: <TableOutlined />, label: vi.nav.register },
  { key: PATHS.units, icon: <ApartmentOutlined />, label: vi.nav.units },
  { key: PATHS.import, icon: <UploadOutlined />, label: vi.nav.import },
  { key: PATHS.export, icon: <DownloadOutlined />, label: vi.nav.export },
  { key: PATHS.exchange, icon: <CloudSyncOutlined />, label: exchangeText.navLabel },
  { key: PATHS.rounds, icon: <MailOutlined />, label: roundsText.navLabel },
  { key: PATHS.settings, icon: <SettingOutlined />, label: vi.nav.settings },
]

/** The menu entry a path belongs to: a system's page sits under the register. */
function menuKey(pathname: string): string {
  if (pathname.startsWith('/systems/')) return PATHS.register
  return items.find((i) => i.key !== '/' && pathname.startsWith(i.key))?.key ?? pathname
}

export function AppLayout() {
  const navigate = useNavigate()
  const location = useLocation()
  const [info, setInfo] = useState<AppInfo | null>(null)
  // The store answered at least once: end-to-end tests wait on this marker instead of sleeping.
  const storeReady = useSystemCount() !== undefined

  useEffect(() => {
    getApi()
      .getAppInfo()
      .then(setInfo)
      .catch((error: unknown) => console.error(error))
  }, [])

  return (
    <Layout className={styles.root}>
      {/* The width is CSS's (--sider-width): the 1280 px breakpoint lives in one place. */}
      <Layout.Sider width="var(--sider-width)" theme="light" className={styles.sider}>
        <div className={styles.brand}>
          <span className={styles.logo}>CĐ</span>
          <div>
            <div className={styles.brandName}>{vi.app.name}</div>
            <div className={styles.brandSub}>Sổ theo dõi cấp độ ATTT</div>
          </div>
        </div>
        <Menu
          mode="inline"
          selectedKeys={[menuKey(location.pathname)]}
          items={items}
          onClick={({ key }) => navigate(key)}
        />
        {info && <div className={styles.version}>{vi.app.version(info.version, info.shell)}</div>}
      </Layout.Sider>
      <Layout className={styles.main}>
        <Layout.Header className={styles.header}>
          <Typography.Text strong className={styles.headerTitle}>
            {vi.app.title}
          </Typography.Text>
          <div className={styles.headerTools}>
            <AsOfPicker />
            <ReminderBell />
            <LockButton />
          </div>
        </Layout.Header>
        <Layout.Content className={styles.content} data-testid="app-content">
          {storeReady && <span data-testid="app-ready" hidden />}
          <AutoBackupKeeper />
          <StorageWarning />
          <Outlet />
          <LockScreen />
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
