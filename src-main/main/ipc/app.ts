/** app:get-info — what the renderer shows in its "about" panel and footer. */
import type { AppInfo } from '../../preload/api'

export const APP_NAME = 'CapDo'

export interface AppVersionSource {
  getVersion(): string
}

export async function getAppInfo(app: AppVersionSource): Promise<AppInfo> {
  return { name: APP_NAME, version: app.getVersion(), shell: 'electron' }
}
