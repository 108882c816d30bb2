import { describeValue, ReplyLintError } from '../errors.js'
import { LruMap } from '../lru-map.js'
import { parseDocument, type ReplyDocument, type Sentence, type Word } from '../parse/document.js'
import { CompiledLexicon, type FindOptions } from '../phrases/lexicon.js'
import { parsePattern, splitSlots } from '../phrases/pattern.js'
import type { Excuse } from './excuses.js'

/** Which error a bad list gets: `allow` is a lint option, `rules.<id>.allow` a rule option. */
type ListErrorCode = 'invalid-options' | 'invalid-rule-options'

/** Allowed phrases may stand anywhere, quoted or after a negation: they are names, not claims. */
const EVERY_OCCURRENCE: FindOptions = Object.freeze({ includeQuoted: true, overlapping: true })

/** A slot written in the pattern syntax: a group, a gap, a lemma, a class, an optional word, a comma. */
const PATTERN_SLOT = /[()|{}]|^[~@*]|.\?$|^,$/

/** A word of a plain allowed phrase: its normal form, and how its letters are capitalised if it has capitals. */
interface PhraseWord {
  readonly normal: string
  readonly capitals: string | undefined
}

/**
 * Phrases that are never reported (`allow`, globally or per rule): a shop's service called
 * "Guaranteed Delivery", a brand, a product line. A plain phrase matches its words as the parser
 * reads them, whatever the punctuation between them, and a word written with capitals only as
 * written ("Guaranteed Delivery" is the service, "guaranteed delivery tomorrow" a promise). A
 * phrase in the lexicon's pattern syntax (`(next|same) day guaranteed`, `~guarantee delivery`) is
 * compiled into a lexicon and matches in any case.
 */
export class AllowList {
  constructor(
    readonly phrases: readonly string[],
    private readonly plain: readonly (readonly PhraseWord[])[],
    private readonly patterns: CompiledLexicon | undefined,
  ) {}

  /** For each word of `sentence` (by its place in the sentence), whether an allowed phrase covers it. */
  covered(sentence: Sentence): readonly boolean[] | undefined {
    const words = sentence.words
    let covered: boolean[] | undefined
    const cover = (from: number, to: number) => {
      covered ??= words.map(() => false)
      for (let i = from; i < to; i++) covered[i] = true
    }
    for (const phrase of this.plain)
      for (let start = 0; start + phrase.length <= words.length; start++)
        if (phrase.every((word, k) => sameWord(words[start + k] as Word, word)))
          cover(start, start + phrase.length)
    for (const match of this.patterns?.find(sentence, EVERY_OCCURRENCE) ?? [])
      for (const word of match.words) cover(word.indexInSentence, word.indexInSentence + 1)
    return covered
  }
}

function sameWord(word: Word, phraseWord: PhraseWord): boolean {
  return (
    word.normal === phraseWord.normal &&
    (phraseWord.capitals === undefined || capitals(word.text) === phraseWord.capitals)
  )
}

/** Where a word has capitals: "Guaranteed" -> "Ulllllllll"; undefined for a word without any. */
function capitals(text: string): string | undefined {
  if (!/\p{Lu}/u.test(text)) return undefined
  return text.replace(/[^\p{L}]/gu, '').replace(/\p{L}/gu, (letter) => (/\p{Lu}/u.test(letter) ? 'U' : 'l'))
}

/**
 * Compiled lists by their phrases: `lint(text, { allow })` called draft after draft compiles its
 * list once (a compiled lexicon also takes a place in the shared sentence index).
 */
const compiledLists = new LruMap<string, AllowList>(64)

/**
 * Checks and compiles an `allow` list; undefined for none or an empty one. Every mistake is a
 * {@link ReplyLintError} naming the phrase (`allow[2]`, `rules.no-guarantees.allow[0]`).
 */
