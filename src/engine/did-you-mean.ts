import { distance } from 'fastest-levenshtein'

/** " Did you mean "rules"?" for a name one or two typos away from a known one, else "". */
export function didYouMean(name: string, known: readonly string[]): string {
  const close = known.filter((candidate) => distance(candidate, name) <= 2)
  return close.length > 0 ? ` Did you mean "${close[0]}"?` : ''
}
