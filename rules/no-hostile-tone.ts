import {
  type Edit,
  lazyLexicon,
  matchCase,
  type PhraseMatch,
  type Range,
  type Sentence,
  type SuggestionDescriptor,
  type Word,
} from '../src/core.js'
import { createRule } from './create-rule.js'
import {
  DISBELIEF,
  type HostileCue,
  hostileCueLexicon,
  MINIMISED_AMOUNT,
  OPENING_EDGES,
} from './lexicons/hostile-cues.js'
import {
  EMPATHY,
  EYE_ROLLS,
  eyeRollTargetLexicon,
  type HostileTag,
  hostileToneLexicon,
  RECAP,
} from './lexicons/hostile-tone.js'
import { cueKindsIn } from './shared/cue-kinds.js'
import { mockHesitation, scareQuoted, tautology } from './shared/hostile-figures.js'
import { checkWithSignal, LEARNED_OPTION, signalProbability } from './shared/learned.js'
import { isPointed } from './shared/pointed.js'
import {
  capitalise,
  clauseBreakBefore,
  cutsProtected,
  offer,
  removeWords,
  replaceSentence,
  shorten,
} from './shared/prose-fixer.js'

const lexicon = lazyLexicon(hostileToneLexicon)
const cues = lazyLexicon(hostileCueLexicon)
const eyeRollTargets = lazyLexicon(eyeRollTargetLexicon)
const openingEdges: ReadonlySet<string> = new Set(OPENING_EDGES)
/** Which message a sentence built from cues gets: the first kind it holds, in this order. */
const CUE_MESSAGE: readonly [HostileCue, HostileTag][] = [
  ['repeat', 'exasperated'],
  ['judgeReader', 'condescending'],
  ['refuse', 'dismissive'],
  ['verdict', 'arguing'],
  ['minimise', 'dismissive'],
  ['edge', 'sarcastic'],
]
/** Cues written in the text rather than in words. */
const FIGURES: ReadonlyArray<readonly [HostileCue, RegExp]> = [
  ['minimise', MINIMISED_AMOUNT],
  ['disbelief', DISBELIEF],
]
/** A sentence that is nothing but a scoff: "Seriously?", "Whatever.", "Wow." */
const SCOFF =
  /^\W*(?:seriously|really|whatever|whatever you say|wow|ffs|wtf|jesus|christ|charming|unbelievable|oh really|yeah right|lol no|excuse me|i beg your pardon|who would(?:'ve| have) (?:guessed|thought)|who'd have (?:guessed|thought)|what a surprise|surprise,? surprise|imagine that|go figure|fancy that|shock,? horror|twice|three times|yet again)\W*$/i
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
    defaultOptions: { ...LEARNED_OPTION },
  },
  messages: {
    learned:
      'This sentence reads as hostile, defensive or condescending. Keep it calm and neutral: say what you found and what happens next.',
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
    suggestUnquote: 'Take the quotation marks off {{phrase}}.',
  },
  check(context) {
    checkWithSignal(
      context,
      'learned',
      (context) => {
        for (const [index, sentence] of context.sentences.entries()) {
          for (const token of sentence.tokens)
            if (
              token.kind === 'symbol' &&
              eyeRolls.some((emoji) => token.text.includes(emoji)) &&
              !rollsAtSomeoneElse(sentence, context.sentences[index - 1])
            )
              context.report({ messageId: 'sarcastic', range: token.range, data: { phrase: token.text } })
          let reported = false
          for (const match of lexicon().find(sentence)) {
            if (!isPointed(sentence, match)) continue
            reported = true
            const tag = match.tag as HostileTag
            context.report({
              messageId: tag,
              range: match.range,
              data: { phrase: match.text },
              suggestions: suggestionsFor(sentence, match),
            })
          }
          if (reported) continue
          const figure = figureIn(sentence)
          if (figure) {
            context.report({
              messageId: figure.tag,
              range: figure.range,
              data: { phrase: context.text.slice(figure.range[0], figure.range[1]) },
              suggestions: figure.suggestions,
            })
            continue
          }
          const built = builtFromCues(sentence, context.options.learned)
          // No rewrite: the tone is in how the parts sit together, and no one part can go alone.
          if (built)
            context.report({
              messageId: built.tag,
              range: built.range,
              data: { phrase: shorten(context.text.slice(built.range[0], built.range[1])) },
            })
        }
      },
      { judgedByPhrases },
    )
  },
})

