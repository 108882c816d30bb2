/**
 * Characters a terminal acts on instead of showing: C0 controls (ESC starts colour, cursor and
 * title sequences), DEL, C1 controls (U+009B is a one-character ESC [), the bidirectional overrides
 * and isolates that can make text read in a different order than it runs, and the Unicode line and
 * paragraph separators.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g

/**
 * Text from a draft or a file name made safe to print: every such character is shown as an escape
 * (`\x1B`, `\u202E`), so a draft containing "ESC[2J" cannot clear the screen or retitle the window.
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (char) => {
    const code = char.charCodeAt(0)
    return code <= 0xff
      ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`
      : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`
  })
}

/** A message on one line: line breaks and the spaces around them become one space, then made safe. */
export function oneLine(text: string): string {
  return terminalSafe(
    text
      .split(/[\r\n]/)
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .join(' '),
  )
}
