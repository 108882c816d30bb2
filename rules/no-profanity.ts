import { type Edit, lazyLexicon, matchCase, normalizeWord, type Sentence, type Word } from '../src/core.js'
import { createRule } from './create-rule.js'
import {
  INTENSIFIERS,
  LOOKALIKES,
  type ProfanityTag,
  profanityLexicon,
  SWEAR_WORDS,
} from './lexicons/profanity.js'
import { clauseOf, offer, removeClause, removeWords, replaceWords } from './shared/prose-fixer.js'
import { anyQuotedIn } from './shared/words-at.js'

const lexicon = lazyLexicon(profanityLexicon)
const swearWords = new Set<string>(SWEAR_WORDS)
const intensifiers = new Set<string>(INTENSIFIERS)
/** Every word the masked spelling may hide, grouped by length for a quick compare. */
let maskable: Map<number, string[]> | undefined
/** A run of letters, digits and mask characters: "f***", "sh!t", "a$$hole", "b1tch". Linear, no backtracking. */
const MASKED_TOKEN = /[\p{L}\p{N}*#%@$!]+/gu
const MASKS = /[*#%@$!\d]/
const WILDCARDS = new Set(['*', '#', '%'])

export default createRule({
  id: 'no-profanity',
  meta: {
    description:
      'Flags profanity (masked spellings too), insults and threats; whole words only, product titles excepted.',
    recommended: true,
    scope: 'sentence',
    defaultSeverity: 'error',
    hasSuggestions: true,
    defaultOptions: {
      /** Extra words that are names in your shop, never profanity ("Dick" in an author's name, a brand). */
      allowedWords: [] as string[],
    },
  },
  messages: {
    profanity:
      '"{{phrase}}" is profanity. Customers screenshot replies like this for reviews and disputes, and marketplaces treat it as abuse.',
    insult:
      '"{{phrase}}" insults the customer. Insults break marketplace conduct rules and escalate the conversation.',
    threat:
      '"{{phrase}}" reads as a threat. Threatening a customer breaks marketplace rules; escalate to the platform instead.',
    suggestRemove: 'Remove "{{phrase}}".',
  },
  check(context) {
    // Built on first use: most sentences have no match to check against it.
    let allowedSet: Set<string> | undefined
    const allowed = () =>
      (allowedSet ??= new Set([
        ...context.options.allowedWords.map(normalizeWord),
        ...(context.replyContext.order?.productTitle ?? '')
          .split(/[^\p{L}\p{N}'’*#%@$!-]+/u)
          .filter(Boolean)
          .map(normalizeWord),
      ]))
    for (const sentence of context.sentences) {
      const taken: [number, number][] = []
      // "f u c k" is one oath, not "f u" ("f you") and two letters.
      const spelledLetters = spelledOut(sentence)
      for (const match of lexicon().find(sentence)) {
        if (match.words.every((word) => allowed().has(word.normal))) continue
        if (spelledLetters.some(({ range }) => range[0] < match.range[1] && match.range[0] < range[1]))
          continue
        taken.push([match.range[0], match.range[1]])
        const tag = match.tag as ProfanityTag
        // An insult or a threat is the message itself: what is left says it still ("Stop messaging us.").
        const removal =
          tag === 'insult' || tag === 'threat'
            ? undefined
            : (oathRemoval(sentence, match.words) ??
              (tag === 'intensifier' ? removalFor(sentence, match.words) : undefined))
        context.report({
          messageId: tag === 'intensifier' ? 'profanity' : tag,
          range: match.range,
          data: { phrase: match.text },
          suggestions: removal ? offer('suggestRemove', removal.edits, { phrase: removal.phrase }) : [],
        })
      }
      for (const spelled of spelledLetters) {
        taken.push(spelled.range)
        context.report({ messageId: 'profanity', range: spelled.range, data: { phrase: spelled.text } })
      }
      taken.sort((a, b) => a[0] - b[0])
      if (!mayDisguise(sentence.text)) continue
      // Both lists run in text order and phrase matches never overlap: one pass over `taken`.
      let next = 0
      for (const hidden of disguised(sentence)) {
        while (next < taken.length && (taken[next] as [number, number])[1] <= hidden.range[0]) next++
        const phrase = taken[next]
        if (phrase && phrase[0] < hidden.range[1]) continue
        if (allowed().has(normalizeWord(hidden.text))) continue
        const removal = intensifiers.has(hidden.word) ? removalOfSpan(sentence, hidden.range) : undefined
        context.report({
          messageId: 'profanity',
          range: hidden.range,
          data: { phrase: hidden.text },
          suggestions: offer('suggestRemove', removal, { phrase: hidden.text }),
        })
      }
    }
  },
})

/** Letters written one by one, spaced, dotted or hyphenated: "f u c k", "s.h.i.t.e", "w t f". */
const SPELLED_OUT = /(?<![\p{L}\p{N}'’])\p{L}(?:[ .-]\p{L}){2,11}(?![\p{L}\p{N}])/gu
let spellable: Set<string> | undefined

/**
 * A swear word spelled out a letter at a time. The run may go on into a word of one letter ("f u c k
 * a duck"), so its longest start that spells a swear word is taken. "U S A" and "p.s." spell nothing.
 */
function spelledOut(sentence: Sentence): { range: [number, number]; text: string }[] {
  const found: { range: [number, number]; text: string }[] = []
  for (const run of sentence.text.matchAll(SPELLED_OUT)) {
    spellable ??= new Set<string>([...SWEAR_WORDS, ...INTENSIFIERS])
    const letters = run[0].split(/[ .-]/)
    for (let count = letters.length; count >= 3; count--) {
      if (!spellable.has(letters.slice(0, count).join('').toLowerCase())) continue
      const start = sentence.range[0] + run.index
      const length = letters.slice(0, count).reduce((sum, letter) => sum + letter.length, count - 1)
      const text = run[0].slice(0, length)
      if (!anyQuotedIn(sentence.words, start, start + text.length))
        found.push({ range: [start, start + text.length], text })
      break
    }
  }
  return found
}

/**
 * A cheap test that rules out {@link disguised} for most sentences: a masked spelling needs a mask
 * character or a digit after a letter, and a stretched one three letters in a row that are equal in
 * lower case. Anything unusual (a surrogate pair, "İ" or "Σ", whose lower case depends on more than
 * the one character) counts as a maybe.
 */
function mayDisguise(text: string): boolean {
  // The two characters before `code`; 0 stands for none and matches no letter.
  let before = 0
  let previous = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (isAsciiLetter(code)) {
      // The usual case first: a letter, checked for the third of a stretched run ("fuuuck").
      if (before < 0x80 && previous < 0x80) {
        const lower = code | 32
        if ((previous | 32) === lower && (before | 32) === lower) return true
      } else if (sameInLowerCase(before, previous, code)) return true
    } else if (code < 0x80) {
      if (isMaskCode(code)) return true
      if (code === BANG && !endsRun(text, i)) return true
      if (isAsciiDigit(code) && i > 0 && maskedBefore(previous)) return true
    } else {
      if (isSurrogate(code) || code === 0x130 || code === 0x3a3) return true
      if (i >= 2 && sameInLowerCase(before, previous, code)) return true
    }
    before = previous
    previous = code
  }
  return false
}

const STAR = 42
const HASH = 35
const PERCENT = 37
const AT = 64
const DOLLAR = 36
const BANG = 33
/** The mask characters other than "!", which also ends sentences. */
const isMaskCode = (code: number) =>
  code === STAR || code === HASH || code === PERCENT || code === AT || code === DOLLAR

const isAsciiDigit = (code: number) => code >= 48 && code <= 57
const isAsciiLetter = (code: number) => (code | 32) >= 97 && (code | 32) <= 122
const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff

/** The "!" at `at` is the last of its run of "!" and no letter, digit or mask follows: a trailing "!" that is cut off. */
function endsRun(text: string, at: number): boolean {
  let next = at + 1
  while (text.charCodeAt(next) === BANG) next++
  if (next >= text.length) return true
  const code = text.charCodeAt(next)
  return code < 0x80 && !isAsciiLetter(code) && !isAsciiDigit(code) && !isMaskCode(code)
}
/** A digit after this character may sit inside a masked word ("b1tch"); after a space or digit it starts or continues a number. */
function maskedBefore(code: number): boolean {
  return code >= 0x80 || isAsciiLetter(code) || isMaskCode(code) || code === BANG
}

/** Three characters that are one letter in lower case ("uuu", "UuU"): the stretch {@link unstretch} folds. */
function sameInLowerCase(a: number, b: number, c: number): boolean {
  if (a < 0x80 && b < 0x80 && c < 0x80)
    return isAsciiLetter(a) && (a | 32) === (b | 32) && (b | 32) === (c | 32)
  if (a === b && b === c) return true
  const lower = String.fromCharCode(a).toLowerCase()
  return lower === String.fromCharCode(b).toLowerCase() && lower === String.fromCharCode(c).toLowerCase()
}

/** Masked ("f***", "sh!t", "a$$hole") and stretched ("fuuuck") spellings of swear words. */
function disguised(sentence: Sentence): { range: [number, number]; text: string; word: string }[] {
  const found: { range: [number, number]; text: string; word: string }[] = []
  for (const token of sentence.text.matchAll(MASKED_TOKEN)) {
    let text = token[0]
    const start = token.index
    // Trailing "!" ends a sentence; it is not part of the word.
    if (text.endsWith('!')) text = text.replace(/(?<!!)!+$/, '') // starts only at a run's first "!": linear (recheck)
    if (text.length < 3 || !/^\p{L}/u.test(text)) continue
    // The cheap test first: most tokens are plain words that unmask to nothing.
    const word = MASKS.test(text) ? unmask(text) : unstretch(text)
    if (!word) continue
    if (anyQuotedIn(sentence.words, sentence.range[0] + start, sentence.range[0] + start + text.length))
      continue
    found.push({ range: [sentence.range[0] + start, sentence.range[0] + start + text.length], text, word })
  }
  return found
}

function unmask(text: string): string | undefined {
  if (
    !/\p{L}/u.test(text.slice(1)) &&
    text.length > 1 &&
    !WILDCARDS.has(text.charAt(1)) &&
    !LOOKALIKES[text.charAt(1)]
  )
    return undefined
  maskable ??= groupByLength([...SWEAR_WORDS, ...INTENSIFIERS])
  const lower = text.toLowerCase()
  for (const candidate of maskable.get(lower.length) ?? []) {
    let ok = lower.charAt(0) === candidate.charAt(0)
    for (let i = 1; ok && i < lower.length; i++) {
      const char = lower.charAt(i)
      const letter = candidate.charAt(i)
      ok = char === letter || WILDCARDS.has(char) || (LOOKALIKES[char] ?? '').includes(letter)
    }
    if (ok) return candidate
  }
  return undefined
}

/**
 * A cheap pre-test for `/(\p{L})\1\1/u`: false only when no UTF-16 unit repeats three times in a
 * row and the text holds no surrogate pair (an astral letter repeated is not three equal units).
 */
function mayRepeatThrice(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdfff) return true
    if (i >= 2 && code === text.charCodeAt(i - 1) && code === text.charCodeAt(i - 2)) return true
  }
  return false
}

/** "fuuuuck" -> "fuck", "shiiiit" -> "shit": three or more of a letter fold to one or two. */
function unstretch(text: string): string | undefined {
  const lower = text.toLowerCase()
  if (!mayRepeatThrice(lower) || !/(\p{L})\1\1/u.test(lower)) return undefined
  for (const folded of [lower.replace(/(\p{L})\1{2,}/gu, '$1'), lower.replace(/(\p{L})\1{2,}/gu, '$1$1')])
    if (swearWords.has(folded) || intensifiers.has(folded)) return folded
  return undefined
}

function groupByLength(words: readonly string[]): Map<number, string[]> {
  const groups = new Map<number, string[]>()
  for (const word of words) groups.set(word.length, [...(groups.get(word.length) ?? []), word])
  return groups
}

/** What to delete for an emphasis-only swear word: "the fucking parcel" -> "the parcel", "what the hell is" -> "what is". */
function removalFor(
  sentence: Sentence,
  words: readonly Word[],
): { edits: Edit[] | undefined; phrase: string } | undefined {
  const first = words[0]
  if (!first) return undefined
  const last = words[words.length - 1] as Word
  // "what the hell": keep the question word.
  const from =
    words.length === 3 && words[1]?.normal === 'the'
      ? (words[1] as Word)
      : words.length === 1
        ? first
        : undefined
  if (!from) return undefined
  // "damn near lost it": the oath makes "near" mean "nearly"; without it, "near lost" is broken.
  const after = sentence.words[last.indexInSentence + 1]
  if (from === first && after?.normal === 'near' && !after.breakBefore)
    return {
      edits: replaceWords(sentence, first, after, matchCase(first.text, 'nearly')),
      phrase: sentence.text.slice(first.range[0] - sentence.range[0], last.range[1] - sentence.range[0]),
    }
  return {
    edits: beforeAWord(sentence, last) ? removeWords(sentence, from, last) : undefined,
    phrase: sentence.text.slice(from.range[0] - sentence.range[0], last.range[1] - sentence.range[0]),
  }
}

/**
 * An oath that is a clause of its own ("god damn it, wrong colour again", "bloody hell, sorry")
 * goes whole, with its comma: taking out only the swear word leaves "god it".
 */
function oathRemoval(
  sentence: Sentence,
  words: readonly Word[],
): { edits: Edit[] | undefined; phrase: string } | undefined {
  const first = words[0]
  if (!first) return undefined
  const [start, end] = clauseOf(sentence, first)
  const clause = sentence.words.slice(start, end)
  if (end - start === sentence.words.length) return undefined
  if (!clause.every((word) => words.includes(word) || OATH_WORDS.has(word.normal))) return undefined
  const edits = removeClause(sentence, first)
  if (!edits) return undefined
  const from = clause[0] as Word
  const to = clause[clause.length - 1] as Word
  return {
    edits,
    phrase: sentence.text.slice(from.range[0] - sentence.range[0], to.range[1] - sentence.range[0]),
  }
}

/** Words that make up an oath with a swear word: "oh god damn it", "for god's sake", "bloody hell". */
const OATH_WORDS: ReadonlySet<string> = new Set(
  "oh ah ugh argh god gods god's christ jesus lord it hell bloody damn damned dammit for sake my heavens gosh".split(
    ' ',
  ),
)

/** A disguised emphasis word ("f***ing") written as whole words goes like a plain one. */
function removalOfSpan(sentence: Sentence, range: readonly [number, number]): Edit[] | undefined {
  const inside = sentence.words.filter((word) => word.range[1] > range[0] && word.range[0] < range[1])
  const first = inside[0]
  const last = inside[inside.length - 1]
  if (!first || !last || first.range[0] !== range[0] || last.range[1] !== range[1]) return undefined
  return beforeAWord(sentence, last) ? removeWords(sentence, first, last) : undefined
}

/**
 * Only an emphasis word before the word it stresses can go: "the fucking parcel", not "…as fuck."
 * nor "I don't give a damn what…", where the swear word is the thing given and "what" opens a clause.
 */
function beforeAWord(sentence: Sentence, last: Word): boolean {
  if (!/^ +\p{L}/u.test(sentence.text.slice(last.range[1] - sentence.range[0]))) return false
  const next = sentence.words[last.indexInSentence + 1]
  return !next || !NOT_STRESSED.has(next.normal)
}

/** Words an emphasis word never stresses: after one of these, the swear word is a noun of its own. */
const NOT_STRESSED: ReadonlySet<string> = new Set(
  'what about if that for to whether how when where who why because anymore at off up out it'.split(' '),
)
