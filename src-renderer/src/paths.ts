/** The app's paths, in one place, for links and navigation. */
export const PATHS = {
  dashboard: '/',
  register: '/register',
  /** `/systems/new` creates a system. */
  system: (id: string) => `/systems/${id}`,
  newSystem: '/systems/new',
  units: '/units',
  import: '/import',
  export: '/export',
  /** "Nhận dữ liệu": merging another office's "Gửi lên" workbook. */
  exchange: '/exchange',
  /** "Đợt thu thập": collection rounds (issue #17). */
  rounds: '/rounds',
  /** One round chosen on "Đợt thu thập" (`?round=`), e.g. from the dashboard. */
  round: (id: string) => `/rounds?round=${encodeURIComponent(id)}`,
  settings: '/settings',
  /** Settings opened on one tab (`?tab=`), e.g. the office's name from "Gửi lên". */
  settingsTab: (tab: SettingsTab) => `/settings?tab=${tab}`,
} as const

/** The tabs of Settings, as `?tab=` names them. */
export const SETTINGS_TABS = ['rule-set', 'report', 'officer', 'holidays', 'backup', 'lock', 'exchange'] as const
export type SettingsTab = (typeof SETTINGS_TABS)[number]
