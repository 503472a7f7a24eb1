/**
 * The store's public API for everything that is not a React component: the database, the repos
 * (every write goes through them) and the register reads. Components use ./hooks.
 */
export { CapdoDatabase, createDatabase, DEFAULT_DATABASE_NAME, type SettingsRow } from './database'
export { CURRENT_SCHEMA_VERSION } from './schema'
export { FIELD_LABEL, fieldLabel } from './field-labels'
export * from './repos/units'
export * from './repos/systems'
export * from './repos/assessments'
export * from './repos/settings'
export * from './repos/history'
export * from './repos/register'
export { loadDemoData, DEFAULT_DEMO_SEED, type LoadDemoOptions, type LoadDemoResult } from './demo/load-demo'
