/** The demo register: load it into an empty database, and tell whether the database is empty. */
export {
  loadDemoData,
  DEFAULT_DEMO_SEED,
  type DemoPhase,
  type LoadDemoOptions,
  type LoadDemoResult,
} from './load-demo'
export { isRegisterEmpty } from '../repos/read-register'
