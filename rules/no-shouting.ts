import type { Edit, Sentence, Word } from '../src/core.js'
import { createRule } from './create-rule.js'
import { CARRIER_NAMES } from './lexicons/actors.js'
import { ACRONYMS, CALENDAR_NAMES, NAME_LEADS, NOT_NAMES, SHORT_WORDS, TITLES } from './lexicons/shouting.js'
import { cutsProtected, offer, protectedSpans } from './shared/prose-fixer.js'

const acronyms = new Set<string>(ACRONYMS)
const calendarNames = new Set<string>(CALENDAR_NAMES)
const shortWords = new Set<string>(SHORT_WORDS)
const nameLeads = new Set<string>([...NAME_LEADS, ...TITLES])
const titles = new Set<string>(TITLES)
const notNames = new Set<string>(NOT_NAMES)
const EMOJI = /\p{Extended_Pictographic}/u
const REGIONAL_INDICATOR = /\p{Regional_Indicator}/u
/** Symbols that are pictographic in Unicode but are marks, not emoji. */
const NOT_EMOJI = new Set(['©', '®', '™', '‼', '⁉'])
const HIGH_CHARACTER = /[\u2000-\uffff]/
const ANY_EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}]/u
const MARKS = new Set(['!', '?', '‽', '！', '？'])
/** What a loud run of marks holds: "‽", or an exclamation mark next to another mark. */
const MAY_BE_LOUD = /‽|[!！][!?‽！？]|[?？][!！]/

export default createRule({
  id: 'no-shouting',
  meta: {
    description:
      'Flags runs of words in capitals (not acronyms), "!!", "?!" and runs of three or more emoji.',
    recommended: true,
    scope: 'sentence',
    defaultSeverity: 'warn',
    hasSuggestions: true,
    defaultOptions: {
      /** Extra words written in capitals that are names, not shouting (brands, product codes). */
      allowedCapitals: [] as string[],
      /** Shortest run of capitalised words that counts as shouting. */
      minCapitalWords: 2,
      /** Shortest run of emoji that is flagged. */
      minEmoji: 3,
    },
    validateOptions: (options) =>
      !Number.isInteger(options.minCapitalWords) || options.minCapitalWords < 2
        ? '"minCapitalWords" must be a whole number, 2 or more.'
        : !Number.isInteger(options.minEmoji) || options.minEmoji < 2
          ? '"minEmoji" must be a whole number, 2 or more.'
          : undefined,
  },
  messages: {
    capitals:
      '"{{phrase}}" is written in capitals, which reads as shouting. Angry-looking messages get quoted in disputes and reviews; use sentence case.',
    marks: '"{{phrase}}" reads as shouting or exasperation. One mark is enough in a calm reply.',
    emoji:
      'A run of {{count}} emoji looks unprofessional in an order message. One at most keeps the tone calm.',
    suggestSentenceCase: 'Write it in sentence case.',
    suggestSingleMark: 'Use a single "{{mark}}".',
    suggestOneEmoji: 'Keep one emoji.',
  },
  check(context) {
    // Built on first use: only sentences with capitalised words need it.
    let allowedSet: Set<string> | undefined
    const allowedCapitals = () =>
      (allowedSet ??= new Set([
        ...context.options.allowedCapitals.map((word) => word.toUpperCase()),
        ...titleWords(context.replyContext.order?.productTitle),
      ]))
    for (const sentence of context.sentences) {
      const inSlot = slotTest(sentence)
      const runs = capitalRuns(sentence, allowedCapitals, context.options.minCapitalWords, inSlot)
      const inRuns = new Set(runs.flat())
      // Every run of the sentence is recased by each report's rewrite: alone, one would leave the
      // other shouting ("FINAL SALE and NON RETURNABLE"). Past a few runs (a text of shouted
      // fragments run together) each keeps to its own, so the work stays linear.
      const shared = runs.length <= SHARED_RUNS
      const otherRuns = (run: readonly Word[]) => (shared ? runs.filter((other) => other !== run).flat() : [])
      for (const run of runs) {
        const allowed = allowedCapitals()
        const first = run[0] as Word
        const last = run[run.length - 1] as Word
        const edits: Edit[] = [...run, ...otherRuns(run)]
          .filter(
            (word) =>
              isShouted(word, allowed) ||
              INNER_SMALL_WORDS.has(word.normal) ||
              !isKnownCapital(word, allowed),
          )
          .map((word) => ({ range: word.range, text: sentenceCase(word, sentence) }))
        // A lone shouted word beside the run ("BRAND NEW and SEALED") is lowered with it: left in
        // capitals it still shouts.
        edits.push(...loneShouts(sentence, allowed, inSlot, inRuns))
        edits.sort((a, b) => a.range[0] - b.range[0])
        // "IMPORTANT kindly share…": in capitals the label stood apart; in sentence case it needs a colon.
        const label = labelEnd(sentence, run)
        if (label !== undefined) {
          const lastEdit = edits[edits.length - 1]
          if (lastEdit && lastEdit.range[1] === label) lastEdit.text += ':'
        }
        context.report({
          messageId: 'capitals',
          range: [first.range[0], last.range[1]],
          data: {
            phrase: sentence.text.slice(
              first.range[0] - sentence.range[0],
              last.range[1] - sentence.range[0],
            ),
          },
          // Nothing inside a template slot or a quotation is recased: "[CUSTOMER NAME]" stays as written.
          suggestions: offer('suggestSentenceCase', cutsProtected(sentence, edits) ? undefined : edits),
        })
      }
      const marks = markRuns(sentence)
      // "Thank you SO much!!": a lone shouted word is lowered with the marks, or the calmed sentence
      // still shouts. Runs of capitals have their own report and rewrite.
      const loneWords: Edit[] =
        marks.length > 0 && runs.length === 0 ? loneShouts(sentence, allowedCapitals(), inSlot) : []
      for (const run of marks) {
        // "…delivered yesterday at 2:14pm?!" asks nothing: a statement ends with a full stop.
        const mark = /[?？‽]/.test(run.text) ? (asksSomething(sentence) ? '?' : '.') : '!'
        const edits: Edit[] = [{ range: run.range, text: mark }, ...loneWords]
        context.report({
          messageId: 'marks',
          range: run.range,
          data: { phrase: run.text },
          suggestions: offer('suggestSingleMark', cutsProtected(sentence, edits) ? undefined : edits, {
            mark,
          }),
        })
      }
      for (const run of emojiRuns(sentence, context.options.minEmoji)) {
        context.report({
          messageId: 'emoji',
          range: run.range,
          data: { count: run.count },
          suggestions: [{ messageId: 'suggestOneEmoji', edits: [{ range: run.range, text: run.first }] }],
        })
      }
    }
  },
})

