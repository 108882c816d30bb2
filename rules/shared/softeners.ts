import { lazyLexicon, type Sentence } from '../../src/core.js'
import { softenerLexicon } from '../lexicons/follow-ups.js'

const softeners = lazyLexicon(softenerLexicon)

/**
 * Whether the sentence holds a softener ("No pressure either way.", "Totally up to you."): after an
 * ask a rewrite removes, a short one has nothing left to soften and goes with it.
 */
export function softens(sentence: Sentence): boolean {
  return softeners().find(sentence).length > 0
}
