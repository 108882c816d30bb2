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