/** The most runs of capitals in one sentence that each report's rewrite recases together. */
const SHARED_RUNS = 6

function titleWords(title: string | undefined): string[] {
  return (title ?? '')
    .split(/[^\p{L}\p{N}&'/-]+/u)
    .filter(Boolean)
    .map((word) => word.toUpperCase())
}

/** Letters only, in upper case: "DON'T" -> "DONT" is not needed; apostrophes stay for "I'M". */
function lettersOf(word: Word): string {
  return word.text.replace(/[^\p{L}'’]/gu, '').replace(/’/g, "'")
}

const DIGIT_MASK = /^X{2,}(?:[/.:-]X+)*$/

function isCapitalised(word: Word): boolean {
  // Most words hold a lower-case ASCII letter, which alone rules them out.
  if (hasAsciiLowerCase(word.text)) return false
  const initial = word.text.charAt(0)
  if (initial !== initial.toUpperCase()) return false
  if (/\d/.test(word.text)) return false
  // "XX/XX/XXXX", "£XX.XX": X's standing for digits are a slot no-placeholders reports, not a raised voice.
  if (DIGIT_MASK.test(word.text)) return false
  const letters = word.text.replace(/[^\p{L}]/gu, '')
  return letters !== '' && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
}

function hasAsciiLowerCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code >= 97 && code <= 122) return true
  }
  return false
}

/** Words that label what follows when written in capitals at the start of a sentence. */
const LABELS: ReadonlySet<string> = new Set(
  'important urgent note notice attention warning reminder update please'.split(' '),
)

/** The end of a shouted label that opens the sentence and runs straight into the next word. */
function labelEnd(sentence: Sentence, run: readonly Word[]): number | undefined {
  const first = run[0] as Word
  const last = run[run.length - 1] as Word
  const next = sentence.words[last.indexInSentence + 1]
  if (first.indexInSentence !== 0 || !LABELS.has(last.normal) || !next) return undefined
  // "KINDLY NOTE that the blouse…" reads on as one sentence: no colon before "that".
  if (/^(that|whether|how|if)$/.test(next.normal)) return undefined
  const gap = sentence.text.slice(last.range[1] - sentence.range[0], next.range[0] - sentence.range[0])
  return /^\s+$/.test(gap) && /^\p{Ll}/u.test(next.text) ? last.range[1] : undefined
}

/**
 * Short words that may stand for an acronym alone ("IN", "US") but, between two shouted words, are
 * part of the shouting: "BACK IN STOCK" -> "back in stock", not "back IN stock".
 */
const INNER_SMALL_WORDS: ReadonlySet<string> = new Set(
  'in on at to of is it or up no so we my me be do go as by if us am'.split(' '),
)

/** A capitalised word that is not an acronym, a name the writer allowed, or an abbreviation. */
function isShouted(word: Word, allowed: ReadonlySet<string>): boolean {
  if (!isCapitalised(word) || isAcronymOrAllowed(word, allowed)) return false
  const key = lettersOf(word).toUpperCase()
  const length = key.replace(/'/g, '').length
  return length >= 4 || shortWords.has(key)
}

/** A known acronym or a name the writer allowed, by its letters or as written without final dots. */
function isAcronymOrAllowed(word: Word, allowed: ReadonlySet<string>): boolean {
  const key = lettersOf(word).toUpperCase()
  const bare = bareUpper(word)
  if (acronyms.has(key) || acronyms.has(bare) || allowed.has(key) || allowed.has(bare)) return true
  // "USB-C", "COVID-19": an acronym with a letter or a number hyphened on.
  const [head, tail] = bare.split('-')
  return tail !== undefined && /^[A-Z\d]{1,3}$/.test(tail) && acronyms.has(head as string)
}

/** The most words of a product's name before its model code. */
const MAX_NAME_WORDS = 3
/** A model code: letters and digits run together ("G16", "X570", "4K"). */
const MODEL_CODE = /^(?:[A-Z]{1,4}\d{1,5}[A-Z]{0,3}|\d{1,4}[A-Z]{1,3})$/

/** The word in capitals without the dots that end it ("U.K." keeps its inner dots: "U.K"). */
function bareUpper(word: Word): string {
  let end = word.text.length
  while (end > 0 && word.text.charAt(end - 1) === '.') end--
  return word.text.slice(0, end).toUpperCase()
}

/** An acronym, a name the writer allowed, or a word with digits or dots: capitals it keeps beside a shouted run. */
function isKnownCapital(word: Word, allowed: ReadonlySet<string>): boolean {
  return isAcronymOrAllowed(word, allowed) || /[\d.]/.test(bareUpper(word))
}

/** Runs of neighbouring capitalised words holding at least `min` shouted words, trimmed to the shouted ones. */
function capitalRuns(
  sentence: Sentence,
  allowedCapitals: () => ReadonlySet<string>,
  min: number,
  inSlot: (word: Word) => boolean,
): Word[][] {
  const runs: Word[][] = []
  let current: Word[] = []
  const close = () => {
    if (current.length === 0) return
    // A model code in the run ("ASUS ROG STRIX G16", "RTX 4090") makes it a product's name.
    if (current.some((word) => MODEL_CODE.test(word.text))) {
      current = []
      return
    }
    const allowed = allowedCapitals()
    const shouted = current.filter((word) => isShouted(word, allowed))
    if (shouted.length >= min) {
      let start = current.indexOf(shouted[0] as Word)
      let end = current.indexOf(shouted[shouted.length - 1] as Word)
      // A short word at the edge of the run is shouted with it ("DO NOT CONSUME IT", "IN ITS ORIGINAL
      // BOX", "DOES NOT FIT") unless it is a known acronym or a name the writer allowed.
      const joins = (word: Word) => INNER_SMALL_WORDS.has(word.normal) || !isKnownCapital(word, allowed)
      while (start > 0 && joins(current[start - 1] as Word)) start--
      while (end < current.length - 1 && joins(current[end + 1] as Word)) end++
      runs.push(current.slice(start, end + 1))
    }
    current = []
  }
  for (const word of sentence.words) {
    // A slot's name is written in capitals to stand out as a slot ("[BUYER NAME]", "{{ORDER ID}}"):
    // no-placeholders reports it unfilled; it shouts at nobody.
    if (word.quoted || !isCapitalised(word) || inSlot(word)) {
      // A short run right before a model code is the product's name: "the ASUS ROG STRIX G16".
      if (current.length <= MAX_NAME_WORDS && !word.breakBefore && MODEL_CODE.test(word.text)) current = []
      close()
      continue
    }
    current.push(word)
  }
  close()
  return runs
}

/** The word in sentence case: lower case, a capital at the start of the sentence, "I" and names of days and months kept. */
function sentenceCase(word: Word, sentence: Sentence): string {
  const lower = word.text.toLowerCase()
  if (/^i(?:$|['’])/.test(lower)) return `I${lower.slice(1)}`
  // Names keep their capital: "ARRIVING MONDAY" -> "arriving Monday", "BY ROYAL MAIL" -> "by Royal
  // Mail", "REGARDS BRIAN" -> "Regards Brian".
  if (
    calendarNames.has(word.normal) ||
    inCarrierName(word, sentence) ||
    signsName(word, sentence) ||
    namedInGreeting(word, sentence)
  )
    return lower.charAt(0).toUpperCase() + lower.slice(1)
  return word.range[0] === firstLetterAt(sentence) &&
    (word.indexInSentence === 0 ||
      LIST_MARKER.test(sentence.text.slice(0, word.range[0] - sentence.range[0])))
    ? lower.charAt(0).toUpperCase() + lower.slice(1)
    : lower
}

/**
 * A title, or the reader's name after a greeting or a title, near the sentence's start: "HELLO SARAH
 * THANK YOU" -> "Hello Sarah thank you", "DEAR MR JONES" -> "Dear Mr Jones".
 */
function namedInGreeting(word: Word, sentence: Sentence): boolean {
  const at = word.indexInSentence
  if (at > 3) return false
  if (titles.has(word.normal)) return true
  const before = sentence.words[at - 1]
  return (
    before !== undefined &&
    nameLeads.has(before.normal) &&
    !notNames.has(word.normal) &&
    /^\p{L}+$/u.test(word.text)
  )
}

/** What opens a list item before its first word: "2. ", "3) ", "- ", "• " ("3 SIZES LEFT" is a count). */
const LIST_MARKER = /^\s{0,8}(?:\d{1,3}[.)]|[-*•–])\s{1,4}$/

/** Carriers' names, word by word ("royal mail"), without a leading "the". */
const CARRIER_WORDS: readonly (readonly string[])[] = CARRIER_NAMES.filter(
  (name) => !name.startsWith('the '),
).map((name) => name.split(' '))

/** The word is part of a carrier's name in its sentence. */
function inCarrierName(word: Word, sentence: Sentence): boolean {
  const words = sentence.words
  const at = word.indexInSentence
  return CARRIER_WORDS.some((name) => {
    for (let offset = 0; offset < name.length; offset++) {
      const start = at - offset
      if (start < 0 || name[offset] !== word.normal) continue
      if (name.every((part, k) => words[start + k]?.normal === part)) return true
    }
    return false
  })
}

/** Words a sign-off opens with, before the writer's name: "Regards Brian", "Thanks, Ama". */
const SIGN_OFF_WORDS = new Set(['regards', 'thanks', 'cheers', 'love', 'best', 'sincerely', 'from', 'yours'])

/** The last word of a short sign-off: the writer's name. */
function signsName(word: Word, sentence: Sentence): boolean {
  const words = sentence.words
  const at = word.indexInSentence
  return (
    at === words.length - 1 &&
    words.length <= 3 &&
    at > 0 &&
    SIGN_OFF_WORDS.has((words[at - 1] as Word).normal)
  )
}

function firstLetterAt(sentence: Sentence): number {
  const offset = sentence.text.search(/\p{L}/u)
  return offset < 0 ? -1 : sentence.range[0] + offset
}

/** Words a question opens with: "Could you…?", "Why is…?", "Is it…?". */
const QUESTION_OPENERS =
  /^(?:who|what|when|where|why|how|which|whose|can|could|would|will|shall|should|is|are|am|was|were|do|does|did|have|has|had|may|might|must|isn't|aren't|don't|doesn't|didn't|won't|can't|couldn't|wouldn't|shouldn't|haven't|hasn't|really|seriously|so|right|ok|okay|any|anything)$/

/**
 * Whether the sentence asks: it opens as a question does, or it is short enough to be a surprised
 * one ("Today?!", "wait it arrived without the legs?!"); a long statement asks nothing.
 */
function asksSomething(sentence: Sentence): boolean {
  const first = sentence.words[0]
  return !first || sentence.words.length <= SHORT_QUESTION || QUESTION_OPENERS.test(first.normal)
}
const SHORT_QUESTION = 7

/** The shouted words of the sentence outside `skip` and template slots, each lowered to sentence case. */
function loneShouts(
  sentence: Sentence,
  allowed: ReadonlySet<string>,
  inSlot: (word: Word) => boolean,
  skip: ReadonlySet<Word> = new Set(),
): Edit[] {
  return sentence.words
    .filter((word) => !skip.has(word) && !inSlot(word) && isShouted(word, allowed))
    .map((word) => ({ range: word.range, text: sentenceCase(word, sentence) }))
}

/** "!!", "!!!", "?!", "!?", "‽": runs of marks with more than one exclamation or a mixed pair. */
function markRuns(sentence: Sentence): { range: [number, number]; text: string }[] {
  const runs: { range: [number, number]; text: string }[] = []
  const text = sentence.text
  if (!MAY_BE_LOUD.test(text)) return runs
  let i = 0
  while (i < text.length) {
    if (!MARKS.has(text.charAt(i))) {
      i++
      continue
    }
    const start = i
    while (i < text.length && MARKS.has(text.charAt(i))) i++
    const run = text.slice(start, i)
    const loud = /[!！]/.test(run) ? run.length >= 2 : run === '‽'
    if (loud && !insideQuote(sentence, sentence.range[0] + start, sentence.range[0] + i))
      runs.push({ range: [sentence.range[0] + start, sentence.range[0] + i], text: run })
  }
  return runs
}

/** A mark that ends quoted words ("…WHERE IS IT?!" said the customer) belongs to the quotation. */
function insideQuote(sentence: Sentence, start: number, end: number): boolean {
  const before = [...sentence.words].reverse().find((word) => word.range[1] <= start)
  if (!before?.quoted) return false
  const after = sentence.text.charAt(end - sentence.range[0])
  const next = sentence.words.find((word) => word.range[0] >= end)
  return /["”“»]/.test(after) || !!next?.quoted
}

/** Runs of emoji (a skin tone, variation selector or joined sequence counts as one), spaces allowed between. */
function emojiRuns(
  sentence: Sentence,
  min: number,
): { range: [number, number]; count: number; first: string }[] {
  const runs: { range: [number, number]; count: number; first: string }[] = []
  const text = sentence.text
  // Emoji live above U+2000 (and © ®, which are not counted): most sentences have none. Curly
  // quotes are above U+2000 too, so the second test asks for an emoji itself.
  if (!HIGH_CHARACTER.test(text) || !ANY_EMOJI.test(text)) return runs
  const base = sentence.range[0]
  let count = 0
  let runStart = -1
  let runEnd = -1
  let firstEnd = -1
  let joined = false
  let regionalOpen = false
  const close = () => {
    if (count >= min)
      runs.push({ range: [base + runStart, base + runEnd], count, first: text.slice(runStart, firstEnd) })
    count = 0
    runStart = -1
  }
  let i = 0
  while (i < text.length) {
    const code = text.codePointAt(i) as number
    const char = String.fromCodePoint(code)
    const width = char.length
    const isModifier =
      code === 0x200d ||
      code === 0xfe0f ||
      code === 0x20e3 ||
      (code >= 0x1f3fb && code <= 0x1f3ff) ||
      (code >= 0xe0020 && code <= 0xe007f)
    if (isModifier && runStart >= 0) {
      joined = code === 0x200d
      runEnd = i + width
      if (count === 1) firstEnd = runEnd
    } else if ((EMOJI.test(char) && !NOT_EMOJI.has(char)) || REGIONAL_INDICATOR.test(char)) {
      const regional = REGIONAL_INDICATOR.test(char)
      if (runStart < 0) {
        runStart = i
        count = 1
      } else if (!joined && !(regional && regionalOpen)) count++
      regionalOpen = regional && !regionalOpen
      joined = false
      runEnd = i + width
      if (count === 1) firstEnd = runEnd
    } else if (char === ' ' && runStart >= 0) {
      // spaces between emoji keep the run going
    } else if (runStart >= 0) close()
    i += width
  }
  if (runStart >= 0) close()
  return runs
}

/** The first characters of a template slot among the protected spans (not a quotation or a link). */
const SLOT_OPENERS = /^[{$<*[]/

/** Whether a word of the sentence stands inside one of its template slots. */
function slotTest(sentence: Sentence): (word: Word) => boolean {
  const base = sentence.range[0]
  const slots = protectedSpans(sentence.text).filter(([start]) =>
    SLOT_OPENERS.test(sentence.text.slice(start)),
  )
  if (slots.length === 0) return () => false
  return (word) => slots.some(([start, end]) => start <= word.range[0] - base && word.range[1] - base <= end)
}
