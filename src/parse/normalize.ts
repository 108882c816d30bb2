import {
  AMBIGUOUS_CONTRACTIONS,
  BASE_VERBS,
  ILL_AS_ADJECTIVE_AFTER,
  ILL_AS_ADJECTIVE_BEFORE,
  MASK_LETTERS,
  MASKABLE_WORDS,
  OTHERWISE,
  PREDICATE_STARTS,
  SPELLINGS,
} from './spelling.js'

/** Printable ASCII only: NFKC leaves it as it is, and of the characters unified below only "`" is ASCII. */
const PRINTABLE_ASCII = /^[ -~]*$/

/**
 * Normalises a word for matching: lower case, typographic apostrophes to `'`,
 * every dash to `-`, and compatibility forms folded (NFKC) so full-width letters match.
 */
export function normalizeWord(word: string): string {
  if (PRINTABLE_ASCII.test(word)) {
    const lower = word.toLowerCase()
    return lower.includes('`') ? lower.replaceAll('`', "'") : lower
  }
  return word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201B\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u2010-\u2015\u2212\uFE63\uFF0D]/g, '-')
}

/** Zero-width characters and the soft hyphen, which hide inside words ("Whats\u200BApp"). */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200D\u2060\uFEFF]/g

/** {@link normalizeWord} without the invisible characters that can hide inside a word. */
export function normalizeVisible(word: string): string {
  return normalizeWord(INVISIBLE.test(word) ? word.replace(INVISIBLE, '') : word)
}

const MASK_CHARACTER = /[*#%@$!0-9]/
const MODALS_BEFORE_HAVE: ReadonlySet<string> = new Set([
  'should',
  'could',
  'would',
  'must',
  'might',
  "shouldn't",
  "couldn't",
  "wouldn't",
  'shoulda',
])
const MASKED_SHAPE = /^[\p{L}*#%@$!0-9]+$/u

/**
 * The standard spelling of each word of a sentence, given their {@link normalizeWord} forms:
 * contractions written without the apostrophe ("dont", and "ill"/"well"/"its" where the next word
 * shows they are "I'll"/"we'll"/"it's"), chat shorthand, common misspellings and masked swear
 * words ("f***ed"). Words already standard come back as they are.
 */
export function standardSpellings(normals: readonly string[]): string[] {
  const out = normals.slice()
  for (let i = 0; i < normals.length; i++) {
    const word = normals[i] as string
    // "should of", "could of": "have" misheard after a modal.
    if (
      word === 'of' &&
      i > 0 &&
      MODALS_BEFORE_HAVE.has(out[i - 1] as string) &&
      normals[i + 1] !== 'course'
    ) {
      out[i] = 'have'
      continue
    }
    const known = SPELLINGS.get(word)
    if (known !== undefined) {
      out[i] = known
      continue
    }
    const ambiguous = AMBIGUOUS_CONTRACTIONS.get(word)
    if (ambiguous) {
      const next = normals[i + 1]
      const nextStandard = next === undefined ? undefined : (SPELLINGS.get(next) ?? next)
      if (nextStandard !== undefined && follows(ambiguous.before, nextStandard))
        out[i] = ambiguous.contraction
      else if (word === 'ill' && nextStandard !== undefined && illIsContraction(normals[i - 1], nextStandard))
        out[i] = ambiguous.contraction
      else out[i] = OTHERWISE.get(word) ?? word
      continue
    }
    if (word.includes(' ')) {
      // A word spelled out letter by letter ("f u c k").
      const joined = word.replaceAll(' ', '')
      if (isSwearWord(joined)) out[i] = joined
      continue
    }
    if (MASK_CHARACTER.test(word) && /\p{L}/u.test(word) && MASKED_SHAPE.test(word)) {
      const unmasked = unmask(word)
      if (unmasked) out[i] = unmasked
    } else if (word.includes('zz')) {
      // "zz" for "ss", a spelling that dodges filters: "azzhole" (and never "pizza" or "jazz").
      const unzipped = word.replaceAll('zz', 'ss')
      if (isSwearWord(unzipped)) out[i] = unzipped
    }
  }
  return out
}

/** "ill" as "I'll": not after a copula, a feeling or a degree word, and not before "health" and the like. */
function illIsContraction(previous: string | undefined, next: string): boolean {
  if (previous !== undefined && (ILL_AS_ADJECTIVE_BEFORE.has(previous) || previous.endsWith('ly')))
    return false
  return /^[a-z]+$/.test(next) && !ILL_AS_ADJECTIVE_AFTER.has(next)
}

function follows(kind: 'verb' | 'predicate', word: string): boolean {
  if (kind === 'verb') return BASE_VERBS.has(word)
  if (PREDICATE_STARTS.has(word)) return true
  // "its arriving", "its shipped": a verb form, not a noun ending in -ing ("its packaging").
  const stem = word.replace(/(?:ing|ed)$/, '')
  return (
    stem !== word && (BASE_VERBS.has(stem) || BASE_VERBS.has(`${stem}e`) || BASE_VERBS.has(stem.slice(0, -1)))
  )
}

let maskable: Set<string> | undefined

/** One of the swear words masked spellings are read as ("fucking", spelled "f u c k i n g"). */
export function isSwearWord(word: string): boolean {
  maskable ??= new Set(MASKABLE_WORDS)
  return maskable.has(word)
}

let maskableByLength: Map<number, string[]> | undefined

/**
 * The swear word a masked spelling stands for ("f***ed" -> "fucked", "a$$hole" -> "asshole",
 * "sh1t" -> "shit"), or undefined. Each mask character stands for exactly one letter; look-alike
 * characters only for the letters they resemble.
 */
export function unmask(word: string): string | undefined {
  if (!maskableByLength) {
    maskableByLength = new Map()
    for (const candidate of MASKABLE_WORDS) {
      const list = maskableByLength.get(candidate.length) ?? []
      list.push(candidate)
      maskableByLength.set(candidate.length, list)
    }
  }
  const letters = [...word]
  // At least one letter is written plainly, and at least one character is a mask.
  if (!letters.some((char) => /\p{L}/u.test(char) && !MASK_LETTERS.has(char))) return undefined
  for (const candidate of maskableByLength.get(letters.length) ?? []) {
    let fits = true
    let masked = false
    for (let k = 0; k < letters.length && fits; k++) {
      const char = letters[k] as string
      const target = candidate.charAt(k)
      if (char === target) continue
      const stands = MASK_LETTERS.get(char)
      if (stands === undefined) fits = false
      else if (stands === '' || stands.includes(target) || besideGenericMask(letters, k)) masked = true
      else fits = false
    }
    if (fits && masked) return candidate
  }
  return undefined
}

/** Beside "*", "#" or "%", a look-alike is one more symbol of the run ("f@#king"), not the letter it resembles. */
function besideGenericMask(letters: readonly string[], k: number): boolean {
  return [letters[k - 1], letters[k + 1]].some((char) => char !== undefined && MASK_LETTERS.get(char) === '')
}