/**
 * Tone carried by how words are set rather than which they are: scare quotes round the customer's
 * word (rewritten without the quotes), a tautology for a date, a mock hesitation.
 */
function figureIn(
  sentence: Sentence,
): { tag: HostileTag; range: Range; suggestions: HostileSuggestion[] } | undefined {
  const quoted = scareQuoted(sentence)
  if (quoted) {
    const unquote: Edit[] = [
      { range: [quoted[0], quoted[0] + 1], text: '' },
      { range: [quoted[1] - 1, quoted[1]], text: '' },
    ]
    const phrase = sentence.text.slice(quoted[0] - sentence.range[0], quoted[1] - sentence.range[0])
    return { tag: 'sarcastic', range: quoted, suggestions: offer('suggestUnquote', unquote, { phrase }) }
  }
  const shrug = tautology(sentence)
  if (shrug) return { tag: 'dismissive', range: shrug, suggestions: [] }
  const aside = mockHesitation(sentence)
  if (aside) return { tag: 'sarcastic', range: aside, suggestions: [] }
  return undefined
}

/** Sentences whose wording this rule's phrase lists know and judged (see `checkWithSignal`). */
export function judgedByPhrases(sentence: Sentence): boolean {
  return lexicon().mentionedIn(sentence)
}

/**
 * How sure the learned signal must be to confirm a sentence with one kind of cue. Alone, a cue is
 * ordinary ("I've already sent it", "check the size chart"); with the signal leaning hostile too it
 * is the tone ("I have ALREADY SENT the replacement"). Well below the signal's own threshold, which
 * real replies' short questions and refusals reach without any cue.
 */
const ONE_CUE_SIGNAL = 0.5
/** Too few words for the signal to weigh (as in `checkWithSignal`). */
const ONE_CUE_MIN_WORDS = 3

/**
 * A sentence whose tone is built from two kinds of cue (see {@link hostileCueLexicon}), or from
 * one that the learned signal confirms; the range runs from the first cue to the last.
 */
function builtFromCues(sentence: Sentence, learned: boolean): { tag: HostileTag; range: Range } | undefined {
  if (SCOFF.test(sentence.text)) {
    const letters = letterBounds(sentence)
    return { tag: 'sarcastic', range: [letters.first, letters.last + 1] }
  }
  const { kinds, range } = cueKindsIn(sentence, cues(), FIGURES, (match) => {
    const first = match.words[0]
    return !(match.tag === 'edge' && first && openingEdges.has(first.normal) && first.indexInSentence !== 0)
  })
  if (kinds.size === 0) return undefined
  if (
    kinds.size === 1 &&
    !(
      learned &&
      sentence.words.length >= ONE_CUE_MIN_WORDS &&
      (signalProbability('no-hostile-tone', sentence) ?? 0) >= ONE_CUE_SIGNAL
    )
  )
    return undefined
  const tag = CUE_MESSAGE.find(([kind]) => kinds.has(kind))?.[1] ?? 'sarcastic'
  return { tag, range }
}

type HostileSuggestion = SuggestionDescriptor<
  'suggestRemove' | 'suggestRecap' | 'suggestEmpathy' | 'suggestUnquote'
>

