/** The exchange between offices: pure core (see types.ts for the design). */
export * from './types'
export { applyMerge } from './apply'
export { emptyLedger, numberLocalChanges } from './ledger'
export { exchangeMessages } from './messages'
export { buildExchangePackage, type BuiltPackage } from './package'
export {
  EXCHANGE_LIMITS,
  exchangeError,
  packageFieldLabel,
  isForbiddenKey,
  parseExchangePackage,
  type ExchangeProblem,
} from './package-schema'
export { classify, conflictsOf, officeName, planMerge } from './plan'
export {
  assertPlanKeepsReferences,
  assertReferencesKept,
  previewOutcomes,
  danglingReference,
  EXCHANGE_LINKS,
  type DanglingReference,
} from './references'
export {
  formatFingerprint,
  judgeTrust,
  pinsAfter,
  SIGNATURE_ALGORITHM,
  trustMessages,
  type CheckedSignature,
  type PackageSignature,
  type PinnedKey,
  type PinnedKeys,
  type Trust,
} from './trust'
export { differingFields, recordKey } from './values'
