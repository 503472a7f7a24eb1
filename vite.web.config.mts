// `npm run web`: serve the built renderer for a browser. No Electron involved; the renderer
// picks its browser implementation of the preload API when window.capdo is absent.
// `vite preview` serves build.outDir; CAPDO_RENDERER_OUT lets parallel test runs use their own.
import { defineConfig } from 'vite'

export default defineConfig({
  build: { outDir: process.env.CAPDO_RENDERER_OUT ?? 'out/renderer' },
  preview: { host: '127.0.0.1', port: Number(process.env.CAPDO_WEB_PORT ?? 5173), strictPort: true },
})