function suggestionsFor(sentence: Sentence, match: PhraseMatch<HostileTag>): HostileSuggestion[] {
  const swap = match.swaps[0]
  if (swap === undefined) return []
  if (swap === EMPATHY) {
    // Only when the sentence is nothing but the order to calm down ("Please calm down!").
    const letters = letterBounds(sentence)
    if (letters.first < match.range[0] || letters.last >= match.range[1]) return []
    return offer('suggestEmpathy', replaceSentence(sentence, EMPATHY))
  }
  if (swap === RECAP) {
    const recap = recapEdits(sentence, match)
    // A bare answer left ("Yes.") has no recap in it: the opening is simply gone.
    if (recap && !recap[0]?.text.startsWith(RECAP))
      return offer('suggestRemove', recap, { phrase: match.text })
    if (recap) return offer('suggestRecap', recap)
    // "As I said yesterday, and the day before…": without the opening, its own words would lead.
    if (sentence.text.charAt(match.range[1] - sentence.range[0]) !== ',') return []
  }
  return offer(
    'suggestRemove',
    removeWords(sentence, match.words[0] as Word, match.words[match.words.length - 1] as Word),
    { phrase: match.text },
  )
}

/** An answer that is the whole rest of the sentence. */
const BARE_ANSWERS = /^(?:yes|no|yep|nope|yeah|correct|right|true|exactly)$/

/**
 * "As I said, the parcel left" -> "To recap, the parcel left". An opening that runs on to its comma
 * ("As I said in my last message, …") goes whole, so nothing of it is left after "To recap,".
 */
function recapEdits(sentence: Sentence, match: PhraseMatch<HostileTag>): Edit[] | undefined {
  const first = match.words[0] as Word
  if (first.indexInSentence !== 0) return undefined
  const words = sentence.words
  let last = match.words[match.words.length - 1] as Word
  const straight = words[last.indexInSentence + 1]
  // "Like I said it left on Monday": the subject follows at once.
  const runsOn =
    !straight || !/^(it|they|we|your|the|this|that|i|you)$/.test(straight.normal) || straight.breakBefore
  while (
    runsOn &&
    words[last.indexInSentence + 1] &&
    !clauseBreakBefore(sentence, words[last.indexInSentence + 1] as Word)
  )
    last = words[last.indexInSentence + 1] as Word
  const next = words[last.indexInSentence + 1]
  const gap = next
    ? sentence.text.slice(last.range[1] - sentence.range[0], next.range[0] - sentence.range[0])
    : ''
  const joined = runsOn ? /^\s*,\s*$/.test(gap) : /^\s+$/.test(gap)
  if (!next || !joined || last.indexInSentence - first.indexInSentence > 8) return undefined
  // "As I said yesterday, and the day before that, …": the aside runs on past its comma.
  if (/^(and|or|but|plus)$/.test(next.normal)) return undefined
  // "As I already said yesterday, yes." -> "Yes.": a bare answer needs no recap.
  if (next.indexInSentence === words.length - 1 && BARE_ANSWERS.test(next.normal)) {
    const answer: Edit[] = [{ range: [first.range[0], next.range[1]], text: capitalise(next.text) }]
    return cutsProtected(sentence, answer) ? undefined : answer
  }
  const lowered =
    /^I\b/.test(next.text) || /^\p{Lu}{2}/u.test(next.text)
      ? next.text.charAt(0)
      : next.text.charAt(0).toLowerCase()
  const edits: Edit[] = [
    { range: [first.range[0], next.range[0]], text: `${matchCase(first.text, RECAP)} ` },
    { range: [next.range[0], next.range[0] + 1], text: lowered },
  ]
  return cutsProtected(sentence, edits) ? undefined : edits
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

/**
 * An eye-roll aimed at a third party the sentence or the one before names, with no word for the
 * reader in the sentence: "Evri strike again 🙄", "…sent it to Bendigo instead. Classic 🙄".
 */
function rollsAtSomeoneElse(sentence: Sentence, previous: Sentence | undefined): boolean {
  if (sentence.words.some((word) => /^(?:you|your|u|ur|you're|youre|yourself)$/.test(word.normal)))
    return false
  return [sentence, previous].some(
    (candidate) => candidate !== undefined && eyeRollTargets().mentionedIn(candidate),
  )
}
