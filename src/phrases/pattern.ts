import { ReplyLintError } from '../errors.js'
import { compromise } from '../parse/compromise.js'
import { normalizeWord } from '../parse/normalize.js'
import { INFLECTION_TABLE } from './inflection-table.js'

/**
 * A word-level phrase pattern, written as words separated by spaces:
 *
 * - `refund`       the word itself (case, apostrophes and dashes normalised)
 * - `will|'ll`     one of several words
 * - `(you'll|you will)`  one of several word sequences
 * - `definitely?`  an optional word (also `(will|shall)?`)
 * - `*`            any one word; `*?` any one word or none; `*{0,3}` up to three words
 * - `~ship`        the word and its inflections: ship, ships, shipped, shipping
 * - `#number`     any word written in digits: 3, 14th, 6pm, 2-3, 12:30
 * - `@carrier`     any phrase of the lexicon's class `carrier` (also `@carrier?`, `(@carrier|@customs)`)
 * - `,`            a comma or other punctuation may stand here: `oh great , another`
 *
 * `(will|shall) definitely? ~arrive today` expands to every literal word sequence it allows. A
 * phrase never spans punctuation, so `*{0,3}` stays inside one clause.
 */
export type Slot =
  | { kind: 'words'; alternatives: readonly (readonly string[])[]; optional: boolean }
  | { kind: 'any'; optional: boolean }
  /** `,`: punctuation may stand between the words around it ("oh great , another"). */
  | { kind: 'break'; optional: true }

/** Named phrase classes a pattern may refer to with `@name`: each a list of word sequences. */
export type PhraseClasses = ReadonlyMap<string, readonly (readonly string[])[]>

/** Fails fast on exploding patterns: a lexicon is data, and data gets checked. */
export const MAX_EXPANSIONS = 20_000

/** The widest gap `*{m,n}` may leave: wider gaps match across unrelated clauses. */
export const MAX_GAP = 6

export const ANY_WORD = '*'
/** Stands for any word written in digits (see {@link isNumeral}). */
export const NUMERAL = '#number'
/** "3", "14th", "6pm", "2-3", "12:30", "£10" is not one (a price is not a count or a time). */
const NUMERAL_WORD = /^\d[\d.,:/-]*(?:st|nd|rd|th|am|pm|ish|h|hrs?)?$/
export const isNumeral = (normal: string): boolean => NUMERAL_WORD.test(normal)

const NO_CLASSES: PhraseClasses = new Map()

export function parsePattern(pattern: string, where: string, classes: PhraseClasses = NO_CLASSES): Slot[] {
  const source = pattern.trim()
  if (source === '')
    throw new ReplyLintError('invalid-lexicon', `${where}: a phrase pattern is empty.`, where)
  const slots = splitSlots(source, where).flatMap((raw): Slot[] => {
    if (raw === ',') return [{ kind: 'break', optional: true }]
    if (raw === ANY_WORD) return [{ kind: 'any', optional: false }]
    if (raw === `${ANY_WORD}?`) return [{ kind: 'any', optional: true }]
    const gap = /^\*\{(\d+),(\d+)\}$/.exec(raw)
    if (gap) {
      const least = Number(gap[1])
      const most = Number(gap[2])
      if (most < least || most === 0 || most > MAX_GAP)
        throw new ReplyLintError(
          'invalid-lexicon',
          `${where}: a gap "${raw}" must allow 1 to ${MAX_GAP} words, the least first.`,
          where,
        )
      return Array.from({ length: most }, (_, k) => ({ kind: 'any', optional: k >= least }))
    }
    let body = raw
    let optional = false
    if (body.endsWith('?') && body.length > 1) {
      optional = true
      body = body.slice(0, -1)
    }
    if (body.startsWith('(') !== body.endsWith(')'))
      throw new ReplyLintError('invalid-lexicon', `${where}: unbalanced parentheses in "${raw}".`, where)
    if (body.startsWith('(')) body = body.slice(1, -1)
    const alternatives = body.split('|').map((alternative) => {
      const words = alternative.trim().split(/\s+/)
      if (alternative.trim() === '' || words.some((word) => word === '' || /[()]/.test(word)))
        throw new ReplyLintError(
          'invalid-lexicon',
          `${where}: bad alternative "${alternative}" in "${pattern}".`,
          where,
        )
      return words
    })
    // A one-word lemma alternative expands to its inflections, a class to its phrases; sequences stay literal.
    const expanded = alternatives.flatMap((words): (readonly string[])[] => {
      const only = words.length === 1 ? (words[0] as string) : undefined
      if (only?.startsWith('~')) return inflections(only.slice(1)).map((form) => [form])
      if (only?.startsWith('@')) {
        const phrases = classes.get(only.slice(1))
        if (!phrases)
          throw new ReplyLintError(
            'invalid-lexicon',
            `${where}: no phrase class "${only}" in "${pattern}".`,
            where,
          )
        return [...phrases]
      }
      if (words.some((word) => word.startsWith('@')))
        throw new ReplyLintError(
          'invalid-lexicon',
          `${where}: a class stands alone in its alternative, not inside "${alternative(words)}".`,
          where,
        )
      return [words.map((word) => (word === NUMERAL ? word : normalizeWord(word)))]
    })
    const unique = new Map(expanded.map((words) => [words.join(' '), words]))
    return [{ kind: 'words', alternatives: [...unique.values()], optional }]
  })
  const first = slots[0]
  if (first?.kind === 'words' && first.alternatives.some((words) => words[0] === NUMERAL))
    throw new ReplyLintError(
      'invalid-lexicon',
      `${where}: "${NUMERAL}" stands after a word, not at the start of "${pattern}".`,
      where,
    )
  const edges = [slots[0], slots[slots.length - 1]]
  if (edges.some((slot) => slot?.kind === 'break'))
    throw new ReplyLintError(
      'invalid-lexicon',
      `${where}: a "," stands between words in "${pattern}".`,
      where,
    )
  if (edges.some((slot) => slot?.kind === 'any' && slot.optional))
    throw new ReplyLintError(
      'invalid-lexicon',
      `${where}: a gap stands between words, not at the start or end of "${pattern}".`,
      where,
    )
  return slots
}

