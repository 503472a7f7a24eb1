/**
 * The Vietnamese application menu as data. Items use Electron roles (undo, copy, zoomIn…), so the
 * platform supplies the behaviour and keyboard shortcuts; only the labels are ours.
 */
import type { MenuItemConstructorOptions } from 'electron'

export interface MenuOptions {
  /** The developer tools item appears only outside a packaged app. */
  isPackaged: boolean
  platform: NodeJS.Platform
  /** Shows the "Giới thiệu CapDo" dialog. */
  onAbout: () => void
}

export function buildMenuTemplate({
  isPackaged,
  platform,
  onAbout,
}: MenuOptions): MenuItemConstructorOptions[] {
  const about: MenuItemConstructorOptions = { label: 'Giới thiệu CapDo', click: () => onAbout() }

  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: 'Tải lại' },
    { type: 'separator' },
    { role: 'zoomIn', label: 'Phóng to' },
    { role: 'zoomOut', label: 'Thu nhỏ' },
    { role: 'resetZoom', label: 'Kích thước thật' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Toàn màn hình' },
  ]
  if (!isPackaged) {
    view.push({ type: 'separator' }, { role: 'toggleDevTools', label: 'Công cụ nhà phát triển' })
  }

  const template: MenuItemConstructorOptions[] = [
    { label: 'Tệp', submenu: [{ role: 'quit', label: 'Thoát' }] },
    {
      label: 'Chỉnh sửa',
      submenu: [
        { role: 'undo', label: 'Hoàn tác' },
        { role: 'redo', label: 'Làm lại' },
        { type: 'separator' },
        { role: 'cut', label: 'Cắt' },
        { role: 'copy', label: 'Sao chép' },
        { role: 'paste', label: 'Dán' },
        { role: 'selectAll', label: 'Chọn tất cả' },
      ],
    },
    { label: 'Hiển thị', submenu: view },
    { role: 'help', label: 'Trợ giúp', submenu: [about] },
  ]

  // macOS names the first menu after the app and expects About/Hide/Quit there.
  if (platform === 'darwin') {
    template.unshift({
      label: 'CapDo',
      submenu: [
        about,
        { type: 'separator' },
        { role: 'hide', label: 'Ẩn CapDo' },
        { role: 'hideOthers', label: 'Ẩn các ứng dụng khác' },
        { role: 'unhide', label: 'Hiện tất cả' },
        { type: 'separator' },
        { role: 'quit', label: 'Thoát CapDo' },
      ],
    })
  }
  return template
}

/** What the "Giới thiệu CapDo" dialog says. */
export function aboutDialogText(version: string): { title: string; message: string; detail: string } {
  return {
    title: 'Giới thiệu CapDo',
    message: 'CapDo — Sổ theo dõi cấp độ an toàn hệ thống thông tin',
    detail:
      `Phiên bản ${version}\n` +
      'Theo dõi hồ sơ đề xuất cấp độ, phê duyệt, triển khai phương án và kiểm tra, đánh giá định kỳ ' +
      'của các hệ thống thông tin. Dữ liệu chỉ lưu trên máy này.',
  }
}
