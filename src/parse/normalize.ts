/**
 * Normalises a word for matching: lower case, typographic apostrophes to `'`,
 * every dash to `-`, and compatibility forms folded (NFKC) so full-width letters match.
 */
export function normalizeWord(word: string): string {
  return word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201B\u02BC\u0060\u00B4]/g, "'")
    .replace(/[\u2010-\u2015\u2212\uFE63\uFF0D]/g, '-')
}
