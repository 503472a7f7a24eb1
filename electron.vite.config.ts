import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { version } from './package.json'

// Folders are src-main/ and src-renderer/ (not electron-vite's default src/main…), so every
// input is named here. Output: out/main, out/preload, out/renderer with relative asset paths, so
// the renderer works from file:// in Electron and from any static server in a browser.
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-main/main/index.ts') },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require anything but 'electron': bundle everything into one file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src-renderer'),
    base: './',
    plugins: [react()],
    define: { __APP_VERSION__: JSON.stringify(version) },
    worker: { format: 'es' },
    build: {
      // CAPDO_RENDERER_OUT lets parallel test runs build into separate folders.
      outDir: resolve(__dirname, process.env.CAPDO_RENDERER_OUT ?? 'out/renderer'),
      // electron-vite leaves the renderer unminified; a 6 MB bundle cost ~0.7 s to parse before the
      // register could open (npm run bench). Minified, it is about a third of that.
      minify: true,
      chunkSizeWarningLimit: 4000,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src-renderer/index.html') },
      },
    },
  },
})
