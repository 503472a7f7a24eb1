/** Serves a built renderer with `vite preview` on a free local port, as `npm run web` does. */
import { createServer } from 'node:net'
import { preview } from 'vite'

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolvePort(port))
    })
  })
}

export interface RunningPreview {
  url: string
  close(): Promise<void>
}

export async function servePreview(rendererDir: string): Promise<RunningPreview> {
  const port = await freePort()
  const server = await preview({
    configFile: false,
    logLevel: 'warn',
    build: { outDir: rendererDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  })
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() }
}
