import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

import { createRequire } from 'node:module'

const { version } = createRequire(import.meta.url)('./package.json') as { version: string }

export default defineConfig({
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  test: {
    include: ['src-renderer/src/**/*.test.{ts,tsx}', 'src-main/**/*.test.ts', 'test/unit/**/*.test.ts'],
    environment: 'node',
    // DOM tests opt in with `// @vitest-environment jsdom` at the top of the file.
    setupFiles: ['test/setup/vitest.setup.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
})
