import type { Range, Sentence, Word } from '../../src/core.js'
import { SCARE_QUOTABLE, TAUTOLOGY_SUBJECTS } from '../lexicons/hostile-tone.js'
import { closingRunHasQuestionMark } from './prose-fixer.js'

const scareQuotable: ReadonlySet<string> = new Set(SCARE_QUOTABLE)
const tautologySubjects: ReadonlySet<string> = new Set(TAUTOLOGY_SUBJECTS)
const OPEN_QUOTES = new Set(["'", '"', '\u2018', '\u201C'])
const CLOSE_QUOTES = new Set(["'", '"', '\u2019', '\u201D'])

/**
 * A word for what the customer said set in quotes of its own after a determiner: "your 'feedback'",
 * "the “damage”". Returns the range of the quoted word with its quote marks.
 */
export function scareQuoted(sentence: Sentence): Range | undefined {
  const { words, text } = sentence
  const base = sentence.range[0]
  for (let i = 1; i < words.length; i++) {
    const word = words[i] as Word
    if (!scareQuotable.has(word.normal)) continue
    const before = words[i - 1] as Word
    if (!/^(your|ur|the|this|that|these|those|such)$/.test(before.normal)) continue
    const open = text.charAt(word.range[0] - base - 1)
    const close = text.charAt(word.range[1] - base)
    if (OPEN_QUOTES.has(open) && CLOSE_QUOTES.has(close) && word.range[0] - 1 > before.range[1])
      return [word.range[0] - 1, word.range[1] + 1]
  }
  return undefined
}

/**
 * A tautology that answers "when?" with nothing: "it'll get there when it gets there", "your tea
 * towel will go out when it goes out". The verb after "when" repeats the one before it (with the
 * same particle, if any), after a future ("'ll", "will") or in the same form.
 */
export function tautology(sentence: Sentence): Range | undefined {
  const words = sentence.words
  for (let k = 2; k + 2 < words.length; k++) {
    if ((words[k] as Word).normal !== 'when' || !tautologySubjects.has((words[k + 1] as Word).normal))
      continue
    const later = words[k + 2] as Word
    const particle = words[k + 3]
    for (const gap of [1, 2]) {
      const verb = words[k - gap]
      if (!verb) continue
      if (gap === 2 && (!particle || (words[k - 1] as Word).normal !== particle.normal)) continue
      const sameForm = verb.normal === later.normal
      const inflected = later.normal === `${verb.normal}s` || later.normal === `${verb.normal}es`
      const before = words[k - gap - 1]?.normal ?? ''
      const future = before === 'will' || before.endsWith("'ll") || before === 'gonna'
      if (!sameForm && !(inflected && future)) continue
      const end = gap === 2 ? (particle as Word) : later
      return [verb.range[0], end.range[1]]
    }
  }
  return undefined
}

/**
 * A mock hesitation inside a question: "Did you try, I don't know, reading the label?". The aside,
 * set off by commas, pretends to search for what the writer thinks obvious.
 */
export function mockHesitation(sentence: Sentence): Range | undefined {
  if (!closingRunHasQuestionMark(sentence.text)) return undefined
  const words = sentence.words
  let askedYou = false
  for (let i = 1; i < words.length - 1; i++) {
    const word = words[i] as Word
    if (word.normal === 'you' || word.normal === 'u') askedYou = true
    if (!askedYou || !word.breakBefore) continue
    // "I dunno," or "dunno," or "I don't know," or "idk," between commas.
    let at = word.normal === 'i' ? i + 1 : i
    const first = words[at]
    if (first?.normal === 'dunno' || first?.normal === 'idk') at += 1
    else if (first?.normal === "don't" && words[at + 1]?.normal === 'know') at += 2
    else continue
    if (words[at]?.breakBefore !== true) continue
    return [word.range[0], (words[at - 1] as Word).range[1]]
  }
  return undefined
}
