import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src-renderer/src/**/*.test.{ts,tsx}', 'src-main/**/*.test.ts', 'test/unit/**/*.test.ts'],
    environment: 'node',
    // DOM tests opt in with `// @vitest-environment jsdom` at the top of the file.
    setupFiles: ['test/setup/vitest.setup.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
})
