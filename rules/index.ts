import type { AnyRule } from '../src/types.js'
import delayNotice from './delay-notice.js'
import escalateInstead from './escalate-instead.js'
import noBlame from './no-blame.js'
import noGuarantees from './no-guarantees.js'
import noHostileTone from './no-hostile-tone.js'
import noMarketing from './no-marketing.js'
import noNonApology from './no-non-apology.js'
import noOffPlatform from './no-off-platform.js'
import noPlaceholders from './no-placeholders.js'
import noProfanity from './no-profanity.js'
import noReviewManipulation from './no-review-manipulation.js'
import noSensitiveData from './no-sensitive-data.js'
import noShouting from './no-shouting.js'
import noUnneededUpdate from './no-unneeded-update.js'
import noUnreviewedRefund from './no-unreviewed-refund.js'
import readableLength from './readable-length.js'
import requireStructure from './require-structure.js'

/** Every built-in rule, sorted by id. */
export const builtinRules: readonly AnyRule[] = Object.freeze([
  delayNotice,
  escalateInstead,
  noBlame,
  noGuarantees,
  noHostileTone,
  noMarketing,
  noNonApology,
  noOffPlatform,
  noPlaceholders,
  noProfanity,
  noReviewManipulation,
  noSensitiveData,
  noShouting,
  noUnneededUpdate,
  noUnreviewedRefund,
  readableLength,
  requireStructure,
])
