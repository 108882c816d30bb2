import { applyEdits, type Edit, lazyLexicon, matchCase, type Sentence, type Word } from '../src/core.js'
import { createRule } from './create-rule.js'
import {
  assuranceLexicon,
  CERTAINTY_ADVERBS,
  type GuaranteeTag,
  guaranteeLexicon,
  habitProofLexicon,
  outcomeLexicon,
  PLEDGE_OBJECTS,
  PLEDGE_VERBS,
  vouchLexicon,
} from './lexicons/guarantees.js'
import { DURATION_UNITS, NUMBER_WORDS, timeExpressionLexicon } from './lexicons/time-expressions.js'
import { checkWithSignal, LEARNED_OPTION } from './shared/learned.js'
import {
  clauseOf,
  clausesOf,
  dependent,
  followUpsOf,
  offer,
  removeClause,
  removeSentence,
  removeSentences,
  removeWords,
  replaceSentence,
  replaceWords,
} from './shared/prose-fixer.js'

const guarantees = lazyLexicon(guaranteeLexicon)
const timeExpressions = lazyLexicon(timeExpressionLexicon)
const outcomes = lazyLexicon(outcomeLexicon)
const assurances = lazyLexicon(assuranceLexicon)
const habitProofs = lazyLexicon(habitProofLexicon)
const vouches = lazyLexicon(vouchLexicon)
const certaintyAdverbs = new Set<string>(CERTAINTY_ADVERBS)
const pledgeVerbs = new Set<string>(PLEDGE_VERBS)
/** Every form of a pledge: "guaranteed", "promising", "assured", "I swear", "sworn". */
const PLEDGE_STEMS = [...PLEDGE_VERBS.map((verb) => verb.replace(/e$/, '')), 'swear', 'swore', 'sworn']
const pledgeObjects = new Set<string>(PLEDGE_OBJECTS)
/** The words of a sentence that is only a pledge: "I guarantee it.", "We promise you that!" */
const pledgeOnly = new Set<string>(['i', 'we', 'you', ...PLEDGE_VERBS, ...PLEDGE_OBJECTS])
const durationUnits = new Set<string>(DURATION_UNITS)
const numberWords = new Set<string>(NUMBER_WORDS)
const NUMERIC_DATE = /^\d{1,2}(?:st|nd|rd|th)?$|^\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$/
/** A time of day: "5pm", "10.30am", "17:00". */
const CLOCK_TIME = /^\d{1,2}(?:[:.]\d{2})?(?:am|pm)$|^\d{1,2}:\d{2}$/
/** "3", "24", "3-7", "10–15": a count of days or hours. */
const NUMERIC_COUNT = /^\d{1,3}(?:[-\u2013/]\d{1,3})?$/
/** Tags that are only guarantees in a sentence about an arrival or a refund reaching the customer. */
const NEEDS_OUTCOME: ReadonlySet<GuaranteeTag> = new Set(['certainLoose', 'duration'])
/** Tags that are only guarantees when a time is named. */
const NEEDS_TIME: ReadonlySet<GuaranteeTag> = new Set(['timed', 'duration'])
const DATE_PREPOSITIONS = new Set(['by', 'before', 'on', 'until', 'till'])
/** How many reports of one sentence offer its estimate (each offers the same rewrite). */
const SHARED_ESTIMATES = 4
/** The stock sentence for "This will never happen again.": what the seller does, not a promise. */
const PREVENTION = "We're taking steps to stop this happening again."