const alternative = (words: readonly string[]) => words.join(' ')

/**
 * Compiles named classes of phrases (patterns; a class may use the classes listed before it) into
 * the word sequences `@name` stands for (`*` stays a wildcard inside them).
 */
export function compileClasses(
  classes: Readonly<Record<string, readonly string[]>> | undefined,
  where: string,
): PhraseClasses {
  const compiled = new Map<string, readonly (readonly string[])[]>()
  for (const [name, patterns] of Object.entries(classes ?? {})) {
    if (!/^[a-z][\w-]*$/i.test(name))
      throw new ReplyLintError('invalid-lexicon', `${where}: bad class name "${name}".`, where)
    const sequences = new Map<string, readonly string[]>()
    for (const pattern of patterns)
      for (const words of expandPattern(pattern, `${where}.classes.${name}`, compiled))
        sequences.set(words.join(' '), words)
    if (sequences.size === 0)
      throw new ReplyLintError('invalid-lexicon', `${where}: class "${name}" is empty.`, where)
    compiled.set(name, [...sequences.values()])
  }
  return compiled
}

/** Splits on spaces outside parentheses: `(you'll|you will) ~get it` -> 3 slots. */
export function splitSlots(source: string, where: string): string[] {
  const slots: string[] = []
  let depth = 0
  let current = ''
  for (const char of source) {
    if (char === '(') depth++
    if (char === ')') depth--
    if (depth < 0 || depth > 1)
      throw new ReplyLintError('invalid-lexicon', `${where}: bad parentheses in "${source}".`, where)
    if (/\s/.test(char) && depth === 0) {
      if (current !== '') slots.push(current)
      current = ''
    } else current += char
  }
  if (depth !== 0)
    throw new ReplyLintError('invalid-lexicon', `${where}: unbalanced parentheses in "${source}".`, where)
  if (current !== '') slots.push(current)
  return slots
}

/** Every literal word sequence a pattern allows (`*` stays as {@link ANY_WORD}). */
export function expandPattern(
  pattern: string,
  where: string,
  classes: PhraseClasses = NO_CLASSES,
): string[][] {
  let sequences: string[][] = [[]]
  for (const slot of parsePattern(pattern, where, classes)) {
    const next: string[][] = []
    if (slot.kind === 'break') continue
    for (const sequence of sequences) {
      if (slot.optional) next.push(sequence)
      if (slot.kind === 'any') next.push([...sequence, ANY_WORD])
      else for (const words of slot.alternatives) next.push([...sequence, ...words])
    }
    if (next.length > MAX_EXPANSIONS)
      throw new ReplyLintError(
        'invalid-lexicon',
        `${where}: "${pattern}" expands to too many phrases.`,
        where,
      )
    sequences = next
  }
  const nonEmpty = sequences.filter((sequence) => sequence.length > 0)
  if (nonEmpty.length !== sequences.length)
    throw new ReplyLintError('invalid-lexicon', `${where}: "${pattern}" can match no words at all.`, where)
  return nonEmpty
}

const inflectionCache = new Map<string, readonly string[]>()

/** compromise's word-form transforms (from its tagger's model), typed for the two calls used here. */
interface Transforms {
  verb: { conjugate(word: string, model: object): Record<string, string | undefined> }
  noun: { toPlural(word: string, model: object): string }
}

/**
 * A lemma and its verb and plural forms (both -lled and -led spellings). The lemmas of the bundled
 * lexicons come from a generated table, so compiling them does not load compromise; any other
 * lemma is conjugated by compromise on first use.
 */
export function inflections(lemma: string): readonly string[] {
  const base = normalizeWord(lemma)
  let forms = inflectionCache.get(base) ?? INFLECTION_TABLE.get(base)
  if (!forms) {
    forms = inflectWithCompromise(base)
    inflectionCache.set(base, forms)
  }
  return forms
}

/** {@link inflections} from compromise's conjugator, bypassing the table (which is made with it). */
export function inflectWithCompromise(lemma: string): string[] {
  const base = normalizeWord(lemma)
  const nlp = compromise()
  const transform = (nlp.methods() as { two: { transform: Transforms } }).two.transform
  const model = nlp.model()
  const forms = new Set([base])
  for (const [tense, form] of Object.entries(transform.verb.conjugate(base, model))) {
    if (tense === 'FutureTense' || !form || /\s/.test(form)) continue
    forms.add(normalizeWord(form))
  }
  forms.add(normalizeWord(transform.noun.toPlural(base, model)))
  for (const form of [...forms]) if (/lled$|lling$/.test(form)) forms.add(form.replace(/ll(ed|ing)$/, 'l$1'))
  forms.delete('')
  return [...forms]
}
