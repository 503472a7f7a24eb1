/**
 * The register's one home (STYLE habit 4): a Dexie database in the renderer holding units,
 * systems, assessments, the history of every change and the settings. Nothing here is a global:
 * the app creates one database at start-up and hands it down (DbProvider); repos take it as their
 * first argument, so each test opens a fresh one.
 */
import Dexie, { type EntityTable, type Table } from 'dexie'
import type { AttachmentData, AttachmentInfo } from '../domain/attachments'
import type { HolidayOverrides } from '../domain/law/holiday-calendar'
import type { StoredReportSettings } from '../domain/report/settings'
import type { Round } from '../domain/rounds/round'
import type { RuleSet } from '../domain/rule-set'
import type { ExchangeRowOf } from '../domain/exchange/restore-policy'
import type { SIGNATURE_ALGORITHM } from '../domain/exchange/trust'
import type { Assessment, HistoryEntry, SystemRecord, Unit } from '../domain/types'
import { SCHEMA_VERSIONS } from './schema'

/** The settings table holds one row per key; the key decides the value's type. */
export type SettingsRow =
  | { key: 'ruleSetId'; value: string }
  | { key: 'reportSettings'; value: StoredReportSettings }
  | { key: 'customRuleSets'; value: RuleSet[] }
  | { key: 'holidayOverrides'; value: HolidayOverrides }

export type SettingsKey = SettingsRow['key']

/** A P-256 private key exported as a JSON Web Key (what Web Crypto's exportKey('jwk') gives). */
export interface EcPrivateJwk {
  kty: 'EC'
  crv: 'P-256'
  x: string
  y: string
  d: string
  ext?: boolean
  key_ops?: 'sign'[]
}

/** This office's signing key pair (db/repos/exchange-keys.ts): the private key as a JWK. */
export interface OfficeKeys {
  algorithm: typeof SIGNATURE_ALGORITHM
  /** SubjectPublicKeyInfo, base64: what files carry and pins compare. */
  publicKey: string
  privateKey: EcPrivateJwk
  createdAt: string
}

/**
 * The exchange table (schema v3): this installation's office identity and the exchange ledger;
 * since the signing of exchange files (no schema change: the table is keyed by name) also this
 * office's key pair and the keys pinned for the offices met.
 */
export type ExchangeRow = ExchangeRowOf<OfficeKeys>

export type ExchangeKey = ExchangeRow['key']

export const DEFAULT_DATABASE_NAME = 'capdo'

export class CapdoDatabase extends Dexie {
  // `declare`: Dexie creates the table properties in `stores()`; a class field would overwrite them.
  declare units: EntityTable<Unit, 'id'>
  declare systems: EntityTable<SystemRecord, 'id'>
  declare assessments: EntityTable<Assessment, 'id'>
  declare history: EntityTable<HistoryEntry, 'id'>
  declare settings: Table<SettingsRow, SettingsKey>
  declare exchange: Table<ExchangeRow, ExchangeKey>
  /** Descriptions only; the bytes are in `attachmentData` under the same id (schema.ts, v4). */
  declare attachments: EntityTable<AttachmentInfo, 'id'>
  declare attachmentData: EntityTable<AttachmentData, 'id'>
  /** Collection rounds (schema v5). */
  declare rounds: EntityTable<Round, 'id'>

  /**
   * The officer using this installation (Settings, "Tên người sử dụng"; stores/officer.ts), read
   * when a history entry is written. The app wires it (DbProvider); alone, a database names nobody.
   */
  officer: () => string = () => ''

  constructor(name: string) {
    super(name)
    for (const v of SCHEMA_VERSIONS) {
      const version = this.version(v.version).stores(v.stores)
      if (v.upgrade) version.upgrade(v.upgrade)
    }
    // The one place every new history entry gets the officer's name, whichever repo writes it.
    // Entries that arrive with an id are restored from a backup: they keep what they said.
    this.history.hook('creating', (_key, entry) => {
      const officer = this.officer().trim()
      if (entry.id === undefined && entry.officer === undefined && officer !== '') entry.officer = officer
    })
  }
}

export function createDatabase(name: string = DEFAULT_DATABASE_NAME): CapdoDatabase {
  return new CapdoDatabase(name)
}
