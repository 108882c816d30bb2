import { type Edit, lazyLexicon, matchCase, type PhraseMatch, type Sentence, type Word } from '../src/core.js'
import { createRule } from './create-rule.js'
import { EMPATHY, EYE_ROLLS, type HostileTag, hostileToneLexicon, RECAP } from './lexicons/hostile-tone.js'

const lexicon = lazyLexicon(hostileToneLexicon)
const eyeRolls: readonly string[] = EYE_ROLLS

export default createRule({
  id: 'no-hostile-tone',
  meta: {
    description:
      'Flags accusatory, defensive, condescending, dismissive or sarcastic phrasing, and arguing about fault.',
    recommended: true,
    scope: 'sentence',
    defaultSeverity: 'warn',
    hasSuggestions: true,
    defaultOptions: {},
  },
  messages: {
    accusatory:
      '"{{phrase}}" blames the customer. Accusations turn a question into a dispute; say what can be done now instead.',
    defensive:
      '"{{phrase}}" sounds defensive. Customers read it as a brush-off, and it tends to end in a dispute; stick to the facts and the next step.',
    condescending:
      '"{{phrase}}" talks down to the customer. Condescension is what gets quoted in bad reviews; keep the tone neutral.',
    dismissive:
      '"{{phrase}}" dismisses the customer. A customer who feels brushed off escalates; explain what you can do instead.',
    sarcastic:
      '"{{phrase}}" reads as sarcasm. In writing it comes across as contempt and invites a complaint.',
    arguing:
      '"{{phrase}}" argues with the customer about who is right. Arguing about fault leads to disputes; state the facts calmly.',
    exasperated:
      '"{{phrase}}" sounds exasperated. However often the question comes, answer it as if for the first time; impatience is what gets quoted in disputes.',
    insult:
      '"{{phrase}}" calls the customer names. Insults break marketplace conduct rules; hand the conversation to platform support if it has become abusive.',
    threat:
      '"{{phrase}}" reads as a threat. Marketplaces treat threats as abuse; escalate to platform support instead.',
    suggestRemove: 'Remove "{{phrase}}".',
    suggestRecap: 'Start with "To recap," instead.',
    suggestEmpathy: 'Acknowledge the frustration instead.',
  },
  check(context) {
    for (const sentence of context.sentences) {
      for (const token of sentence.tokens)
        if (token.kind === 'symbol' && eyeRolls.some((emoji) => token.text.includes(emoji)))
          context.report({ messageId: 'sarcastic', range: token.range, data: { phrase: token.text } })
      for (const match of lexicon().find(sentence)) {
        if (!isPointed(sentence, match)) continue
        const tag = match.tag as HostileTag
        context.report({
          messageId: tag,
          range: match.range,
          data: { phrase: match.text },
          suggestions: suggestionsFor(sentence, match),
        })
      }
    }
  },
})

/**
 * "Obviously" is pointed only as a sentence's opening aside ("Obviously, we cannot refund a used
 * item"); inside a clause it is a plain adverb ("it's obviously damaged", "obviously we want you to
 * love it").
 */
function isPointed(sentence: Sentence, match: PhraseMatch<HostileTag>): boolean {
  if (match.words.length !== 1 || (match.words[0] as Word).normal !== 'obviously') return true
  const word = match.words[0] as Word
  return word.indexInSentence === 0 && sentence.words[1]?.breakBefore === true
}

type HostileSuggestion = {
  messageId: 'suggestRemove' | 'suggestRecap' | 'suggestEmpathy'
  data?: Record<string, string>
  edits: Edit[]
}

