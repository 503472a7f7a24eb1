/**
 * The IndexedDB schema, one constant per version (Dexie `stores()` syntax). A shipped version is
 * never edited: a change is a new constant spreading the previous one, appended to
 * SCHEMA_VERSIONS with its upgrade, and a test migrates a database seeded under the old version.
 *
 * Indexes exist only for what is queried (from v4): systems by unit, units by parent, assessments
 * by system and date, a system's history, attachments by owner and by system. The register
 * filters its in-memory snapshot, so its filters need no index. IndexedDB does not index `null`:
 * the stored records keep the domain's shape (`level: null` means "unknown"); we do not invent a
 * sentinel like 0 that every reader would have to translate back.
 */
import type { Transaction } from 'dexie'

export type StoreSchema = Readonly<Record<string, string | null>>

/** Version 1 (2026-11): the first shipped schema. */
export const SCHEMA_V1 = {
  units: 'id, name, block, parentId',
  systems: 'id, unitId, level, dossierState, deploymentState, name, updatedAt',
  assessments: 'id, systemId, date, [systemId+date]',
  history: '++id, entityId, systemId, at',
  settings: 'key',
} as const satisfies StoreSchema

export interface SchemaVersion {
  version: number
  stores: StoreSchema
  /** Transforms the rows written under the previous version. */
  upgrade?: (tx: Transaction) => Promise<void>
}

/**
 * Version 2 (2026-12): systems gain `levelJustification` (the level wizard's answers and thuyết
 * minh) and `dossierChecklist` (the dossier parts ticked). Nothing new is queried by index: the
 * "level below the criteria" flag is computed once per snapshot of the register.
 */
export const SCHEMA_V2 = { ...SCHEMA_V1 } as const satisfies StoreSchema

/** The defaults of the fields version 2 adds; a stored value is never overwritten. */
export function withV2SystemFields<T extends object>(
  system: T,
): T & { levelJustification: unknown; dossierChecklist: unknown } {
  const s = system as T & { levelJustification?: unknown; dossierChecklist?: unknown }
  return {
    ...s,
    levelJustification: s.levelJustification ?? null,
    dossierChecklist: s.dossierChecklist ?? [],
  }
}

async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('systems')
    .toCollection()
    .modify((system: Record<string, unknown>) => {
      system.levelJustification ??= null
      system.dossierChecklist ??= []
    })
}

/**
 * Version 3 (2026-12): the exchange between offices (domain/exchange). One keyed table holds this
 * installation's office identity (`office`) and the exchange ledger (`ledger`: last revision seen
 * per office, the mark of every exchanged record, tombstones, office names). No record changes
 * shape: the office identity is created on first start (repos/exchange.ts), not by the upgrade.
 */
export const SCHEMA_V3 = { ...SCHEMA_V2, exchange: 'key' } as const satisfies StoreSchema

/**
 * Version 4 (2027-01): attachments (scanned decisions, appraisal opinions, assessment reports),
 * indexed by their owner (a system or an assessment) and by the system they belong to, so a
 * system's deletion finds its assessments' files too. The same version drops the indexes nothing
 * queries: the register filters and sorts its snapshot in memory. Measured ≈ 20 % off a bulk load (issue
 * #8). The `systemId` index of assessments stays: deleting a system reads its assessments' keys by
 * it. Only indexes change, so no upgrade function: Dexie drops the indexes itself.
 *
 * A file's description (`attachments`) and its bytes (`attachmentData`, same id, no index) are
 * two tables: listing a system's files, and the live query that redraws the list on every change,
 * read descriptions only; the bytes are read to open one file or to write a backup.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  units: 'id, parentId',
  systems: 'id, unitId',
  assessments: 'id, systemId, [systemId+date]',
  attachments: 'id, ownerId, systemId',
  attachmentData: 'id',
} as const satisfies StoreSchema

/**
 * Version 5 (2027-01): collection rounds (domain/rounds/round.ts, issue #17): one record per round
 * (the letter, its recipients with their tokens and reply dates, whether it is closed), keyed by
 * id. Rounds are few and read whole, so no index. No other record changes: no upgrade function.
 */
export const SCHEMA_V5 = { ...SCHEMA_V4, rounds: 'id' } as const satisfies StoreSchema

/** Every version ever shipped, in order. */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: SCHEMA_V1 },
  { version: 2, stores: SCHEMA_V2, upgrade: upgradeToV2 },
  { version: 3, stores: SCHEMA_V3 },
  { version: 4, stores: SCHEMA_V4 },
  { version: 5, stores: SCHEMA_V5 },
]

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version