export default createRule({
  id: 'no-guarantees',
  meta: {
    description: 'Flags certain delivery dates and promised outcomes the seller does not control.',
    recommended: true,
    // Not 'sentence': a vouch in the sentence after ("You have my word on that.") goes with the estimate.
    scope: 'reply',
    defaultSeverity: 'error',
    hasSuggestions: true,
    defaultOptions: { ...LEARNED_OPTION },
  },
  messages: {
    learned:
      'This sentence reads as a promise of a date or outcome you do not control. Give an estimate instead ("should arrive", "tracking shows").',
    certain:
      '"{{phrase}}" promises an outcome the courier controls, not you. If it slips, the broken promise turns into a dispute; give an estimate instead.',
    pledge:
      '"{{phrase}}" guarantees something you do not control. Customers hold sellers to guarantees in disputes; give an estimate instead.',
    timed:
      '"{{phrase}}" states a delivery time as certain. Couriers and customs can change it, so phrase it as an estimate and offer to update.',
    neverAgain:
      '"{{phrase}}" promises something no one can guarantee. Say what you are doing to prevent it instead.',
    suggestEstimate: 'Phrase it as an estimate.',
    suggestPrevention: 'Say what you are doing to prevent it instead.',
    suggestRemove: 'Remove the promise.',
  },
  check(context) {
    checkWithSignal(
      context,
      'learned',
      (context) => {
        for (const sentence of context.sentences) {
          // One report per clause: "I guarantee that it arrives by Monday" is one guarantee, not two.
          const clauses = new Set<number>()
          const timeNamed = once(() => namesATime(sentence))
          const outcomeNamed = once(() => outcomes().find(sentence).length > 0)
          const standing = guarantees()
            .find(sentence)
            .filter((match) => {
              const tag = match.tag as GuaranteeTag
              if (NEEDS_TIME.has(tag) && !timeNamed()) return false
              return !(NEEDS_OUTCOME.has(tag) && !outcomeNamed())
            })
          // A vouch in a clause of its own outlives a hedge elsewhere in the sentence ("Should be no
          // dramas, it'll be at your door by tomorrow, guaranteed"). It has no rewrite: the estimate
          // wording would sit beside the hedge the writer already gave.
          if (standing.length === 0) {
            const vouch = vouches().find(sentence)[0]
            if (vouch && (outcomeNamed() || timeNamed())) {
              // "…arvo, guaranteed": the word the wildcard took before the tag is not part of it.
              const last = vouch.words[vouch.words.length - 1] as Word
              const phrase = last.normal === 'guaranteed' ? last : undefined
              context.report({
                messageId: 'certain',
                range: phrase?.range ?? vouch.range,
                data: { phrase: phrase?.text ?? vouch.text },
              })
            }
            continue
          }
          const found = standing.filter((match) => {
            const [clauseStart] = clauseAround(sentence.words, match.words)
            if (clauses.has(clauseStart)) return false
            clauses.add(clauseStart)
            return true
          })
          // Every report offers the one estimate that rewrites all the sentence's guarantees and its
          // stray certainty words: alone, each would leave the others beside its "should".
          // A hedge anywhere hides the sentence from the phrase lists, so a rewrite that leaves a
          // certainty word beside its "should" ("guaranteed for the 14th, so it should be there",
          // "I swear…", "…, promise") would pass every check and still promise: none is offered.
          const sentenceEstimate = once(() => {
            // Every guarantee, also a second one in a reported clause ("defo" and "it's arriving the 12th").
            const edits = together(
              [...found, ...standing.filter((match) => !found.includes(match))].map((match, index) =>
                estimateEdits(sentence, match.words, index === 0),
              ),
            )
            if (!edits || leavesCertainty(sentence, edits)) return undefined
            // Only certainty words went, and no verb took a hedge ("e go reach you tomorrow, no
            // shaking" without "no shaking"): the arrival is still stated flat. A pledge tagged on to
            // a fact ("it's on its way, I promise") goes without one; on a forecast ("they'll be on
            // your doormat Friday, hand on heart") the forecast still promises.
            const after = rewritten(sentence, edits)
            const pledgedFact = found.some((match) => match.tag === 'pledge') && !FORECAST.test(after)
            if (!pledgedFact && !HEDGE.test(after)) return undefined
            // Someone else's habit offered as proof ("they always cover breakages") stays a promise.
            const cut = (at: number) => edits.some((edit) => edit.range[0] <= at && at < edit.range[1])
            if (
              habitProofs()
                .find(sentence)
                .some((match) => !cut(match.range[0]))
            )
              return undefined
            // "it's defo arriving the 12th" without "defo" is still a settled arrival.
            if (SETTLED_ARRIVAL.test(after)) return undefined
            // A vouch that follows ("You have my word on that.") would still promise the estimate.
            const vouches = followUpsOf(context.document, sentence, onlyVouches)
            const last = vouches[vouches.length - 1]
            if (!last) return edits
            const dropped = removeSentences(context.document, vouches[0] as Sentence, last)
            return dropped ? [...edits, ...dropped] : undefined
          })
          // "Rest assured this will never happen again": "should never happen again" still promises,
          // so the pledge leaves the rewrite to the never-again finding.
          const neverAgain = once(() =>
            guarantees()
              .find(sentence, { overlapping: true })
              .some((match) => match.tag === 'neverAgain'),
          )
          found.forEach((match, index) => {
            const tag = match.tag as GuaranteeTag
            const first = match.words[0] as Word
            const removal = () =>
              removeClause(sentence, first) ?? removeSentence(context.document, sentence, 0)
            const suggestions =
              tag === 'neverAgain'
                ? neverAgainSuggestions(sentence, first, removal)
                : tag === 'pledge' && onlyVouches(sentence)
                  ? // The sentence is nothing but the pledge ("I guarantee it."): it goes.
                    offer('suggestRemove', removeSentence(context.document, sentence, 0))
                  : neverAgain()
                    ? []
                    : // Past a few guarantees in one sentence (machine-made text), the first report carries it.
                      offer('suggestEstimate', index < SHARED_ESTIMATES ? sentenceEstimate() : undefined)
            const kept = suggestions.filter(
              (suggestion) =>
                suggestion.messageId === 'suggestEstimate' || !leavesCertainty(sentence, suggestion.edits),
            )
            context.report({
              messageId: tag === 'certainLoose' ? 'certain' : tag === 'duration' ? 'timed' : tag,
              range: match.range,
              data: { phrase: match.text },
              // No safe rewrite is better than a wrong one: a pledge the estimate wording cannot reach gets none.
              suggestions: kept,
            })
          })
        }
      },
      { judgedByPhrases },
    )
  },
})

/**
 * "This will never happen again": where the sentence says more ("I've fixed the template, so this
 * won't happen again"), dropping the promise keeps the specific fix, which beats the stock
 * prevention sentence; alone, the stock sentence comes first.
 */
function neverAgainSuggestions(sentence: Sentence, first: Word, removal: () => Edit[] | undefined) {
  const removed = removeClause(sentence, first)
  // What is left must say something of its own: "…, I've made sure of it" only vouches for the promise.
  const clause =
    removed &&
    !assurances()
      .find(sentence)
      .some(
        (match) =>
          !removed.some((edit) => edit.range[0] <= match.range[0] && match.range[1] <= edit.range[1]),
      )
      ? removed
      : undefined
  // The stock sentence in place of one that names its fix would lose the fix.
  if (clause) return offer('suggestRemove', clause)
  // "We've changed our packaging and this will never happen again, I promise": the promise and the
  // vouch tagged on after it go together, and the fix named before them stays.
  const tail = promiseToTheEnd(sentence, first)
  if (tail) return offer('suggestRemove', tail)
  const prevention = offer('suggestPrevention', replaceSentence(sentence, PREVENTION))
  // Removing the clause would leave the vouch ("I've made sure of it."): only the whole sentence goes.
  return removed ? prevention : [...prevention, ...offer('suggestRemove', removal())]
}

/** A second verb of the writer's that opens a pledge: "…and can assure you", "…and will make sure". */
const PLEDGE_AFTER_AND = /^(?:can|will|would|could|shall|assure|promise|guarantee|swear)$/

/**
 * The never-again clause and everything after it, where what comes before it is a clause of its
 * own that does not vouch for the promise; `undefined` otherwise.
 */
function promiseToTheEnd(sentence: Sentence, first: Word): Edit[] | undefined {
  const words = sentence.words
  const [clauseStart] = clauseOf(sentence, first)
  // "We have corrected our pick list and can assure you this will never happen again": the promise
  // is a second verb of the same subject, and goes from its "and".
  let start = clauseStart
  for (let i = first.indexInSentence - 1; i > clauseStart + 2 && start === clauseStart; i--)
    if ((words[i] as Word).normal === 'and' && PLEDGE_AFTER_AND.test(words[i + 1]?.normal ?? '')) start = i
  const last = words[words.length - 1]
  if (start < 3 || !last) return undefined
  const before = words.slice(0, start)
  if (clausesOf(sentence, before).every(dependent)) return undefined
  const keptEnd = (before[before.length - 1] as Word).range[1]
  if (
    assurances()
      .find(sentence)
      .some((match) => match.range[0] < keptEnd)
  )
    return undefined
  // The second verb goes from the end of the first: "…pick list[ and can assure you…]."
  if (start !== clauseStart)
    return [{ range: [(words[start - 1] as Word).range[1], last.range[1]], text: '' }]
  return removeWords(sentence, words[start] as Word, last)
}

/** Sentences whose wording this rule's phrase lists know and judged (see `checkWithSignal`). */
export function judgedByPhrases(sentence: Sentence): boolean {
  // A hedge ("should", "we expect", "tracking says") makes any date in the sentence an estimate.
  return guarantees().mentionedIn(sentence)
}

