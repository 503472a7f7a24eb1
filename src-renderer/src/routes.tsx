/**
 * The screens and their paths. Hash routing: the built renderer is opened from file:// in
 * Electron and from any static server. A data router, so a dirty form can block navigation.
 */
import { createHashRouter } from 'react-router'
import { DashboardPage } from './features/dashboard/DashboardPage'
import { ExchangePage } from './features/exchange/ExchangePage'
import { ExportPage } from './features/export/ExportPage'
import { ImportPage } from './features/import/ImportPage'
import { RegisterPage } from './features/register/RegisterPage'
import { SettingsPage } from './features/settings/SettingsPage'
import { AppLayout } from './features/shell/AppLayout'
import { SystemPage } from './features/system/SystemPage'
import { UnitsPage } from './features/units/UnitsPage'

export function createRouter() {
  return createHashRouter([
    {
      element: <AppLayout />,
      children: [
        { index: true, element: <DashboardPage /> },
        { path: 'register', element: <RegisterPage /> },
        { path: 'systems/:systemId', element: <SystemPage /> },
        { path: 'units', element: <UnitsPage /> },
        { path: 'import', element: <ImportPage /> },
        { path: 'export', element: <ExportPage /> },
        { path: 'exchange', element: <ExchangePage /> },
        { path: 'settings', element: <SettingsPage /> },
      ],
    },
  ])
}
