/** The hooks components read the register through (STYLE habit 4); writes go through ../repos. */
export { DbProvider } from './DbProvider'
export { useDb } from './useDb'
export { useUnits, useUnit } from './useUnits'
export { useSystems, useSystem } from './useSystems'
export { useSystemCount, useSystemCountsByUnit } from './useSystemCount'
export { useSettings, useActiveRuleSet } from './useSettings'
export { useRegister } from './useRegister'
export { useSystemHistory, useAssessments } from './useHistory'
