/**
 * The screens and their paths. Hash routing: the built renderer is opened from file:// in
 * Electron and from any static server. A data router, so a dirty form can block navigation.
 *
 * Each screen is its own chunk, loaded the first time it is shown: opening the register does not
 * parse ExcelJS, the charts or the import, exchange and settings code (npm run bench, "register
 * interactive"). One Suspense boundary around every screen, inside the shell: the menu and header
 * stay drawn while a screen loads, and moving between screens keeps the old one on show until the
 * new one is ready.
 */
import { lazy, Suspense, type ComponentType } from 'react'
import { createHashRouter, Outlet } from 'react-router'
import { ScreenLoading } from './components/ui/ScreenLoading'
import { AppLayout } from './features/shell/AppLayout'

/** A screen loaded on first use, from a module that exports it by name. */
function screen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  const Screen = lazy<ComponentType>(() => load().then((module) => ({ default: module[name] })))
  return <Screen />
}

export function createRouter() {
  return createHashRouter([
    {
      element: <AppLayout />,
      children: [
        {
          element: (
            <Suspense fallback={<ScreenLoading />}>
              <Outlet />
            </Suspense>
          ),
          children: [
            {
              index: true,
              element: screen(() => import('./features/dashboard/DashboardPage'), 'DashboardPage'),
            },
            {
              path: 'register',
              element: screen(() => import('./features/register/RegisterPage'), 'RegisterPage'),
            },
            {
              path: 'systems/:systemId',
              element: screen(() => import('./features/system/SystemPage'), 'SystemPage'),
            },
            { path: 'units', element: screen(() => import('./features/units/UnitsPage'), 'UnitsPage') },
            { path: 'import', element: screen(() => import('./features/import/ImportPage'), 'ImportPage') },
            { path: 'export', element: screen(() => import('./features/export/ExportPage'), 'ExportPage') },
            {
              path: 'exchange',
              element: screen(() => import('./features/exchange/ExchangePage'), 'ExchangePage'),
            },
            { path: 'rounds', element: screen(() => import('./features/rounds/RoundsPage'), 'RoundsPage') },
            {
              path: 'settings',
              element: screen(() => import('./features/settings/SettingsPage'), 'SettingsPage'),
            },
          ],
        },
      ],
    },
  ])
}
