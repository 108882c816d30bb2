import type { Range, Sentence, Word } from '../../src/core.js'

/**
 * Contact details written so that a link or number finder misses them: an e-mail spelled out
 * ("priya dot nair at outlook dot com", "jo [at] shop [dot] com"), letters spaced apart
 * ("m a x @ g m x . d e"), a phone number in words ("oh seven seven double two …").
 */
export interface HiddenContact {
  kind: 'email' | 'phone'
  range: Range
}

/** Mail providers: "name at outlook" is an address even without "dot com". */
const PROVIDERS = new Set([
  'gmail',
  'googlemail',
  'outlook',
  'hotmail',
  'yahoo',
  'icloud',
  'gmx',
  'live',
  'aol',
  'proton',
  'protonmail',
  'btinternet',
  'sky',
  'ymail',
  'mail',
  'zoho',
  'rediffmail',
])
/** Top-level domains and the common second levels before them. */
const TLDS = new Set([
  'com',
  'net',
  'org',
  'co',
  'uk',
  'ie',
  'de',
  'fr',
  'au',
  'ca',
  'in',
  'io',
  'nz',
  'us',
  'eu',
  'es',
  'it',
  'nl',
  'shop',
  'store',
  'biz',
  'info',
  'me',
])

const AT_WORDS = new Set(['at'])
const DOT_WORDS = new Set(['dot', 'period'])

/** E-mail addresses and phone numbers hidden in words. Linear in the sentence. */
export function findHiddenContacts(sentence: Sentence): HiddenContact[] {
  return [...spelledEmails(sentence), ...spacedOut(sentence), ...phoneInWords(sentence)]
}

/** "name dot surname at outlook dot com", "jo [at] bramblehome [dot] com". */
function spelledEmails(sentence: Sentence): HiddenContact[] {
  const words = sentence.words
  const found: HiddenContact[] = []
  for (let i = 1; i < words.length - 1; i++) {
    const at = words[i] as Word
    if (!AT_WORDS.has(at.normal)) continue
    const bracketed = isBracketed(sentence, at)
    // The domain: a word, then ("dot" word)*, ending in a top-level domain; or a known provider.
    let end = i + 1
    const domain = words[end] as Word
    if (!/^[\p{L}\p{N}-]+$/u.test(domain.text)) continue
    let dots = 0
    while (
      end + 2 < words.length &&
      isDot(sentence, words, end + 1) &&
      /^[\p{L}\p{N}-]+$/u.test((words[end + 2] as Word).text)
    ) {
      end += 2
      dots++
    }
    const last = words[end] as Word
    const provider = PROVIDERS.has(domain.normal)
    if (!(provider || (dots > 0 && TLDS.has(last.normal)))) continue
    // The local part: a word, with ("dot" word)* before it.
    let start = i - 1
    let localDots = 0
    while (start - 2 >= 0 && isDot(sentence, words, start - 1)) {
      start -= 2
      localDots++
    }
    // "meet at Outlook Road" is not an address: something must say it is one.
    if (!(bracketed || localDots > 0 || dots > 0)) continue
    found.push({ kind: 'email', range: [(words[start] as Word).range[0], last.range[1]] })
    i = end
  }
  return found
}

/** A "dot" word, or "[dot]" / "(dot)", at word index `index`. */
function isDot(sentence: Sentence, words: readonly Word[], index: number): boolean {
  const word = words[index]
  return word !== undefined && DOT_WORDS.has(word.normal)
}

/** The word stands in brackets: "[at]", "(at)", "{at}". */
function isBracketed(sentence: Sentence, word: Word): boolean {
  const base = sentence.range[0]
  const before = sentence.text.slice(Math.max(0, word.range[0] - base - 2), word.range[0] - base).trim()
  const after = sentence.text.slice(word.range[1] - base, word.range[1] - base + 2).trim()
  return /[[({]$/.test(before) && /^[\])}]/.test(after)
}

/** Single characters separated by single spaces: "m a x . r e p a i r s @ g m x . d e". */
const SPACED = /(?<!\S)(?:\S ){4,}\S(?!\S)/g
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/
const WEB_START = /^(?:https?:\/\/|www\.)/i
const SITE = /^[\w-]+\.(?:com|net|org|co\.uk|shop|store|io)$/i

/** "www.shop.com", "https://x.co/a", "shopname.com": a web address once the spaces are gone. */
function isWebAddress(joined: string): boolean {
  if (WEB_START.test(joined))
    return joined.indexOf('.', joined.indexOf('.') + 1) > 0 || joined.startsWith('http')
  const host = joined.split('/')[0] ?? ''
  return SITE.test(host)
}

function spacedOut(sentence: Sentence): HiddenContact[] {
  const found: HiddenContact[] = []
  if (!sentence.text.includes(' ')) return found
  for (const match of sentence.text.matchAll(SPACED)) {
    const joined = match[0].replaceAll(' ', '')
    if (!EMAIL.test(joined) && !isWebAddress(joined)) continue
    const start = sentence.range[0] + match.index
    found.push({ kind: 'email', range: [start, start + match[0].length] })
  }
  return found
}

const DIGIT_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 1],
  ['oh', 1],
  ['o', 1],
  ['nought', 1],
  ['one', 1],
  ['two', 1],
  ['three', 1],
  ['four', 1],
  ['five', 1],
  ['six', 1],
  ['seven', 1],
  ['eight', 1],
  ['nine', 1],
])
const REPEATS: ReadonlyMap<string, number> = new Map([
  ['double', 2],
  ['treble', 3],
  ['triple', 3],
])
/** Fewer spoken digits are never a phone number. */
const MIN_SPOKEN_DIGITS = 7

/** "oh seven seven double two nine…" or "oh-seven-seven…": seven or more digits said as words. */
function phoneInWords(sentence: Sentence): HiddenContact[] {
  const found: HiddenContact[] = []
  const words = sentence.words
  let runStart = -1
  let digits = 0
  let pendingRepeat = 1
  const close = (endIndex: number) => {
    if (runStart >= 0 && digits >= MIN_SPOKEN_DIGITS)
      found.push({
        kind: 'phone',
        range: [(words[runStart] as Word).range[0], (words[endIndex] as Word).range[1]],
      })
    runStart = -1
    digits = 0
    pendingRepeat = 1
  }
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word
    const parts = word.normal.split('-')
    const count = countSpoken(parts)
    if (
      count === undefined ||
      (runStart >= 0 && word.breakBefore && !/^[\s,-]*$/.test(gapBefore(sentence, word)))
    ) {
      close(i - 1)
      if (count === undefined) continue
    }
    if (runStart < 0) runStart = i
    for (const part of parts) {
      const repeat = REPEATS.get(part)
      if (repeat) pendingRepeat = repeat
      else {
        digits += pendingRepeat
        pendingRepeat = 1
      }
    }
    void count
  }
  close(words.length - 1)
  return found
}

/** How many digits the parts say, or undefined when one is not a digit word. */
function countSpoken(parts: readonly string[]): number | undefined {
  let count = 0
  for (const part of parts) {
    if (DIGIT_WORDS.has(part)) count++
    else if (!REPEATS.has(part)) return undefined
  }
  return count
}

function gapBefore(sentence: Sentence, word: Word): string {
  const previous = sentence.words[word.indexInSentence - 1]
  if (!previous) return ''
  const base = sentence.range[0]
  return sentence.text.slice(previous.range[1] - base, word.range[0] - base)
}
