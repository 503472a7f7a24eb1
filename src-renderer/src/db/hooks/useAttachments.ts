import { useLiveQuery } from 'dexie-react-hooks'
import { listSystemAttachments, type AttachmentInfo } from '../repos/attachments'
import { useDb } from './useDb'

/** A system's attachments and its assessments', oldest first, without bytes; undefined while loading. */
export function useSystemAttachments(systemId: string | undefined): AttachmentInfo[] | undefined {
  const db = useDb()
  return useLiveQuery(() => (systemId ? listSystemAttachments(db, systemId) : []), [db, systemId])
}
