import type { AnyRule } from '../src/types.js'
import noGuarantees from './no-guarantees.js'
import noHostileTone from './no-hostile-tone.js'
import noOffPlatform from './no-off-platform.js'
import noProfanity from './no-profanity.js'
import noShouting from './no-shouting.js'
import requireStructure from './require-structure.js'

/** Every built-in rule, sorted by id. */
export const builtinRules: readonly AnyRule[] = Object.freeze([
  noGuarantees,
  noHostileTone,
  noOffPlatform,
  noProfanity,
  noShouting,
  requireStructure,
])
