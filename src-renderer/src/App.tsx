import { App as AntApp, ConfigProvider } from 'antd'
import viVN from 'antd/locale/vi_VN'
import dayjs from 'dayjs'
import 'dayjs/locale/vi'
import { useState } from 'react'
import { RouterProvider } from 'react-router'
import { DbProvider } from './db/hooks/DbProvider'
import { UpgradeBackupGate } from './features/backups/UpgradeBackupGate'
import { createRouter } from './routes'
import { theme } from './theme'

dayjs.locale('vi')

export function App() {
  const [router] = useState(createRouter)
  return (
    <ConfigProvider locale={viVN} theme={theme}>
      <AntApp>
        {/* The old data is backed up before the provider's first query upgrades the schema. */}
        <UpgradeBackupGate>
          <DbProvider>
            <RouterProvider router={router} />
          </DbProvider>
        </UpgradeBackupGate>
      </AntApp>
    </ConfigProvider>
  )
}
