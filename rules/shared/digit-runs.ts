/** A stretch of digits joined by phone-style separators: `+44 (0)20 7946-0958`, `4111 1111 1111 1111`. */
export interface DigitRun {
  /** Offsets relative to the scanned string. */
  start: number
  end: number
  text: string
  digits: string
  /** Digit groups as separated in the text: `1-800-555-1234` -> [1, 3, 3, 4]. */
  groups: number[]
  hasPlus: boolean
  hasParentheses: boolean
}

const isDigit = (code: number) => code >= 48 && code <= 57
/** A digit, or "+" or "(" before a digit. */
const RUN_START = /[0-9]|[+(][0-9]/g
/** Separators inside a run; a line break or two spaces in a row end it. */
const isSeparator = (char: string) =>
  char === ' ' || char === '-' || char === '.' || char === '(' || char === ')' || char === '\u00A0'

/**
 * Finds digit runs in one linear pass (the only regular expression finds where a run may start and
 * cannot backtrack, so hostile input stays linear).
 * A run must not touch a letter on either side, so `SKU123456789` and `12345abc` are not runs.
 */
export function findDigitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = []
  let i = 0
  while (i < text.length) {
    // Jump to the next place a run can start; most sentences have no digit at all.
    RUN_START.lastIndex = i
    const next = RUN_START.exec(text)
    if (!next) break
    i = next.index
    if (isWordChar(text, i - 1)) {
      i++
      continue
    }
    const start = i
    let lastDigitEnd = i
    let previousSpace = false
    let j = i
    while (j < text.length) {
      const char = text[j] as string
      if (isDigit(text.charCodeAt(j))) {
        lastDigitEnd = j + 1
        previousSpace = false
      } else if (j === start && (char === '+' || char === '(')) {
        previousSpace = false
      } else if (isSeparator(char)) {
        const space = char === ' ' || char === '\u00A0'
        if (space && previousSpace) break
        previousSpace = space
      } else break
      j++
    }
    if (lastDigitEnd > start && !isWordChar(text, lastDigitEnd)) {
      const raw = text.slice(start, lastDigitEnd)
      runs.push({
        start,
        end: lastDigitEnd,
        text: raw,
        digits: raw.replace(/\D/g, ''),
        groups: raw
          .split(/\D+/)
          .filter((group) => group !== '')
          .map((group) => group.length),
        hasPlus: raw.startsWith('+'),
        hasParentheses: raw.includes('('),
      })
    }
    i = Math.max(j, i + 1)
  }
  return runs
}

function isWordChar(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false
  return /[\p{L}\p{N}_@/#]/u.test(text.charAt(index))
}