/** Every estimate's edits in one rewrite, leaving out any that overlap one already taken. */
function together(estimates: readonly (Edit[] | undefined)[]): Edit[] | undefined {
  const [first] = estimates
  if (!first) return undefined
  // One sweep in text order; where two edits overlap, the first estimate's wins (it holds the strays).
  const ranked = estimates.flatMap((edits, rank) => (edits ?? []).map((edit) => ({ edit, rank })))
  ranked.sort((a, b) => a.edit.range[0] - b.edit.range[0] || a.rank - b.rank)
  const kept: { edit: Edit; rank: number }[] = []
  for (const item of ranked) {
    const last = kept[kept.length - 1]
    if (!last || last.edit.range[1] <= item.edit.range[0]) kept.push(item)
    else if (item.rank === 0 && last.rank !== 0) kept[kept.length - 1] = item
  }
  return kept.map((item) => item.edit)
}

/** A present arrival left unhedged: "it's arriving the 12th", "they're landing Monday". */
const SETTLED_ARRIVAL =
  /\b(?:it's|its|it is|they're|theyre|they are) (?:arriving|landing|being delivered|coming)\b/i

/** The sentence's text with the edits inside it made. */
function rewritten(sentence: Sentence, edits: readonly Edit[]): string {
  const base = sentence.range[0]
  const inside = edits
    .filter((edit) => edit.range[0] >= base && edit.range[1] <= sentence.range[1])
    .map((edit) => ({ ...edit, range: [edit.range[0] - base, edit.range[1] - base] as [number, number] }))
  return applyEdits(sentence.text, inside)
}

/** A word of certainty or pledging in the sentence that none of the edits touches. */
function leavesCertainty(sentence: Sentence, edits: readonly Edit[]): boolean {
  // A certainty phrase the edits leave whole ("…, locked in", "I'd bet my shop on it") still vouches.
  const untouched = (range: readonly [number, number]) =>
    !edits.some((edit) => edit.range[0] < range[1] && range[0] < edit.range[1])
  if (
    guarantees()
      .find(sentence, { overlapping: true })
      .some((match) => CERTAINTY_TAGS.has(match.tag as GuaranteeTag) && untouched(match.range))
  )
    return true
  // Words and edits both run left to right: one pass over each.
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0])
  let next = 0
  let reach = -1
  for (const word of sentence.words) {
    while (next < sorted.length && (sorted[next] as Edit).range[0] < word.range[1])
      reach = Math.max(reach, (sorted[next++] as Edit).range[1])
    const touched = reach > word.range[0]
    if (!word.quoted && !touched && isCertaintyWord(word.normal)) return true
  }
  return false
}

