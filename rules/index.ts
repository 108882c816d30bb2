import type { AnyRule } from '../src/types.js'
import noGuarantees from './no-guarantees.js'
import noOffPlatform from './no-off-platform.js'

/** Every built-in rule, sorted by id. */
export const builtinRules: readonly AnyRule[] = Object.freeze([noGuarantees, noOffPlatform])
