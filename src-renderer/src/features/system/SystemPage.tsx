/**
 * A system's page (`/systems/:systemId`; `/systems/new` creates one): its record as a form, the
 * level-proposal dossier, the protection plan, its assessments and its history.
 */
import { Spin } from 'antd'
import { useParams } from 'react-router'
import { NewSystemPage } from './NewSystemPage'
import { SystemEditor } from './SystemEditor'
import { SystemNotFound } from './SystemNotFound'
import { useSystemLookup } from './useSystemLookup'

export function SystemPage() {
  const { systemId = '' } = useParams()
  if (systemId === 'new') return <NewSystemPage />
  // Keyed by id: another system's page starts from a fresh form and fresh guards.
  return <ExistingSystemPage key={systemId} systemId={systemId} />
}

function ExistingSystemPage({ systemId }: { systemId: string }) {
  const lookup = useSystemLookup(systemId)
  if (lookup.status === 'loading') return <Spin size="large" />
  if (lookup.status === 'missing') return <SystemNotFound />
  return <SystemEditor system={lookup.system} />
}