/** A claim about what will be: the future a pledge vouches for, which stays a promise without it. */
const FORECAST = /\b(?:will|won't|wont|shall|gonna|going to)\b|\b(?:it|they|you|we|i|that|this)'ll\b/i

/** Findings that vouch for an outcome rather than state one: they cannot stay beside an estimate. */
const CERTAINTY_TAGS: ReadonlySet<GuaranteeTag> = new Set(['certain', 'certainLoose', 'pledge'])

function isCertaintyWord(normal: string): boolean {
  return certaintyAdverbs.has(normal) || PLEDGE_STEMS.some((stem) => normal.startsWith(stem))
}

/** The sentence is nothing but a pledge: "I guarantee it.", "You have my word on that." */
function onlyVouches(sentence: Sentence): boolean {
  // A run of symbols with no word ("<!") vouches for nothing.
  if (sentence.words.length === 0) return false
  if (sentence.words.every((word) => pledgeOnly.has(word.normal))) return true
  return assurances()
    .find(sentence)
    .some((match) => match.words.length === sentence.words.length)
}

/** Computes `compute()` on the first call only: sentence-wide checks shared by all matches. */
function once<T>(compute: () => T): () => T {
  let done = false
  let value: T | undefined
  return () => {
    if (!done) {
      value = compute()
      done = true
    }
    return value as T
  }
}

/**
 * A time the sentence's pledges can be held to. One in a relative clause ("…, which is what a 3-5
 * week lead time means") describes something else.
 */
function namesATime(sentence: Sentence): boolean {
  const words = sentence.words
  const relative = relativeClause(words)
  const outside = (at: number) => relative === undefined || at < relative[0] || at >= relative[1]
  if (
    timeExpressions()
      .find(sentence)
      .some((match) => outside(match.range[0]))
  )
    return true
  return words.some(
    (word, i) =>
      outside(word.range[0]) &&
      ((NUMERIC_DATE.test(word.normal) && datePrepositionBefore(words, i)) ||
        CLOCK_TIME.test(word.normal) ||
        ((word.normal === 'pm' || word.normal === 'am') && /^\d/.test(words[i - 1]?.normal ?? '')) ||
        isDuration(words, i)),
  )
}

/**
 * Where a clause that opens with ", which" starts and ends (at the next punctuation, or the
 * sentence's end): it comments on what came before ("…, which we confirmed this morning, your
 * parcel will…" leaves the time after it to the main clause).
 */
function relativeClause(words: readonly Word[]): [number, number] | undefined {
  const at = words.findIndex((word) => word.normal === 'which' && word.breakBefore)
  if (at < 0) return undefined
  const end = words.findIndex((word, i) => i > at && word.breakBefore)
  return [(words[at] as Word).range[0], end < 0 ? Number.POSITIVE_INFINITY : (words[end] as Word).range[0]]
}

/** "by 12/03", "on the 14th": a preposition of time before a numeric date, "the" allowed between. */
function datePrepositionBefore(words: readonly Word[], i: number): boolean {
  const previous = words[i - 1]?.normal
  if (previous === 'the') return DATE_PREPOSITIONS.has(words[i - 2]?.normal ?? '')
  return previous !== undefined && DATE_PREPOSITIONS.has(previous)
}

/** "3-7 business days", "24 hours", "two to four weeks": a count followed by a unit. */
function isDuration(words: readonly Word[], i: number): boolean {
  const word = words[i] as Word
  if (!NUMERIC_COUNT.test(word.normal) && !numberWords.has(word.normal)) return false
  let j = i + 1
  // "30 to 45 days", "two or three weeks"
  if (/^(to|or)$/.test(words[j]?.normal ?? '')) j += 2
  if (/^(business|working|calendar|more)$/.test(words[j]?.normal ?? '')) j++
  return durationUnits.has(words[j]?.normal ?? '')
}

/** Word swaps that turn a certain statement into an estimate; `null` removes the word. */
const SWAPS: Record<string, string | null> = {
  will: 'should',
  shall: 'should',
  "it'll": 'it should',
  itll: 'it should',
  "won't": "shouldn't",
  wont: "shouldn't",
  youll: 'you should',
  theyll: 'they should',
  "they'll": 'they should',
  "you'll": 'you should',
  "we'll": 'we should',
  "i'll": 'I should',
  guaranteed: 'expected',
  guarantee: 'expect',
  guarantees: 'expects',
}

/**
 * The verb of a clause joined on without its subject takes the base form once the first clause
 * has "should": "…should land in Auckland on the 9th and gets to you…" -> "…and get to you…".
 */
const JOINED_SWAPS: Record<string, string> = {
  arrives: 'arrive',
  lands: 'land',
  reaches: 'reach',
  gets: 'get',
  is: 'be',
  will: '',
}

/** A flat present-tense arrival ("it arrives tomorrow") becomes an estimate. */
const PRESENT_SWAPS: Record<string, string> = {
  arrives: 'should arrive',
  lands: 'should land',
  reaches: 'should reach',
  gets: 'should get',
  drops: 'should drop',
  delivers: 'should deliver',
  brings: 'should bring',
}
/** The base form after a carrier named as a plural: "Parcelforce deliver within 24 hours". */
const NAMED_PLURAL_SWAPS: Record<string, string> = { deliver: 'should deliver' }

/** The estimate of a flat present at word `i`, if it is one: "lands", or "deliver" after a name. */
function presentSwap(words: readonly Word[], i: number): string | undefined {
  const word = words[i] as Word
  const previous = words[i - 1]
  return (
    PRESENT_SWAPS[word.normal] ??
    (previous && NAMED.test(previous.text) ? NAMED_PLURAL_SWAPS[word.normal] : undefined)
  )
}
const PRESENT_SUBJECTS: ReadonlySet<string> = new Set([
  'it',
  'parcel',
  'package',
  'order',
  'item',
  'delivery',
  'shipment',
  'refund',
  'replacement',
])

/** Subjects a pledge may follow with its copula left out: "you guaranteed to have it". */
const BARE_SUBJECTS: ReadonlySet<string> = new Set(['you', 'u', 'it', 'they', 'we', 'he', 'she'])

/** A pledge tacked on after a comma: "…first thing Tuesday, guaranteed.", "…tomorrow, promise x". */
const TACKED_PLEDGES: ReadonlySet<string> = new Set([
  'sure',
  'guaranteed',
  'promise',
  'promised',
  'swear',
  'pinky-promise',
  // "…at yours Tuesday, easy": no doubt about it.
  'easy',
])

/** Drops the words from `first` up to `following`, which takes the capital when they opened the sentence. */
function dropOpening(first: Word, following: Word, atSentenceStart: boolean): Edit[] {
  const edits: Edit[] = [{ range: [first.range[0], following.range[0]], text: '' }]
  if (atSentenceStart)
    edits.push({
      range: [following.range[0], following.range[0] + 1],
      text: following.text.charAt(0).toUpperCase(),
    })
  return edits
}

/**
 * The length of "I (can) confirm (that)", "we can confirm", "we are pleased to confirm" or a bare
 * "confirm" opening a clause at word `i` with more of the clause after it, or 0.
 */
function vouchingLength(words: readonly Word[], i: number): number {
  // "confirm will reach u by fri": "confirm" alone as the certainty marker (Singapore, Malaysia).
  if (
    words[i]?.normal === 'confirm' &&
    /^(?:will|can|sure|definitely|reach|arrive|arrives|get)$/.test(words[i + 1]?.normal ?? '')
  )
    return 1
  let end = i
  if (/^(?:i'm|we're)$/.test(words[end]?.normal ?? '')) end++
  else if (/^(?:i|we)$/.test(words[end]?.normal ?? '')) {
    end++
    if (/^(?:am|are)$/.test(words[end]?.normal ?? '')) end++
  } else return 0
  // "pleased to confirm", "happy to confirm"; only after "am"/"are" or its contraction.
  if (end > i + 1 || /'(?:m|re)$/.test(words[i]?.normal ?? '')) {
    if (
      !/^(?:pleased|happy|glad|delighted)$/.test(words[end]?.normal ?? '') ||
      words[end + 1]?.normal !== 'to'
    )
      return 0
    end += 2
  } else if (words[end]?.normal === 'can') end++
  if (words[end]?.normal !== 'confirm') return 0
  end++
  if (words[end]?.normal === 'that') end++
  const following = words[end]
  return following && !following.breakBefore ? end - i : 0
}

/** Words that make a time exact: "at exactly 3pm", "precisely at noon". */
const EXACT: ReadonlySet<string> = new Set(['exactly', 'precisely'])
const TIME_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'when',
  'once',
  'after',
  'until',
  'till',
  'before',
  'if',
  'whenever',
])
const PRECISE_TIME = /^(?:\d|noon$|midday$|midnight$|at$|on$|by$)/

/** "100 percent", "100 per cent": the unit goes with the number, or "percent" is left alone. */
function percentWordsAfter(words: readonly Word[], i: number): Word {
  const word = words[i] as Word
  if (word.normal !== '100') return word
  const next = words[i + 1]
  if (next && /^(?:percent|pc|pct)$/.test(next.normal)) return next
  if (next?.normal === 'per' && words[i + 2]?.normal === 'cent') return words[i + 2] as Word
  return word
}

