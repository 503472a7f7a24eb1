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
  settings: '/settings',
} as const
