import { defineRule, type Edit, lazyLexicon, matchCase, type Sentence, type Word } from '../src/core.js'
import { docsUrl } from './docs-url.js'
import { CERTAINTY_ADVERBS, type GuaranteeTag, guaranteeLexicon } from './lexicons/guarantees.js'
import { timeExpressionLexicon } from './lexicons/time-expressions.js'

const guarantees = lazyLexicon(guaranteeLexicon)
const timeExpressions = lazyLexicon(timeExpressionLexicon)
const certaintyAdverbs = new Set<string>(CERTAINTY_ADVERBS)
const NUMERIC_DATE = /^\d{1,2}(?:st|nd|rd|th)?$|^\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?$/
const DATE_PREPOSITIONS = new Set(['by', 'before', 'on', 'until', 'till'])
const UPDATE_PROMISE = "we'll update you if anything changes"

export default defineRule({
  id: 'no-guarantees',
  meta: {
    description: 'Flags certain delivery dates and promised outcomes the seller does not control.',
    recommended: true,
    scope: 'sentence',
    defaultSeverity: 'error',
    hasSuggestions: true,
    defaultOptions: {},
    docsUrl: docsUrl('no-guarantees'),
  },
  messages: {
    certain:
      '"{{phrase}}" promises an outcome the courier controls, not you. If it slips, the broken promise turns into a dispute; give an estimate instead.',
    pledge:
      '"{{phrase}}" guarantees something you do not control. Customers hold sellers to guarantees in disputes; give an estimate instead.',
    timed:
      '"{{phrase}}" states a delivery time as certain. Couriers and customs can change it, so phrase it as an estimate and offer to update.',
    neverAgain:
      '"{{phrase}}" promises something no one can guarantee. Say what you are doing to prevent it instead.',
    suggestEstimate: 'Phrase it as an estimate and offer to update the customer.',
    suggestPrevention: 'Say what you are doing to prevent it instead.',
  },
  check(context) {
    for (const sentence of context.sentences) {
      for (const match of guarantees().find(sentence)) {
        const tag = match.tag as GuaranteeTag
        if (tag === 'timed' && !namesATime(sentence)) continue
        const suggestion =
          tag === 'neverAgain'
            ? {
                messageId: 'suggestPrevention' as const,
                edits: [
                  {
                    range: sentence.range,
                    text: withEnding("We're taking steps to stop this happening again.", sentence),
                  },
                ],
              }
            : { messageId: 'suggestEstimate' as const, edits: estimateEdits(sentence, match.words) }
        context.report({
          messageId: tag,
          range: match.range,
          data: { phrase: match.text },
          suggestions: [suggestion],
        })
      }
    }
  },
})

function namesATime(sentence: Sentence): boolean {
  if (timeExpressions().find(sentence).length > 0) return true
  return sentence.words.some(
    (word, i) =>
      NUMERIC_DATE.test(word.normal) &&
      i > 0 &&
      DATE_PREPOSITIONS.has((sentence.words[i - 1] as Word).normal),
  )
}

/** Word swaps that turn a certain statement into an estimate; `null` removes the word. */
const SWAPS: Record<string, string | null> = {
  will: 'should',
  shall: 'should',
  "it'll": 'it should',
  "they'll": 'they should',
  "you'll": 'you should',
  guaranteed: 'expected',
  guarantee: 'expect',
  guarantees: 'expects',
}

/**
 * Rewrites the sentence as an estimate: certainty words go, "will" becomes "should", a pledge
 * ("I guarantee that") is dropped, and a promise to update is added when the sentence has none.
 * "You'll definitely get it today" becomes "It's expected to arrive today, and we'll update you if anything changes."
 */
function estimateEdits(sentence: Sentence, matched: readonly Word[]): Edit[] {
  const words = sentence.words
  const edits: Edit[] = []
  // Only the clause that holds the guarantee changes: "…and I will update you" keeps its "will".
  const [clauseStart, clauseEnd] = clauseAround(words, matched)
  const special = receiveItShape(words.slice(clauseStart, clauseEnd), clauseStart === 0)
  let skipUntil = 0
  if (special) {
    edits.push({ range: [special.start, special.end], text: special.text })
    skipUntil = special.end
  }
  for (let i = clauseStart; i < clauseEnd; i++) {
    const word = words[i] as Word
    if (word.range[0] < skipUntil) continue
    const next = words[i + 1]
    if (
      (word.normal === 'i' || word.normal === 'we') &&
      next &&
      /^(guarantee|promise|assure)$/.test(next.normal)
    ) {
      // Drop "I guarantee (you) (that)" and capitalise what follows when it opened the sentence.
      let end = i + 2
      while (end < words.length && /^(you|that|can)$/.test((words[end] as Word).normal)) end++
      const following = words[end]
      if (!following) continue
      const atStart = i === 0
      edits.push({ range: [word.range[0], following.range[0]], text: '' })
      if (atStart)
        edits.push({
          range: [following.range[0], following.range[0] + 1],
          text: following.text.charAt(0).toUpperCase(),
        })
      i = end - 1
      continue
    }
    if (
      certaintyAdverbs.has(word.normal) ||
      (word.normal === 'for' && next && /^(sure|certain)$/.test(next.normal))
    ) {
      const last = word.normal === 'for' ? (next as Word) : word
      edits.push({ range: [word.range[0], removalEnd(sentence, last)], text: '' })
      if (word.normal === 'for') i++
      continue
    }
    if (
      word.normal === 'going' &&
      i > 0 &&
      /^(is|are)$/.test((words[i - 1] as Word).normal) &&
      next?.normal === 'to'
    ) {
      const previous = words[i - 1] as Word
      edits.push({ range: [previous.range[0], next.range[1]], text: matchCase(previous.text, 'should') })
      i++
      continue
    }
    const swap = SWAPS[word.normal]
    if (swap !== undefined)
      edits.push({ range: word.range, text: swap === null ? '' : matchCase(word.text, swap) })
  }
  if (!/\bupdate\b/i.test(sentence.text)) {
    const end = sentence.range[1] - (sentence.text.match(/[.!?…]+["'”’)]*$/)?.[0].length ?? 0)
    edits.push({ range: [end, end], text: `, and ${UPDATE_PROMISE}` })
  }
  return dedupe(edits)
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
function receiveItShape(
  words: readonly Word[],
  atSentenceStart: boolean,
): { start: number; end: number; text: string } | undefined {
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
    const text = object.normal === 'it' ? "it's expected to arrive" : "they're expected to arrive"
    return {
      start: subject.range[0],
      end: object.range[1],
      text: i === 0 ? text.charAt(0).toUpperCase() + text.slice(1) : text,
    }
  }
  return undefined
}

/** A removed word takes one neighbouring space with it, so no double space is left. */
function removalEnd(sentence: Sentence, word: Word): number {
  const after = sentence.text.charAt(word.range[1] - sentence.range[0])
  return after === ' ' ? word.range[1] + 1 : word.range[1]
}

function withEnding(replacement: string, sentence: Sentence): string {
  return /[.!?]$/.test(sentence.text) ? replacement : replacement.replace(/[.!?]$/, '')
}

function dedupe(edits: Edit[]): Edit[] {
  edits.sort((a, b) => a.range[0] - b.range[0])
  return edits.filter((edit, i) => i === 0 || edit.range[0] >= (edits[i - 1] as Edit).range[1])
}