/** ", 100%" or ", definitely" tacked on after the guaranteeing clause goes too: "by Monday, 100%." -> "by Monday." */
function strayCertainty(sentence: Sentence, clauseStart: number, clauseEnd: number): Edit[] {
  const edits: Edit[] = []
  const words = sentence.words
  const at = (offset: number) => offset - sentence.range[0]
  words.forEach((word, i) => {
    // A deadline word tagged on after the time, anywhere: "by tomorrow morning latest", "on the 3rd
    // no later", "by the 12th guaranteed".
    const tail = tailCertaintyAt(words, i)
    if (tail) {
      const previous = words[i - 1] as Word
      edits.push({ range: [previous.range[1], (words[i + tail - 1] as Word).range[1]], text: '' })
      return
    }
    // "deliver it latest Wednesday": the deadline before the day becomes plain "by".
    const day = words[i + 1]
    if (
      word.normal === 'latest' &&
      day &&
      !day.breakBefore &&
      !/^(?:the|at|by)$/.test(words[i - 1]?.normal ?? '')
    ) {
      if (TIME_WORD.test(day.normal)) {
        edits.push({ range: word.range, text: matchCase(word.text, 'by') })
        return
      }
      if (day.normal === 'by') {
        const removal = removeWords(sentence, word, word)
        if (removal) edits.push(...removal)
        return
      }
    }
    // "at exactly 3pm": an estimate of a time is never exact.
    if (EXACT.has(word.normal) && PRECISE_TIME.test(words[i + 1]?.normal ?? '')) {
      const removal = removeWords(sentence, word, word)
      if (removal) edits.push(...removal)
      return
    }
    if (i >= clauseStart && i < clauseEnd) return
    // "…and Toll drops it to you Thursday": a flat present arrival in another clause of the sentence.
    const present = presentSwap(words, i)
    const subject = words[i - 1]
    if (
      present &&
      subject &&
      !word.breakBefore &&
      (PRESENT_SUBJECTS.has(subject.normal) || NAMED.test(subject.text)) &&
      // "…when it arrives": a time clause, not a forecast.
      !TIME_CLAUSE_OPENERS.has(words[i - 2]?.normal ?? '')
    ) {
      edits.push({ range: word.range, text: matchCase(word.text, present) })
      return
    }
    // "so without fail you'll have them…": a certain phrase before the guaranteeing clause goes too.
    const certain = certainPhraseAt(words, i)
    if (certain) {
      const removal = removeWords(sentence, word, words[i + certain - 1] as Word)
      if (removal) edits.push(...removal)
      return
    }
    const percent = word.normal === '100' && sentence.text.charAt(at(word.range[1])) === '%'
    // "…18th, not later": the deadline tacked on as its own clause.
    const later = words[i + 1]
    const noLater = /^(?:not|no)$/.test(word.normal) && later?.normal === 'later' && !later.breakBefore
    if (!percent && !noLater && !certaintyAdverbs.has(word.normal) && !TACKED_PLEDGES.has(word.normal)) return
    const previous = words[i - 1]
    if (!previous) return
    const unit = noLater ? (later as Word) : percentWordsAfter(words, i)
    // "…tomorrow, promise x": the kiss goes with the pledge.
    const kiss =
      words[i + 1] && /^x+$/.test((words[i + 1] as Word).normal) ? (words[i + 1] as Word) : undefined
    const end = kiss ? kiss.range[1] : unit !== word ? unit.range[1] : word.range[1] + (percent ? 1 : 0)
    const before = sentence.text.slice(at(previous.range[1]), at(word.range[0]))
    const after = sentence.text.charAt(at(end))
    if (/^\s*,\s*$/.test(before) && (after === '' || /[.!?,;]/.test(after)))
      edits.push({ range: [previous.range[1], end], text: '' })
  })
  return edits
}

/** "is arriving" -> "should arrive", "it's being delivered" -> "it should be delivered". */
function progressiveSwap(words: readonly Word[], i: number): Edit | undefined {
  const word = words[i] as Word
  const previous = words[i - 1]
  if (!previous || word.breakBefore) return undefined
  const verb = word.normal === 'arriving' ? 'arrive' : word.normal === 'being' ? 'be' : undefined
  if (!verb) return undefined
  // "its arriving" and "theyre arriving" are typed without the apostrophe (normalised to "it's").
  const subject = /^(it's|they're)$/.test(previous.normal)
    ? `${previous.text.replace(/['\u2019]?(?:s|re)$/i, '')} `
    : ''
  if (!subject && !/^(is|are)$/.test(previous.normal)) return undefined
  const text = subject ? `${subject}should ${verb}` : matchCase(previous.text, `should ${verb}`)
  return { range: [previous.range[0], word.range[1]], text }
}

/** `words[index]` is the last word of its clause: the clause or the sentence ends, or punctuation follows. */
function endsClause(words: readonly Word[], index: number, clauseEnd: number): boolean {
  const next = words[index + 1]
  return index + 1 >= clauseEnd || !next || next.breakBefore
}

/** A clause that is only a pledge about what came before: "it's guaranteed", "that's certain". */
const TAGGED_PLEDGE_CLAUSE =
  /^(?:it's|that's|this is|it is|that is) (?:(?:100|absolutely|definitely) )?(?:guaranteed|certain|definite|promised|a promise|a guarantee)(?: x+)?$/

/** A chance ruled out: "zero chance", "no way", "not a chance", "no chance". */
const RULED_OUT = /\b(?:zero|no|not a|nil) (?:chance|way|risk|possibility)\b/

/**
 * Rewrites the clause as an estimate: certainty words go, "will" becomes "should" and a pledge
 * ("I guarantee that") is dropped. "You'll definitely get it today" becomes "It's expected to
 * arrive today". No promise to update is added: the rewrite promises nothing the draft did not.
 * `undefined` when a change would cut into a slot, a quotation or a link.
 */
