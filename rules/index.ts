import type { AnyRule } from '../src/types.js'
import delayNotice from './delay-notice.js'
import noGuarantees from './no-guarantees.js'
import noHostileTone from './no-hostile-tone.js'
import noNonApology from './no-non-apology.js'
import noOffPlatform from './no-off-platform.js'
import noProfanity from './no-profanity.js'
import noShouting from './no-shouting.js'
import readableLength from './readable-length.js'
import requireStructure from './require-structure.js'

/** Every built-in rule, sorted by id. */
export const builtinRules: readonly AnyRule[] = Object.freeze([
  delayNotice,
  noGuarantees,
  noHostileTone,
  noNonApology,
  noOffPlatform,
  noProfanity,
  noShouting,
  readableLength,
  requireStructure,
])
