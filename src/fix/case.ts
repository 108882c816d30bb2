/**
 * Gives `replacement` the capitalisation of the text it replaces, so a rewrite at the start of a
 * sentence starts with a capital and one mid-sentence does not. "I" and words in capitals stay as written.
 */
export function matchCase(original: string, replacement: string): string {
  const first = original.match(/\p{L}/u)?.[0]
  if (!first || replacement === '') return replacement
  const [head = '', rest = ''] = [replacement.charAt(0), replacement.slice(1)]
  if (first === first.toUpperCase() && first !== first.toLowerCase()) return head.toUpperCase() + rest
  if (/^I\b/.test(replacement) || /^\p{Lu}{2}/u.test(replacement)) return replacement
  return head.toLowerCase() + rest
}

/** Capitalises the first letter of a sentence-initial rewrite. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