function suggestionsFor(sentence: Sentence, match: PhraseMatch<HostileTag>): HostileSuggestion[] {
  const swap = match.swaps[0]
  if (swap === undefined) return []
  if (swap === EMPATHY) {
    // Only when the sentence is nothing but the order to calm down ("Please calm down!").
    const letters = letterBounds(sentence)
    if (letters.first < match.range[0] || letters.last >= match.range[1]) return []
    return [{ messageId: 'suggestEmpathy', edits: [{ range: sentence.range, text: EMPATHY }] }]
  }
  if (swap === RECAP) {
    const atStart = letterBounds(sentence).first >= match.range[0]
    if (atStart) {
      const after = sentence.text.slice(match.range[1] - sentence.range[0])
      const comma = after.match(/^\s*,?\s*/)?.[0] ?? ''
      const following = after.charAt(comma.length)
      const next =
        /\p{Lu}/u.test(following) && !/^I\b/.test(after.slice(comma.length))
          ? following.toLowerCase()
          : following
      return [
        {
          messageId: 'suggestRecap',
          edits: [
            {
              range: [match.range[0], match.range[1] + comma.length + (following ? 1 : 0)],
              text: `${matchCase(match.text, RECAP)} ${next}`.trimEnd(),
            },
          ],
        },
      ]
    }
  }
  const removal = removalOf(sentence, match.range)
  return removal ? [{ messageId: 'suggestRemove', data: { phrase: match.text }, edits: removal }] : []
}

/**
 * Deletes a phrase with its punctuation: "Obviously, it" -> "It", "The parcel, as I already said,
 * left" -> "The parcel left", "It is obviously damaged" -> "It is damaged".
 */
function removalOf(sentence: Sentence, range: readonly [number, number]): Edit[] | undefined {
  const base = sentence.range[0]
  const before = sentence.text.slice(0, range[0] - base)
  const after = sentence.text.slice(range[1] - base)
  if (letterBounds(sentence).first >= range[0]) {
    // At the start: drop it with the comma after it and capitalise what follows.
    const gap = after.match(/^[\s,:;-]*/)?.[0] ?? ''
    const following = after.charAt(gap.length)
    if (!/\p{L}/u.test(following)) return undefined
    return [{ range: [range[0], range[1] + gap.length + 1], text: following.toUpperCase() }]
  }
  const leading = closingGap(before)
  const trailing = after.match(/^,?\s*/)?.[0] ?? ''
  if (leading.startsWith(',') && trailing.startsWith(',')) {
    return [{ range: [range[0] - leading.length, range[1] + trailing.length], text: ' ' }]
  }
  if (leading.startsWith(',') && /^[.!?]/.test(after)) {
    return [{ range: [range[0] - leading.length, range[1]], text: '' }]
  }
  if (trailing.startsWith(',')) return [{ range: [range[0], range[1] + trailing.length], text: '' }]
  if (/\s$/.test(before)) return [{ range: [range[0] - 1, range[1]], text: '' }]
  return undefined
}

/**
 * The white space that ends `before`, with the comma before it if there is one (", " in "The
 * parcel, "): a scan back over that white space, not a search through the whole sentence.
 */
function closingGap(before: string): string {
  let start = before.length
  while (start > 0 && /\s/.test(before.charAt(start - 1))) start--
  if (start > 0 && before.charAt(start - 1) === ',') start--
  return before.slice(start)
}

/**
 * Where the first and the last letter or digit of a sentence are (draft offsets; `first` is
 * Infinity and `last` -1 when there is none), worked out once per sentence however many
 * phrases it holds. Only the latest sentence is kept.
 */
let bounds: { sentence: Sentence; first: number; last: number } | undefined

function letterBounds(sentence: Sentence): { first: number; last: number } {
  if (bounds?.sentence !== sentence) {
    const text = sentence.text
    const base = sentence.range[0]
    const first = text.search(LETTER_OR_DIGIT)
    let last = text.length - 1
    while (last >= 0 && !LETTER_OR_DIGIT.test(charEndingAt(text, last))) last--
    bounds = {
      sentence,
      first: first < 0 ? Number.POSITIVE_INFINITY : base + first,
      last: last < 0 ? -1 : base + last,
    }
  }
  return bounds
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** The character that ends at `at`: one code unit, or a surrogate pair whose second half it is. */
function charEndingAt(text: string, at: number): string {
  const code = text.charCodeAt(at)
  return code >= 0xdc00 && code <= 0xdfff && at > 0 ? text.slice(at - 1, at + 1) : text.charAt(at)
}
