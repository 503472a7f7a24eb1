import { App as AntApp, ConfigProvider } from 'antd'
import viVN from 'antd/locale/vi_VN'
import dayjs from 'dayjs'
import 'dayjs/locale/vi'
import { HashRouter, Route, Routes } from 'react-router'
import { DbProvider } from './db/hooks/DbProvider'
import { AppLayout } from './features/shell/AppLayout'
import { DashboardPage } from './features/dashboard/DashboardPage'
import { UnitsPage } from './features/units/UnitsPage'
import { theme } from './theme'

dayjs.locale('vi')

// Hash routing: the built renderer is opened from file:// in Electron and from any static server.
export function App() {
  return (
    <ConfigProvider locale={viVN} theme={theme}>
      <AntApp>
        <DbProvider>
          <HashRouter>
            <Routes>
              <Route element={<AppLayout />}>
                <Route index element={<DashboardPage />} />
                <Route path="units" element={<UnitsPage />} />
              </Route>
            </Routes>
          </HashRouter>
        </DbProvider>
      </AntApp>
    </ConfigProvider>
  )
}
