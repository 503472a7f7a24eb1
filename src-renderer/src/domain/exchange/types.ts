/**
 * The exchange between offices (issue #6): offices with no network send their register upward as
 * a file; the Sở merges it. This module holds the shapes; ledger.ts, plan.ts and apply.ts the
 * rules. Nothing here reads a clock: every instant is an argument.
 *
 * The idea in one paragraph. Every office numbers the changes it makes to its own register:
 * revision 1, 2, 3 … of office A's register. A record carries the (origin office, revision) of the
 * change that produced its current content, and every store keeps, per office, the highest
 * revision of that office's register it has taken in (`seen`, the "last revision seen" map). An
 * incoming version is new to us when `seen[origin] < revision`; our version is unknown to the
 * sender when the sender's own `seen` (carried in its file) is below our version's revision.
 * Both at once is a conflict. Timestamps travel for people to read and decide nothing.
 */

/** An installation's identity: the id is generated once (crypto.randomUUID) by the caller. */
export interface Office {
  id: string
  name: string
}

export const EXCHANGE_ENTITIES = ['unit', 'system', 'assessment'] as const
export type ExchangeEntity = (typeof EXCHANGE_ENTITIES)[number]

/**
 * What the exchange needs of a stored record. `revision` is the store's own counter, bumped by
 * every write of the record (db/repos do it); the exchange only compares it with the value it
 * noted, to find what changed locally since. Every other field travels as opaque data, so
 * fields added to the schema later need no change here.
 */
export interface ExchangeRecord {
  id: string
  updatedAt: string
  revision: number
}

/** The register as the exchange sees it: every record of the three exchanged tables. */
export type ExchangeContent = Record<ExchangeEntity, readonly ExchangeRecord[]>

/** `${entity}:${id}`: one key space for the three tables. */
export type RecordKey = string

/** The change that produced a version: revision `revision` of office `origin`'s register. */
export interface Dot {
  origin: string
  revision: number
}

/** A deletion, kept for ever so that it reaches every office and is never undone by a stale file. */
export interface Tombstone {
  entity: ExchangeEntity
  id: string
  /** Revision of the deleting office's register. */
  revision: number
  deletedAt: string
  /** The office that deleted the record. */
  office: string
}

/** What a store noted about one of its live records when it last numbered or merged it. */
export interface RecordMark {
  /** The record's own `revision` at that moment; a different one now means a local edit since. */
  localRevision: number
  origin: string
  revision: number
}

/**
 * The exchange state a store keeps beside its records (persisted by the caller, in backups too).
 * `seen` includes our own office: its entry is the number of our register's latest revision.
 */
export interface ExchangeLedger {
  seen: Record<string, number>
  marks: Record<RecordKey, RecordMark>
  tombstones: Record<RecordKey, Tombstone>
  /** Names of the offices met so far (origins of records), for history and the preview. */
  offices: Record<string, string>
  /**
   * The last exchanged versions of each live record (newest first, at most BASE_GENERATIONS), as
   * hashes of their fields: the common base a receive compares both sides with (bases.ts). Absent
   * in ledgers (and backups) from before it existed: no base is known then.
   */
  bases?: Record<RecordKey, ExchangedBase[]>
}

/**
 * A version of a record as it was sent or received: its number and a hash per field
 * (fieldHash); a field holding null, or nothing, is left out, which keeps the map small.
 */
export interface ExchangedBase {
  origin: string
  revision: number
  fields: Record<string, string>
}

/** One live record in a package. `data` is the record without its local `revision` counter. */
export interface PackageRecord {
  entity: ExchangeEntity
  id: string
  updatedAt: string
  revision: number
  origin: string
  data: Record<string, unknown>
}

/** Format of the exchange package; a file of another version is refused, never guessed at. */
export const EXCHANGE_SCHEMA_VERSION = 1

export interface ExchangePackage {
  office: Office
  exportedAt: string
  schemaVersion: number
  /** The sender's last-revision-seen map, its own office included. */
  seen: Record<string, number>
  /** Names of every office an origin or a tombstone refers to. */
  offices: Record<string, string>
  records: PackageRecord[]
  tombstones: Tombstone[]
}

/**
 * 'merged': both offices changed the record since their last exchange, but different fields: each
 * field is taken from the side that changed it, with nobody asked (bases.ts).
 */
export type MergeStatus = 'new' | 'updated' | 'local-newer' | 'unchanged' | 'merged' | 'conflict'

/** One side of a comparison: a live record or a deletion. */
export type Version =
  | { kind: 'record'; dot: Dot; updatedAt: string; data: Record<string, unknown> }
  | { kind: 'deleted'; dot: Dot; tombstone: Tombstone }

/** Which side changed a field since the last exchange both sides hold (bases.ts). */
export type ChangedBy = 'local' | 'incoming' | 'both'

export interface FieldDifference {
  field: string
  local: unknown
  incoming: unknown
  /** Set on a conflict or merge when the common base is known; absent when it is not. */
  changedBy?: ChangedBy
  /** The side taken without asking (the only one that changed the field); absent: a person decides. */
  auto?: 'local' | 'incoming'
}

export interface MergeItem {
  key: RecordKey
  entity: ExchangeEntity
  id: string
  status: MergeStatus
  /** Null when we never had the record (a new one, or the deletion of one we never saw). */
  local: Version | null
  incoming: Version
  /**
   * For a conflict between two live versions, and for an update: every field whose values differ
   * (the incoming one is what an update writes; a conflict asks a person for each).
   */
  fields: FieldDifference[]
  /**
   * For a conflict or merge of two live versions: whether the last version both offices held was
   * found in our ledger. Without it (the first exchange, or a ledger from before bases were kept)
   * nobody can tell which side changed a field, and every differing field is a person's choice.
   */
  baseKnown?: boolean
}

export interface MergePlan {
  self: Office
  sender: Office
  at: string
  /** Our ledger with our own edits numbered (what apply starts from). */
  ledger: ExchangeLedger
  /**
   * The last revision of our register we held before this plan. Below the sender's view of us
   * when our data came back from an older backup: our revisions above it are ones we lost.
   */
  ownRevisionHeld: number
  senderSeen: Record<string, number>
  senderOffices: Record<string, string>
  /** Every local record's `revision` when the plan was made: apply refuses if the store moved. */
  basis: Record<RecordKey, number>
  items: MergeItem[]
}

/** A person's decision on a conflict: one side whole, or one side per differing field. */
export type Resolution = { keep: 'local' | 'incoming' } | { fields: Record<string, 'local' | 'incoming'> }

export type Resolutions = Record<RecordKey, Resolution>

/** A change to write to the history, with the office it came from. */
export interface MergeHistoryEntry {
  entity: ExchangeEntity
  entityId: string
  /** The system the change belongs to (its own id, or an assessment's systemId), for its history page. */
  systemId: string | null
  action: 'create' | 'update' | 'delete'
  changes: { field: string; from: unknown; to: unknown }[]
  at: string
  /** The office whose change this is. */
  origin: Office
  /** The office whose file brought it. */
  via: Office
  /** True when a person decided it in a conflict. */
  resolvedConflict: boolean
}

/** What the caller writes, in one transaction: the records to put and the ones to delete. */
export interface MergeWrites {
  put: { entity: ExchangeEntity; record: ExchangeRecord }[]
  delete: { entity: ExchangeEntity; id: string }[]
}

export interface MergeResult {
  content: ExchangeContent
  ledger: ExchangeLedger
  history: MergeHistoryEntry[]
  writes: MergeWrites
}
