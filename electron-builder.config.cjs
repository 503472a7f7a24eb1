// Installers for Windows (NSIS per user + portable exe) and Linux (AppImage + deb). Run with
// `npm run dist:win` / `npm run dist:linux` on a machine with internet: electron-builder downloads
// the Electron runtime and its NSIS/AppImage tools. README "Building installers" has the steps.
// The version comes from package.json. Tested by test/unit/packaging-config.test.ts.
//
// No file association: .xlsx belongs to Excel/LibreOffice on every office PC, and CapDo's exchange
// workbooks are ordinary .xlsx files that users also open in Excel. Registering CapDo for .xlsx
// would take that away from Excel (or do nothing); the import screen opens them instead.
'use strict'

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'vn.capdo.app',
  productName: 'CapDo — Sổ theo dõi cấp độ ATTT',
  copyright: 'CapDo',
  directories: { output: 'dist', buildResources: 'resources' },
  // Only the built app. Vite bundles the renderer and the preload; main requires only zod, which
  // electron-builder adds from the production dependencies itself.
  files: ['out/**', 'package.json'],
  asar: true,
  afterPack: './scripts/after-pack-fuses.cjs',
  icon: 'resources/icon.png',
  win: {
    target: [
      { target: 'nsis', arch: ['x64'] },
      { target: 'portable', arch: ['x64'] },
    ],
    // ASCII file names: Vietnamese letters and the dash stay in the shortcuts and the window title.
    executableName: 'CapDo',
    icon: 'resources/icon.png',
  },
  nsis: {
    // Per user, into %LOCALAPPDATA%\Programs: no administrator rights on a district office PC.
    oneClick: false,
    perMachine: false,
    allowElevation: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: 'CapDo',
    // The register lives in the user's profile (IndexedDB); uninstalling must never delete it.
    deleteAppDataOnUninstall: false,
    artifactName: 'CapDo-Setup-${version}.${ext}',
  },
  portable: {
    artifactName: 'CapDo-Portable-${version}.${ext}',
  },
  linux: {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
    executableName: 'capdo',
    category: 'Office',
    icon: 'resources/icon.png',
    synopsis: 'Sổ theo dõi cấp độ an toàn hệ thống thông tin',
    description: 'CapDo — Sổ theo dõi cấp độ an toàn hệ thống thông tin (ATTT), chạy không cần mạng.',
    // Debian packages need a maintainer with an e-mail address: replace with the real contact.
    maintainer: 'CapDo <capdo@example.invalid>',
  },
  appImage: {
    artifactName: 'CapDo-${version}-${arch}.${ext}',
  },
  deb: {
    artifactName: 'capdo_${version}_${arch}.${ext}',
  },
}