function estimateEdits(
  sentence: Sentence,
  matched: readonly Word[],
  withStrays: boolean,
): Edit[] | undefined {
  const words = sentence.words
  const edits: Edit[] = []
  // Only the clause that holds the guarantee changes: "…and I will update you" keeps its "will".
  const [clauseStart, clauseEnd] = clauseAround(words, matched)
  // "There's zero chance it'll be late": certainty put as a ruled-out chance has no estimate
  // inside it to keep ("zero chance it should be late"); the seller rewords it.
  if (
    RULED_OUT.test(
      words
        .slice(clauseStart, clauseEnd)
        .map((word) => word.normal)
        .join(' '),
    )
  )
    return undefined
  // "…tomorrow, it's guaranteed": a pledge clause tagged on goes whole ("…, it's expected" reads as
  // an afterthought and says nothing the estimate does not).
  const clauseWords = words.slice(clauseStart, clauseEnd).map((word) => word.normal)
  if (clauseStart > 0 && TAGGED_PLEDGE_CLAUSE.test(clauseWords.join(' '))) {
    const last = words[clauseEnd - 1] as Word
    edits.push({ range: [(words[clauseStart - 1] as Word).range[1], last.range[1]], text: '' })
    if (withStrays) edits.push(...strayCertainty(sentence, clauseStart, clauseEnd))
    return dedupe(edits)
  }
  // "you'll get the full amount back", "…by Friday or your money back": money promised back is an
  // unreviewed refund, and "should" does not take the promise out of it, in its clause or beside it
  // (no-unreviewed-refund says what to write instead).
  const normals = words.map((word) => word.normal)
  if (normals.includes('back') && normals.some((normal) => MONEY_BACK.has(normal))) return undefined
  // "I'll refund you right now and you'll see it by tomorrow": the timing of a refund the sentence
  // itself promises; hedging the time leaves the promise (no-unreviewed-refund's to rewrite).
  if (REFUND_PROMISED.test(sentence.text)) return undefined
  const special = receiveItShape(words.slice(clauseStart, clauseEnd))
  // The words the special shape rewrote are not looked at again.
  let skipFrom = Number.POSITIVE_INFINITY
  let skipUntil = 0
  if (special) {
    edits.push({ range: [special.start, special.end], text: special.text })
    skipFrom = special.start
    skipUntil = special.end
  }
  for (let i = clauseStart; i < clauseEnd; i++) {
    const word = words[i] as Word
    if (word.range[0] >= skipFrom && word.range[0] < skipUntil) continue
    const next = words[i + 1]
    // "I can confirm that it will arrive…": vouching for what the estimate now hedges goes with it
    // ("I can confirm that it should arrive" contradicts itself).
    const confirming = vouchingLength(words, i)
    if (confirming > 0 && i === clauseStart) {
      edits.push(...dropOpening(word, words[i + confirming] as Word, i === 0))
      i += confirming - 1
      continue
    }
    if ((word.normal === 'i' || word.normal === 'we') && next && pledgeVerbs.has(next.normal)) {
      // Drop "I guarantee (you) (that)" and capitalise what follows when it opened the sentence.
      let end = i + 2
      while (end < words.length && /^(you|that|can)$/.test((words[end] as Word).normal)) end++
      const following = words[end]
      // A pledge tagged on ("…on Friday, I guarantee it.", "…, I promise you that."): the whole tag
      // goes, with its comma.
      const tagEnd =
        following && pledgeObjects.has(following.normal) && endsClause(words, end, clauseEnd)
          ? end
          : end > i + 2 && endsClause(words, end - 1, clauseEnd)
            ? end - 1
            : -1
      if (tagEnd >= 0) {
        if (i > 0) {
          edits.push({ range: [(words[i - 1] as Word).range[1], (words[tagEnd] as Word).range[1]], text: '' })
          // What the tag vouched for keeps no certainty either: "Your ferns will arrive healthy, I
          // guarantee it." -> "Your ferns should arrive healthy."
          edits.push(...pledgedClauseEdits(sentence, i))
        }
        i = tagEnd
        continue
      }
      if (!following) continue
      edits.push(...dropOpening(word, following, i === 0))
      i = end - 1
      continue
    }
    const certain = certainPhraseAt(words, i)
    if (certain) {
      // "…before 1pm without fail": an estimate cannot keep the pledge.
      const removal = removeWords(sentence, word, words[i + certain - 1] as Word)
      if (!removal) return undefined
      edits.push(...removal)
      i += certain - 1
      continue
    }
    if (
      certaintyAdverbs.has(word.normal) ||
      (word.normal === 'for' && next && /^(sure|certain)$/.test(next.normal))
    ) {
      const last = word.normal === 'for' ? (next as Word) : percentWordsAfter(words, i)
      const removal = removeWords(sentence, word, last)
      if (!removal) return undefined
      edits.push(...removal)
      if (word.normal === 'for') i++
      continue
    }
    // "is going to", "it's going to", "they're gonna" -> "should", "it should", "they should".
    const going = (word.normal === 'going' && next?.normal === 'to') || word.normal === 'gonna'
    const previous = words[i - 1]
    if (going && previous && (/^(is|are)$/.test(previous.normal) || SUBJECT_OF_BE[previous.normal])) {
      const subject = SUBJECT_OF_BE[previous.normal]
      const end = word.normal === 'gonna' ? word : (next as Word)
      edits.push({
        range: [previous.range[0], end.range[1]],
        text: matchCase(previous.text, subject ? `${subject} should` : 'should'),
      })
      if (end === next) i++
      continue
    }
    const progressive = progressiveSwap(words, i)
    if (progressive) {
      edits.push(progressive)
      continue
    }
    const present = presentSwap(words, i)
    if (present && (matched.includes(word) || PRESENT_SUBJECTS.has(words[i - 1]?.normal ?? ''))) {
      edits.push({ range: word.range, text: matchCase(word.text, present) })
      continue
    }
    // "…by Wednesday, guaranteed.": a pledge tacked on after a comma goes with it ("…, expected" reads wrong).
    const tacked = tackedOnAt(sentence, words, i)
    if (tacked) {
      edits.push(tacked)
      continue
    }
    // "you guaranteed to have it by Wednesday", the copula left out: "you should have it".
    const after = words[i + 1]
    if (
      word.normal === 'guaranteed' &&
      BARE_SUBJECTS.has(words[i - 1]?.normal ?? '') &&
      after?.normal === 'to' &&
      !after.breakBefore
    ) {
      edits.push({ range: [word.range[0], after.range[1]], text: matchCase(word.text, 'should') })
      continue
    }
    const swap = SWAPS[word.normal]
    if (swap !== undefined) {
      // "a guaranteed date" -> "an expected date": the article agrees.
      const swapped = replaceWords(sentence, word, word, swap ?? '')
      if (!swapped) return undefined
      edits.push(...swapped)
    }
  }
  if (edits.some((edit) => /\b(?:should|shouldn't|expected|expect)\b/.test(edit.text)))
    edits.push(...joinedVerbEdits(sentence, clauseEnd), ...consequenceEdits(sentence))
  // Once per sentence (with the first report): stray certainty words and vouching.
  if (withStrays)
    edits.push(
      ...strayCertainty(sentence, clauseStart, clauseEnd),
      ...assuranceEdits(sentence, clauseStart, clauseEnd),
    )
  return dedupe(edits)
}

/** "will" in the clause a tagged-on pledge vouches for (the words before word `end`), not the writer's own "I'll". */
function pledgedClauseEdits(sentence: Sentence, end: number): Edit[] {
  const words = sentence.words
  let start = end - 1
  while (start > 0 && !(words[start] as Word).breakBefore) start--
  for (let i = start; i < end; i++) {
    const word = words[i] as Word
    const swap = MODAL_SWAPS.has(word.normal) ? SWAPS[word.normal] : undefined
    if (!swap || (i > 0 && /^(i|we)$/.test((words[i - 1] as Word).normal))) continue
    return replaceWords(sentence, word, word, swap) ?? []
  }
  return []
}
/** The modals a pledge's clause may lean on; the writer's own ("I'll", "we'll") are not among them. */
const MODAL_SWAPS: ReadonlySet<string> = new Set([
  'will',
  'shall',
  "it'll",
  'itll',
  "they'll",
  'theyll',
  "you'll",
  'youll',
])

/** "…and gets to you on the 11th" after a clause now hedged with "should": each joined verb in turn. */
function joinedVerbEdits(sentence: Sentence, clauseEnd: number): Edit[] {
  const edits: Edit[] = []
  const words = sentence.words
  let joiner = clauseEnd
  while (/^(and|then)$/.test(words[joiner]?.normal ?? '')) {
    const verb = words[joiner + 1]
    const base = verb && !verb.breakBefore ? JOINED_SWAPS[verb.normal] : undefined
    if (!verb || base === undefined) break
    const swapped = base === '' ? removeWords(sentence, verb, verb) : replaceWords(sentence, verb, verb, base)
    if (!swapped) break
    edits.push(...swapped)
    joiner = joiner + 2
    while (
      joiner < words.length &&
      !(words[joiner] as Word).breakBefore &&
      !/^(and|then)$/.test((words[joiner] as Word).normal)
    )
      joiner++
  }
  return edits
}

/**
 * Vouching an estimate cannot keep ("I'm certain it'll be there" -> "It should be there"; "…by
 * Friday, you have my word." -> "…by Friday."), in the guaranteeing clause or as a clause of its own.
 */
function assuranceEdits(sentence: Sentence, clauseStart: number, clauseEnd: number): Edit[] {
  const edits: Edit[] = []
  const words = sentence.words
  for (const match of assurances().find(sentence)) {
    const first = match.words[0] as Word
    const last = match.words[match.words.length - 1] as Word
    const inside = first.indexInSentence >= clauseStart && last.indexInSentence < clauseEnd
    const following = words[last.indexInSentence + 1]
    const alone = (first.indexInSentence === 0 || first.breakBefore) && (!following || following.breakBefore)
    // "I can confirm your parcel will…": the vouch leads straight into the guaranteeing clause.
    const leads = first.indexInSentence === 0 && last.indexInSentence + 1 === clauseStart
    if (!inside && !alone && !leads) continue
    const removal = removeWords(sentence, first, last)
    if (removal) edits.push(...removal)
  }
  return edits
}

/** "…, guaranteed." ending its sentence or clause: the removal of the word and its comma. */
function tackedOnAt(sentence: Sentence, words: readonly Word[], i: number): Edit | undefined {
  const word = words[i] as Word
  const previous = words[i - 1]
  if (word.normal !== 'guaranteed' || !previous) return undefined
  const at = (offset: number) => offset - sentence.range[0]
  const before = sentence.text.slice(at(previous.range[1]), at(word.range[0]))
  const after = sentence.text.charAt(at(word.range[1]))
  return /^\s*,\s*$/.test(before) && (after === '' || /[.!?,;]/.test(after))
    ? { range: [previous.range[1], word.range[1]], text: '' }
    : undefined
}

/** A word that makes a statement an estimate; a rewrite without one estimates nothing. */
const HEDGE =
  /\b(?:should|shouldn['\u2019]?t|expected|estimated|usually|normally|likely|probably|may|might|aim|aiming|hope|hoping)\b/i

/** Phrases of certainty that an estimate cannot keep ("should arrive Monday without fail"). */
const CERTAIN_PHRASES: readonly (readonly string[])[] = [
  ['without', 'fail'],
  ['every', 'time'],
  ['every', 'single', 'time'],
  ['simple', 'as', 'that'],
  ['no', 'question'],
  ['no', 'doubt'],
  ['no', 'doubt', 'about', 'it'],
  ['no', 'doubt', 'about', 'that'],
  ['no', 'question', 'about', 'it'],
  ['no', 'question', 'about', 'that'],
  // Reassurance tagged on to the promise: "…before Diwali, you need not worry at all".
  ['you', 'need', 'not', 'worry'],
  ['you', 'need', 'not', 'worry', 'at', 'all'],
  ['no', 'need', 'to', 'worry'],
  ['nothing', 'to', 'worry', 'about'],
  ['no', 'matter', 'what'],
  ['come', 'what', 'may'],
  ['whatever', 'happens'],
  // Certainty tagged on in any English: "between 8 and 10, on the dot", "sure na sure", "no shaking".
  ['on', 'the', 'dot'],
  ['sure', 'na', 'sure'],
  ['sure', 'banker'],
  ['no', 'shaking'],
  ['no', 'shaking', 'at', 'all'],
  ['no', 'doubt', 'at', 'all'],
  ['for', 'sure'],
  // "with complete certainty", "in all confidence".
  ...['with', 'in'].flatMap((preposition) =>
    ['total', 'complete', 'full', 'absolute', 'every', 'all'].flatMap((degree) =>
      ['confidence', 'certainty'].map((noun) => [preposition, degree, noun]),
    ),
  ),
]

/**
 * Money that comes back ("the full amount back", "your money back"): a promise of it is a refund
 * promise, whatever its tense. When a refund lands is a timing like any other.
 */
const MONEY_BACK: ReadonlySet<string> = new Set([
  'money',
  'amount',
  'cash',
  'penny',
  'pennies',
  'cent',
  'everything',
])

const REFUND_PROMISED =
  /\b(?:i'll|i’ll|ill|we'll|we’ll|i will|we will|i'm going to|we're going to|i am going to|we are going to)(?: just| happily| gladly| also| personally)? (?:refund|reimburse)\b/i

/** A name as the subject: "Toll", "DPD", "An Post" (its last word). */
const NAMED = /^\p{Lu}[\p{L}'’-]*$/u

/** Words that make a time a deadline when they end its clause: "by Friday latest", "on the 3rd no later". */
const TAIL_CERTAINTY: readonly (readonly string[])[] = [
  ['at', 'the', 'latest'],
  ['latest'],
  ['no', 'later'],
  ['guaranteed'],
  ['for', 'sure'],
  ['for', 'certain'],
  ['without', 'fail'],
  // "in 2 days flat", "at 3pm sharp", "Tuesday 10:30 exactly", "tomorrow confirm one".
  ['flat'],
  ['sharp'],
  ['exactly'],
  ['precisely'],
  ['confirm', 'one'],
  ['confirm'],
  ['confirmed'],
  ['pakka'],
]

/** The length of a deadline tail starting at word `i` and ending its clause after a time word, or 0. */
function tailCertaintyAt(words: readonly Word[], i: number): number {
  const previous = words[i - 1]
  if (!previous || (words[i] as Word).breakBefore) return 0
  const afterTime = TIME_WORD.test(previous.normal)
  for (const tail of TAIL_CERTAINTY) {
    // "latest" needs a time before it ("the latest model" is a noun); "guaranteed", "for sure" at a
    // clause's end are tags after anything ("…will fix that guaranteed").
    // "…, that's guaranteed" is a pledge clause of its own, which goes whole (TAGGED_PLEDGE_CLAUSE).
    if (!afterTime && (!TAGS_ANYWHERE.has(tail.join(' ')) || CLAUSE_SUBJECT.test(previous.normal))) continue
    if (!tail.every((part, k) => words[i + k]?.normal === part)) continue
    const after = words[i + tail.length]
    if (!after || after.breakBefore) return tail.length
    // "by 6pm latest today": the day after the tail still ends the clause.
    const next = words[i + tail.length + 1]
    if (afterTime && DAY_AFTER_TAIL.test(after.normal) && (!next || next.breakBefore)) return tail.length
  }
  return 0
}

const DAY_AFTER_TAIL = /^(?:today|tonight|tomorrow|tmrw|tmr)$/
const TAGS_ANYWHERE: ReadonlySet<string> = new Set(['guaranteed', 'for sure', 'for certain'])
const CLAUSE_SUBJECT = /^(?:that's|thats|it's|its|is|was|be|been|are)$/

/** The end of a time expression: a day, a date, a part of the day. */
const TIME_WORD =
  /^(?:\d{1,2}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}|today|tonight|tomorrow|morning|afternoon|evening|night|noon|midday|lunchtime|weekend|week|days|hours|weeks|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}(?:am|pm)|am|pm)$/

/** The length of the longest certain phrase starting at word `i`, or 0. */
function certainPhraseAt(words: readonly Word[], i: number): number {
  let longest = 0
  for (const phrase of CERTAIN_PHRASES)
    if (phrase.length > longest && phrase.every((part, k) => words[i + k]?.normal === part))
      longest = phrase.length
  return longest
}

const CLAUSE_JOINERS = new Set(['and', 'but', 'so', 'or', 'then', 'while', 'because'])

/** Word indexes [start, end) of the clause holding the match: bounded by punctuation or a joining word. */
function clauseAround(words: readonly Word[], matched: readonly Word[]): [number, number] {
  if (matched.length === 0) return [0, words.length]
  const first = (matched[0] as Word).indexInSentence
  const last = (matched[matched.length - 1] as Word).indexInSentence
  let start = first
  while (
    start > 0 &&
    !(words[start] as Word).breakBefore &&
    !CLAUSE_JOINERS.has((words[start - 1] as Word).normal)
  )
    start--
  let end = last + 1
  while (
    end < words.length &&
    !(words[end] as Word).breakBefore &&
    !CLAUSE_JOINERS.has((words[end] as Word).normal)
  )
    end++
  return [start, end]
}

/** "You'll (definitely) get it" -> "it's expected to arrive" (the guide's own example). */
function receiveItShape(words: readonly Word[]): { start: number; end: number; text: string } | undefined {
  for (let i = 0; i < words.length; i++) {
    const subject = words[i] as Word
    let j = i
    if (subject.normal === "you'll") j = i + 1
    else if (subject.normal === 'you' && words[i + 1]?.normal === 'will') j = i + 2
    else continue
    while (words[j] && certaintyAdverbs.has((words[j] as Word).normal)) j++
    const verb = words[j]
    const object = words[j + 1]
    if (!verb || !object || !/^(get|receive|have)$/.test(verb.normal) || !/^(it|them)$/.test(object.normal))
      continue
    // "you'll have it before the party" keeps its own verb: "…arrive Wednesday, so it's expected to
    // arrive…" would say arrive twice.
    const text =
      verb.normal === 'have'
        ? `you should have ${object.normal}`
        : object.normal === 'it'
          ? "it's expected to arrive"
          : "they're expected to arrive"
    return {
      start: subject.range[0],
      end: object.range[1],
      // "You'll" -> "It's", "you'll" (after "Sorry,") -> "it's"
      text: matchCase(subject.text, text),
    }
  }
  return undefined
}

/**
 * What the arrival was promised for, stated as settled: "…, so you'll be all set for the party"
 * still promises once the arrival is an estimate, so it is estimated with it ("you should be").
 */
function consequenceEdits(sentence: Sentence): Edit[] {
  const words = sentence.words
  for (let i = 0; i + 2 < words.length; i++) {
    if ((words[i] as Word).normal !== 'so') continue
    const subject = words[i + 1] as Word
    const second = words[i + 2]
    const third = words[i + 3]
    // "you'll be", "you're", "you will be", "you are": the words that become "you should be".
    let verbWords: Word[] = []
    if (subject.normal === "you'll" && second?.normal === 'be') verbWords = [subject, second]
    else if (subject.normal === "you're") verbWords = [subject]
    else if (subject.normal === 'you' && second?.normal === 'will' && third?.normal === 'be')
      verbWords = [subject, second, third]
    else if (subject.normal === 'you' && second?.normal === 'are') verbWords = [subject, second]
    // "so you won't have to pay anything": "you shouldn't have to".
    if (subject.normal === 'you' && /^(?:won't|wont)$/.test(second?.normal ?? '') && !second?.breakBefore)
      return [
        {
          range: [subject.range[0], (second as Word).range[1]],
          text: matchCase(subject.text, "you shouldn't"),
        },
      ]
    // "so you'll have plenty of time", "so you will have it for Saturday": "you should have".
    if (/^(?:you'll|youll)$/.test(subject.normal) && second?.normal === 'have' && !second.breakBefore)
      return [{ range: subject.range, text: matchCase(subject.text, 'you should') }]
    if (
      subject.normal === 'you' &&
      second?.normal === 'will' &&
      third?.normal === 'have' &&
      !second.breakBefore
    )
      return [{ range: [subject.range[0], second.range[1]], text: matchCase(subject.text, 'you should') }]
    // "so you've nothing to worry about", "so there's no need to worry": a reassurance that rests on
    // the promise; with the promise now an estimate it claims too much, and it goes.
    if (
      NO_WORRY.test(
        words
          .slice(i + 1, i + 7)
          .map((word) => word.normal)
          .join(' '),
      )
    ) {
      const removed = removeClause(sentence, words[i] as Word)
      if (removed) return removed
    }
    const end = verbWords[verbWords.length - 1]
    const state = words[i + 1 + verbWords.length]
    if (!end || !state || !SETTLED_STATES.test(state.normal)) continue
    if ([...verbWords, state].some((word) => word.breakBefore)) continue
    return [{ range: [subject.range[0], end.range[1]], text: matchCase(subject.text, 'you should be') }]
  }
  return []
}
const NO_WORRY =
  /^(?:you've|youve|you have|you|there's|theres|there is|that's|thats|it's|its)? ?(?:got )?(?:nothing|no need|no reason|none) (?:to|at all to)? ?(?:worry|stress|fret|panic)\b|^(?:no need to|nothing to|don't|dont|do not) (?:worry|stress|fret|panic)\b/
const SETTLED_STATES = /^(all|set|ready|sorted|covered|good|fine)$/

/** A subject contracted with "be" ("it's going to"), and the subject alone. */
const SUBJECT_OF_BE: Readonly<Record<string, string>> = {
  "it's": 'it',
  its: 'it',
  "they're": 'they',
  theyre: 'they',
}

/**
 * Sorts the edits and drops any that overlap an earlier one. A capital given to a word that is also
 * swapped goes into the swap: "I promise itll be there" -> "It should be there".
 */
function dedupe(edits: Edit[]): Edit[] {
  edits.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  const merged = edits.filter((edit, i) => {
    const next = edits[i + 1]
    const capital = edit.range[1] - edit.range[0] === 1 && /^\p{Lu}$/u.test(edit.text)
    if (!capital || !next || next.range[0] !== edit.range[0] || next.text === '') return true
    next.text = next.text.charAt(0).toUpperCase() + next.text.slice(1)
    return false
  })
  return merged.filter((edit, i) => i === 0 || edit.range[0] >= (merged[i - 1] as Edit).range[1])
}
