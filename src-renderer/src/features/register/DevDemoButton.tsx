import { App, Button } from 'antd'
import { useState } from 'react'
import { useSearchParams } from 'react-router'
import { isRegisterEmpty, type DemoPhase } from '../../db/demo'
import { useDb } from '../../db/hooks'
import { reportError } from '../../errors/to-user-message'
import { registerText } from '../../i18n/register'
import { vi } from '../../i18n/vi'
import { useAsOf } from '../../stores/as-of'
import { loadDemoInWorker } from '../../workers/demo-client'

/** The most systems the developer aid will generate. */
const MAX_DEMO_SYSTEMS = 50_000

/** `?demo=<n>` as a number of systems, or null when absent or not a sensible count. */
export function demoSystemsParam(params: URLSearchParams): number | null {
  const raw = params.get('demo')
  if (raw === null || !/^\d+$/.test(raw)) return null
  const n = Number(raw)
  return n >= 1 && n <= MAX_DEMO_SYSTEMS ? n : null
}

/**
 * Developer aid, for performance checks and the 20,000-system end-to-end test: the empty
 * register opened as `#/register?demo=20000` offers to load the demo register with that many
 * systems, through the same loader as the dashboard's "Nạp dữ liệu mẫu". Nothing in the app links
 * to such a URL, and it still takes a click on an empty register, so it cannot happen by accident.
 */
export function DevDemoButton() {
  const [params] = useSearchParams()
  const count = demoSystemsParam(params)
  const db = useDb()
  const asOf = useAsOf((s) => s.asOf)
  const { message } = App.useApp()
  const [loading, setLoading] = useState(false)
  const [phase, setPhase] = useState<DemoPhase | null>(null)

  if (count === null) return null

  async function load(systemsCount: number) {
    setLoading(true)
    try {
      if (!(await isRegisterEmpty(db))) return
      const result = await loadDemoInWorker(db, { asOf, systemsCount, onPhase: setPhase })
      message.success(registerText.devDemo.loaded(result.systems, result.units))
    } catch (error) {
      message.error(reportError(error))
    } finally {
      setLoading(false)
      setPhase(null)
    }
  }

  return (
    <Button type="dashed" loading={loading} onClick={() => load(count)} style={{ marginTop: 16 }}>
      {phase ? vi.empty.phase[phase] : registerText.devDemo.load(count)}
    </Button>
  )
}
