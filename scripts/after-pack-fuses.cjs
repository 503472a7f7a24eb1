// electron-builder's afterPack hook: flips Electron's fuses in the packaged executable, before it
// is signed and wrapped into the installer. Fuses are bits compiled into the binary, so they hold
// whatever a user passes on the command line or sets in the environment:
// - RunAsNode off: ELECTRON_RUN_AS_NODE cannot turn CapDo into a plain Node.js interpreter;
// - EnableNodeOptionsEnvironmentVariable off: NODE_OPTIONS cannot inject code into main;
// - EnableNodeCliInspectArguments off: --inspect cannot attach a debugger to main;
// - EnableCookieEncryption on: the session's cookie store is encrypted with the OS key store;
// - EnableEmbeddedAsarIntegrityValidation on: app.asar is checked against the hash electron-builder
//   embeds (enforced on Windows and macOS; Linux has no check yet, the bit is harmless there);
// - OnlyLoadAppFromAsar on: Electron loads the app only from app.asar, never from a planted app/ folder.
// GrantFileProtocolExtraPrivileges stays at Electron's default: the page is loaded from file://.
'use strict'
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS module: electron-builder require()s its hooks */
const path = require('node:path')
const { flipFuses, FuseV1Options, FuseVersion } = require('@electron/fuses')

/** The fuse values CapDo ships with (FuseV1Options name → enabled). */
const FUSES = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
}

/** The packaged Electron executable inside `appOutDir`, as electron-builder names it per platform. */
function executablePath(context) {
  const { appOutDir, electronPlatformName, packager } = context
  const { productFilename } = packager.appInfo
  switch (electronPlatformName) {
    case 'win32':
      return path.join(appOutDir, `${productFilename}.exe`)
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${productFilename}.app`)
    default:
      return path.join(appOutDir, packager.executableName)
  }
}

/** The hook with its flipFuses injected, so a test can call it without an Electron binary. */
function createAfterPack(flip = flipFuses) {
  return async function afterPack(context) {
    await flip(executablePath(context), {
      version: FuseVersion.V1,
      // An ad-hoc signed macOS arm64 binary must be re-signed after its bytes change.
      resetAdHocDarwinSignature: context.electronPlatformName === 'darwin',
      ...FUSES,
    })
  }
}

module.exports = createAfterPack()
module.exports.default = module.exports
module.exports.createAfterPack = createAfterPack
module.exports.executablePath = executablePath
module.exports.FUSES = FUSES
