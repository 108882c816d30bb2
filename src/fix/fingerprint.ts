/**
 * A short fingerprint of a whole text: its length and two independent 32-bit hashes of its UTF-16
 * code units (FNV-1a and a multiply-rotate hash). Each diagnostic carries the fingerprint of the
 * text it was found in, and `applyFixes` refuses its edits on any other text: offsets into one
 * text mean nothing in another, even where the flagged words happen to match. Linear in the
 * length, about a millisecond per megabyte.
 */
export function textFingerprint(text: string): string {
  let fnv = 0x811c9dc5
  let mix = 0x9e3779b9
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    fnv = Math.imul(fnv ^ code, 0x01000193)
    mix = Math.imul((mix << 5) | (mix >>> 27), 0x5bd1e995) ^ code
  }
  const hex = (hash: number) => (hash >>> 0).toString(16).padStart(8, '0')
  return `${text.length.toString(36)}:${hex(fnv)}${hex(mix)}`
}
