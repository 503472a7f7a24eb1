import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
// antd's whole stylesheet, built ahead (theme.ts turns its run-time style generation off).
import 'antd/dist/antd.css'
import { App } from './App'
import './contrast.css'

const root = document.getElementById('root')
if (!root) throw new Error('missing #root')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
