// Types for electron-binary.mjs (plain JavaScript so `npm start` runs it with node alone).

export function platformExecutable(platform: NodeJS.Platform | 'mas'): string

export function findElectronBinary(options: {
  projectRoot: string
  env?: NodeJS.ProcessEnv
  platform?: NodeJS.Platform
}): string | null

export const MISSING_BINARY_MESSAGE: string