export function compileAllowList(value: unknown, field: string, code: ListErrorCode): AllowList | undefined {
  if (value === undefined) return undefined
  if (!Array.isArray(value) || value.some((phrase) => typeof phrase !== 'string'))
    throw new ReplyLintError(
      code,
      `${field} must be an array of phrases, e.g. ["Guaranteed Delivery"]; got ${describeValue(value)}.`,
      field,
    )
  if (value.length === 0) return undefined
  const key = JSON.stringify(value)
  let list = compiledLists.get(key)
  if (!list) {
    const plain: PhraseWord[][] = []
    const patterns: string[] = []
    ;(value as string[]).forEach((phrase, index) => {
      const where = `${field}[${index}]`
      // The phrase as written must be a valid pattern: its mistakes are named in its own terms.
      const parsed = asOptionError(code, where, () => parsePattern(phrase, where))
      if (parsed.every((slot) => slot.optional))
        throw new ReplyLintError(code, `${where}: "${phrase}" can match no words at all.`, where)
      const slots = splitSlots(phrase.trim(), where)
      if (slots.some((slot) => PATTERN_SLOT.test(slot))) patterns.push(toPattern(slots, phrase, where, code))
      else plain.push(phraseWords(phrase, where, code))
    })
    // One entry for all: two patterns that allow the same words are not a conflict here.
    const lexicon =
      patterns.length === 0
        ? undefined
        : asOptionError(
            code,
            field,
            () => new CompiledLexicon({ name: field, entries: [{ match: patterns, negatable: false }] }),
          )
    list = new AllowList(Object.freeze([...(value as string[])]), plain, lexicon)
    compiledLists.set(key, list)
  }
  return list
}

/** A plain phrase's words, read as the parser reads a draft (so with their standard spellings). */
function phraseWords(phrase: string, where: string, code: ListErrorCode): PhraseWord[] {
  const words = parseDocument(phrase).words.map((word) => ({
    normal: word.normal,
    capitals: capitals(word.text),
  }))
  if (words.length === 0)
    throw new ReplyLintError(code, `${where}: ${describeValue(phrase)} has no words to match.`, where)
  return words
}

/**
 * A phrase written in the pattern syntax, as a lexicon pattern that matches however it is
 * punctuated: runs of plain words are read as the parser reads a draft ("Acme, Inc." is `acme`
 * and `inc`), slots in the pattern syntax stay as they are, and punctuation may stand between
 * any two slots (` , `).
 */
function toPattern(rawSlots: readonly string[], phrase: string, where: string, code: ListErrorCode): string {
  const slots: string[] = []
  let plain: string[] = []
  const flushPlain = () => {
    if (plain.length === 0) return
    for (const word of parseDocument(plain.join(' ')).words) slots.push(word.normal)
    plain = []
  }
  for (const slot of rawSlots) {
    if (!PATTERN_SLOT.test(slot)) plain.push(slot)
    else {
      flushPlain()
      if (slot !== ',') slots.push(slot)
    }
  }
  flushPlain()
  if (slots.length === 0)
    throw new ReplyLintError(code, `${where}: ${describeValue(phrase)} has no words to match.`, where)
  return slots.join(' , ')
}

/** Runs `compile`, turning a lexicon error into the option's own error code, named by `field`. */
function asOptionError<T>(code: ListErrorCode, field: string, compile: () => T): T {
  try {
    return compile()
  } catch (error) {
    if (!(error instanceof ReplyLintError)) throw error
    const reason = error.message.replace(/^[^:]*: /, '')
    throw new ReplyLintError(code, `${field}: ${reason}`, field)
  }
}

/**
 * The words an allowed phrase covers, for the post-step that drops diagnostics (see `dropExcused`):
 * the global list for every rule, and each rule's own list for that rule. Which words a list covers
 * is worked out once per sentence, and only for sentences a diagnostic flags.
 */
export function allowListExcuse(
  document: ReplyDocument,
  global: AllowList | undefined,
  byRule: ReadonlyMap<string, AllowList>,
): Excuse | undefined {
  if (!global && byRule.size === 0) return undefined
  const coverage = new Map<AllowList, Array<readonly boolean[] | null>>()
  const covers = (list: AllowList, sentenceIndex: number, indexInSentence: number): boolean => {
    let bySentence = coverage.get(list)
    if (!bySentence) {
      bySentence = []
      coverage.set(list, bySentence)
    }
    let covered = bySentence[sentenceIndex]
    if (covered === undefined) {
      covered = list.covered(document.sentences[sentenceIndex] as Sentence) ?? null
      bySentence[sentenceIndex] = covered
    }
    return covered !== null && covered[indexInSentence] === true
  }
  return {
    covers(word, ruleId) {
      if (global && covers(global, word.sentenceIndex, word.indexInSentence)) return true
      const own = byRule.get(ruleId)
      return own !== undefined && covers(own, word.sentenceIndex, word.indexInSentence)
    },
    // A name inside a phrase match: "our Guaranteed" is about "Guaranteed Delivery".
    edges: true,
  }
}
