import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useState } from 'react'
import { ensureOfficeKeys, fingerprintOf, readOfficeKeys, readPins } from '../../db/repos/exchange-keys'
import { useDb } from '../../db/hooks'
import type { PinnedKeys } from '../../domain/exchange'
import { reportError } from '../../errors/to-user-message'

/**
 * This office's key fingerprint (the key pair is made on first use, as "Gửi lên" would) and the
 * keys pinned for other offices, live. Undefined while loading.
 */
export function useExchangeKeys(): {
  own: string | undefined
  pins: PinnedKeys | undefined
  error: string | null
} {
  const db = useDb()
  const keys = useLiveQuery(() => readOfficeKeys(db).then((k) => k ?? null), [db])
  const pins = useLiveQuery(() => readPins(db), [db])
  const [own, setOwn] = useState<{ publicKey: string; fingerprint: string } | undefined>()
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (keys === null) {
      ensureOfficeKeys(db).catch((failure: unknown) => setError(reportError(failure)))
      return
    }
    if (!keys) return
    let live = true
    void fingerprintOf(keys.publicKey).then((fingerprint) => {
      if (live) setOwn({ publicKey: keys.publicKey, fingerprint })
    })
    return () => {
      live = false
    }
  }, [db, keys])

  return { own: own && keys && own.publicKey === keys.publicKey ? own.fingerprint : undefined, pins, error }
}
