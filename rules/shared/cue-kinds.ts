import type { CompiledLexicon, PhraseMatch, Range, Sentence } from '../../src/core.js'

/**
 * The kinds of cue a sentence holds, and the span from its first cue to its last: every phrase of
 * a cue lexicon (overlapping ones too, as each only says which kind is present), kept where `keep`
 * allows, and cues written in figures that a phrase cannot hold ("£9.99", "5★"), found by a
 * pattern in the sentence's text. The rules that read meaning from parts decide from the kinds.
 */
export function cueKindsIn<Kind extends string>(
  sentence: Sentence,
  lexicon: CompiledLexicon<Kind>,
  figures: ReadonlyArray<readonly [Kind, RegExp]> = [],
  keep: (match: PhraseMatch<Kind>) => boolean = () => true,
): { kinds: Set<Kind>; range: Range } {
  const kinds = new Set<Kind>()
  let start = Number.POSITIVE_INFINITY
  let end = -1
  const add = (kind: Kind, from: number, to: number) => {
    kinds.add(kind)
    start = Math.min(start, from)
    end = Math.max(end, to)
  }
  for (const match of lexicon.find(sentence, { overlapping: true }))
    if (keep(match)) add(match.tag as Kind, match.range[0], match.range[1])
  for (const [kind, pattern] of figures) {
    const found = pattern.exec(sentence.text)
    if (found) add(kind, sentence.range[0] + found.index, sentence.range[0] + found.index + found[0].length)
  }
  return { kinds, range: [start, end] }
}
