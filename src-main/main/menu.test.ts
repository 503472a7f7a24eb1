import type { KeyboardEvent, MenuItem, MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { aboutDialogText, buildMenuTemplate } from './menu'

function submenuOf(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const submenu = item?.submenu
  if (!Array.isArray(submenu)) throw new Error(`"${item?.label}" has no submenu`)
  return submenu
}

function labelsOf(items: MenuItemConstructorOptions[]): string[] {
  return items.filter((item) => item.type !== 'separator').map((item) => item.label ?? '')
}

function find(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  return submenuOf(template.find((item) => item.label === label))
}

const packaged = buildMenuTemplate({ isPackaged: true, platform: 'win32', onAbout: () => undefined })

describe('the application menu', () => {
  it('has the four Vietnamese menus in order', () => {
    expect(packaged.map((item) => item.label)).toEqual(['Tệp', 'Chỉnh sửa', 'Hiển thị', 'Trợ giúp'])
  })

  it('Tệp quits the app', () => {
    expect(find(packaged, 'Tệp')).toEqual([{ role: 'quit', label: 'Thoát' }])
  })

  it('Chỉnh sửa offers the editing commands in Vietnamese', () => {
    expect(labelsOf(find(packaged, 'Chỉnh sửa'))).toEqual([
      'Hoàn tác',
      'Làm lại',
      'Cắt',
      'Sao chép',
      'Dán',
      'Chọn tất cả',
    ])
    expect(find(packaged, 'Chỉnh sửa').map((item) => item.role)).toContain('paste')
  })

  it('Hiển thị offers reload, zoom and full screen, without developer tools once packaged', () => {
    expect(labelsOf(find(packaged, 'Hiển thị'))).toEqual([
      'Tải lại',
      'Phóng to',
      'Thu nhỏ',
      'Kích thước thật',
      'Toàn màn hình',
    ])
    expect(find(packaged, 'Hiển thị').some((item) => item.role === 'toggleDevTools')).toBe(false)
  })

  it('offers developer tools while developing', () => {
    const dev = buildMenuTemplate({ isPackaged: false, platform: 'linux', onAbout: () => undefined })
    const devTools = find(dev, 'Hiển thị').find((item) => item.role === 'toggleDevTools')
    expect(devTools?.label).toBe('Công cụ nhà phát triển')
  })

  it('Trợ giúp → Giới thiệu CapDo opens the about dialog', () => {
    const onAbout = vi.fn()
    const template = buildMenuTemplate({ isPackaged: true, platform: 'linux', onAbout })
    const about = find(template, 'Trợ giúp')[0]
    expect(about.label).toBe('Giới thiệu CapDo')
    about.click?.({} as MenuItem, undefined, {} as KeyboardEvent)
    expect(onAbout).toHaveBeenCalledTimes(1)
  })

  it('on macOS puts the app menu first, in Vietnamese', () => {
    const mac = buildMenuTemplate({ isPackaged: true, platform: 'darwin', onAbout: () => undefined })
    expect(mac.map((item) => item.label)).toEqual(['CapDo', 'Tệp', 'Chỉnh sửa', 'Hiển thị', 'Trợ giúp'])
    expect(labelsOf(find(mac, 'CapDo'))).toEqual([
      'Giới thiệu CapDo',
      'Ẩn CapDo',
      'Ẩn các ứng dụng khác',
      'Hiện tất cả',
      'Thoát CapDo',
    ])
  })

  it('every item a user sees has a label (no English role default shows through)', () => {
    const dev = buildMenuTemplate({ isPackaged: false, platform: 'darwin', onAbout: () => undefined })
    const items = dev.flatMap((menu) => [menu, ...submenuOf(menu)])
    const unlabeled = items.filter((item) => item.type !== 'separator' && !item.label)
    expect(unlabeled).toEqual([])
  })
})

describe('the about dialog', () => {
  it('names the app and its version in Vietnamese', () => {
    const text = aboutDialogText('0.1.0')
    expect(text.title).toBe('Giới thiệu CapDo')
    expect(text.detail).toContain('Phiên bản 0.1.0')
  })
})
