import { App as AntApp, ConfigProvider } from 'antd'
import viVN from 'antd/locale/vi_VN'
import dayjs from 'dayjs'
import 'dayjs/locale/vi'
import { useState } from 'react'
import { RouterProvider } from 'react-router'
import { DbProvider } from './db/hooks/DbProvider'
import { createRouter } from './routes'
import { theme } from './theme'

dayjs.locale('vi')

export function App() {
  const [router] = useState(createRouter)
  return (
    <ConfigProvider locale={viVN} theme={theme}>
      <AntApp>
        <DbProvider>
          <RouterProvider router={router} />
        </DbProvider>
      </AntApp>
    </ConfigProvider>
  )
}
