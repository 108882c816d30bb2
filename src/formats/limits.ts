import { ReplyLintError } from '../errors.js'

/**
 * What the Markdown and HTML paths take on, checked by a cheap linear scan of the source before
 * any parser runs. The parsers are not linear on every input (micromark is quadratic in list items
 * and in emphasis and link markers, cubic in nested emphasis; see BENCHMARKS.md), and walking a
 * deep tree can exhaust the call stack; within these limits, parsing takes under a second.
 */
export const MARKUP_LIMITS = Object.freeze({
  /** Longest Markdown or HTML source, in UTF-16 code units (a reply is a few thousand). */
  length: 1024 * 1024,
  /** Deepest nesting: blockquotes and list items in Markdown, elements in HTML. */
  nesting: 256,
  /**
   * Most Markdown markup characters: `*`, `_`, `` ` ``, `[`, `]` and `<` anywhere outside code
   * blocks, and `>` or a list marker at the start of a line. Each starts a construct micromark
   * resolves against the others.
   */
  markdownMarkers: 5_000,
  /**
   * Most Markdown list items. Each new item of a nested list makes micromark copy every event of
   * the document so far, and mdast-util-from-markdown walks a list's events once per item.
   */
  markdownListItems: 1_000,
})

function tooLarge(format: string, length: number): never {
  throw new ReplyLintError(
    'input-too-large',
    `The ${format} draft is ${length} characters long; the limit is ${MARKUP_LIMITS.length}. Lint it as plain text (format: 'text') instead.`,
    'text',
  )
}

function tooDeep(format: string, depth: number, line: number): never {
  throw new ReplyLintError(
    'input-too-complex',
    `The ${format} draft nests ${depth} levels deep at line ${line}; the limit is ${MARKUP_LIMITS.nesting}. Lint it as plain text (format: 'text') instead.`,
    'text',
  )
}

/**
 * Refuses Markdown the parser could not handle in bounded time and stack: too long, nested too
 * deep, or with too many markup characters. One pass; fenced code blocks are skipped.
 */
export function checkMarkdownLimits(source: string): void {
  if (source.length > MARKUP_LIMITS.length) tooLarge('Markdown', source.length)
  let markers = 0
  let listItems = 0
  let line = 0
  /** The fence of the code block the scan is in: its character and length, or none. */
  let fence: { char: string; length: number } | undefined
  for (let lineStart = 0; lineStart < source.length; ) {
    line++
    let lineEnd = lineStart
    while (lineEnd < source.length && !isLineBreak(source.charCodeAt(lineEnd))) lineEnd++
    const next = nextLineStart(source, lineEnd)

    // Containers at the start of the line: `>`, `-`/`+`/`*` or `1.`/`1)` and a space.
    let at = lineStart
    let depth = 0
    let indent = 0
    for (;;) {
      const spaces = skipSpaces(source, at, lineEnd)
      if (depth === 0) indent = spaces.columns
      at = spaces.end
      const char = source.charAt(at)
      if (char === '>') {
        depth++
        at++
        continue
      }
      const marker = listMarkerEnd(source, at, lineEnd)
      if (marker < 0) break
      depth++
      listItems++
      at = marker
    }
    const opening = fence ? undefined : fenceAt(source, at, lineEnd)
    if (fence) {
      const closing = fenceAt(source, at, lineEnd)
      if (closing && closing.char === fence.char && closing.length >= fence.length && closing.info === '')
        fence = undefined
      lineStart = next
      continue
    }
    if (opening) {
      fence = opening
      markers += depth
      lineStart = next
      continue
    }
    // A list nested by indentation ("  - b" under "- a") is one level deeper per two columns.
    const nesting = depth > 0 ? depth + Math.floor(indent / 2) : 0
    if (nesting > MARKUP_LIMITS.nesting) tooDeep('Markdown', nesting, line)
    if (listItems > MARKUP_LIMITS.markdownListItems)
      throw new ReplyLintError(
        'input-too-complex',
        `The Markdown draft holds more than ${MARKUP_LIMITS.markdownListItems} list items by line ${line}. Lint it as plain text (format: 'text') instead.`,
        'text',
      )
    markers += depth
    for (; at < lineEnd; at++) {
      const code = source.charCodeAt(at)
      // * _ ` [ ] <
      if (code === 42 || code === 95 || code === 96 || code === 91 || code === 93 || code === 60) markers++
    }
    if (markers > MARKUP_LIMITS.markdownMarkers)
      throw new ReplyLintError(
        'input-too-complex',
        `The Markdown draft holds more than ${MARKUP_LIMITS.markdownMarkers} markup characters (emphasis, links, code, HTML, quotes and list markers) by line ${line}. Lint it as plain text (format: 'text') instead.`,
        'text',
      )
    lineStart = next
  }
}

/**
 * Refuses HTML that is too long, or whose elements nest too deep. The depth is worked out as the
 * HTML parser builds it, closely enough: void elements never open, `<p>`, `<li>`, `<td>` and
 * their kind close the open one they imply, an end tag closes up to its element, except that a
 * formatting element (`</b>`) closes only itself (the parser reopens the ones inside it), and the
 * content of comments, `<script>`, `<style>` and the like is skipped.
 */
export function checkHtmlLimits(source: string): void {
  if (source.length > MARKUP_LIMITS.length) tooLarge('HTML', source.length)
  const open: string[] = []
  let line = 1
  let lineCounted = 0
  const lineOf = (offset: number) => {
    for (; lineCounted < offset; lineCounted++) if (source.charCodeAt(lineCounted) === 10) line++
    return line
  }
  let at = 0
  while (at < source.length) {
    const lt = source.indexOf('<', at)
    if (lt < 0) break
    if (source.startsWith('<!--', lt)) {
      const end = source.indexOf('-->', lt + 4)
      at = end < 0 ? source.length : end + 3
      continue
    }
    const tag = readTag(source, lt)
    if (!tag) {
      at = lt + 1
      continue
    }
    at = tag.end
    const name = tag.name
    if (tag.closing) {
      closeElement(open, name)
      continue
    }
    if (RAW_TEXT.has(name)) {
      at = endTagFrom(source, name, at)
      continue
    }
    if (VOID.has(name)) continue
    // In SVG and MathML `<x/>` closes itself; in HTML it opens like `<x>`.
    if (tag.selfClosing && open.some((element) => element === 'svg' || element === 'math')) continue
    const closes = IMPLIED_CLOSE.get(name)
    if (closes) implyClose(open, closes)
    open.push(name)
    if (open.length > MARKUP_LIMITS.nesting) tooDeep('HTML', open.length, lineOf(lt))
  }
}

/**
 * Runs a markup parser, turning a stack overflow (a nesting the scan above did not foresee)
 * into the same typed error as the limit.
 */
export function parseWithinStack<T>(parse: () => T): T {
  try {
    return parse()
  } catch (error) {
    if (error instanceof RangeError)
      throw new ReplyLintError(
        'input-too-complex',
        "The draft nests deeper than the parser can follow. Lint it as plain text (format: 'text') instead.",
        'text',
      )
    throw error
  }
}

const isLineBreak = (code: number) => code === 10 || code === 13

function nextLineStart(source: string, lineEnd: number): number {
  if (source.charCodeAt(lineEnd) === 13 && source.charCodeAt(lineEnd + 1) === 10) return lineEnd + 2
  return lineEnd + 1
}

/** Spaces and tabs from `at`, with the columns they fill (a tab to the next multiple of four). */
function skipSpaces(source: string, at: number, end: number): { end: number; columns: number } {
  let columns = 0
  while (at < end) {
    const code = source.charCodeAt(at)
    if (code === 32) columns++
    else if (code === 9) columns += 4 - (columns % 4)
    else break
    at++
  }
  return { end: at, columns }
}

/** Where a list marker starting at `at` ends (after `-`, `+`, `*` or 1-9 digits and `.`/`)`), or -1. */
function listMarkerEnd(source: string, at: number, lineEnd: number): number {
  let end = at
  const char = source.charAt(at)
  if (char === '-' || char === '+' || char === '*') end = at + 1
  else {
    while (end < lineEnd && end - at < 9 && isDigit(source.charCodeAt(end))) end++
    if (end === at || (source.charAt(end) !== '.' && source.charAt(end) !== ')')) return -1
    end++
  }
  const after = source.charCodeAt(end)
  return end === lineEnd || after === 32 || after === 9 ? end : -1
}

const isDigit = (code: number) => code >= 48 && code <= 57

/** A code fence (three or more backticks or tildes) at `at`, with what follows it on the line. */
function fenceAt(
  source: string,
  at: number,
  lineEnd: number,
): { char: string; length: number; info: string } | undefined {
  const char = source.charAt(at)
  if (char !== '`' && char !== '~') return undefined
  let end = at
  while (end < lineEnd && source.charAt(end) === char) end++
  if (end - at < 3) return undefined
  return { char, length: end - at, info: source.slice(end, lineEnd).trim() }
}

/** A start or end tag at `lt` (`<name …>`, `</name>`), read past quoted attribute values. */
function readTag(
  source: string,
  lt: number,
): { name: string; closing: boolean; selfClosing: boolean; end: number } | undefined {
  let at = lt + 1
  const closing = source.charAt(at) === '/'
  if (closing) at++
  const nameStart = at
  while (at < source.length && /[A-Za-z0-9-]/.test(source.charAt(at))) at++
  if (at === nameStart || !/[A-Za-z]/.test(source.charAt(nameStart))) return undefined
  const name = source.slice(nameStart, at).toLowerCase()
  let quote = ''
  for (; at < source.length; at++) {
    const char = source.charAt(at)
    if (quote) {
      if (char === quote) quote = ''
    } else if (char === '"' || char === "'") quote = char
    else if (char === '>') return { name, closing, selfClosing: source.charAt(at - 1) === '/', end: at + 1 }
  }
  return { name, closing, selfClosing: false, end: source.length }
}

/** Where `</name` (any case) next starts from `at`: the end of a raw-text element's content. */
function endTagFrom(source: string, name: string, at: number): number {
  for (let end = source.indexOf('</', at); end >= 0; end = source.indexOf('</', end + 2))
    if (source.slice(end + 2, end + 2 + name.length).toLowerCase() === name) return end
  return source.length
}

function closeElement(open: string[], name: string): void {
  const index = open.lastIndexOf(name)
  if (index < 0) return
  if (FORMATTING.has(name)) open.splice(index, 1)
  else open.length = index
}

/**
 * A start tag that implies the end of open elements of `closes` (a `<tr>` ends the open row and
 * its cell) closes the lowest of them above the nearest boundary, and all it holds.
 */
function implyClose(open: string[], { closes, boundaries }: ImpliedClose): void {
  let lowest = -1
  for (let index = open.length - 1; index >= 0; index--) {
    const element = open[index] as string
    if (closes.has(element)) lowest = index
    else if (boundaries.has(element) || SCOPE_BOUNDARIES.has(element)) break
  }
  if (lowest >= 0) open.length = lowest
}

interface ImpliedClose {
  closes: ReadonlySet<string>
  boundaries: ReadonlySet<string>
}

const VOID = new Set(
  'area base basefont bgsound br col embed frame hr image img input keygen link meta param source track wbr'.split(
    ' ',
  ),
)
const RAW_TEXT = new Set('script style textarea title xmp iframe noembed noframes plaintext'.split(' '))
/** Elements an end tag of which closes only themselves: the parser reopens the formatting inside. */
const FORMATTING = new Set('a b big code em font i nobr s small strike strong tt u'.split(' '))
/** Elements a search for an element to close stops at. */
const SCOPE_BOUNDARIES = new Set('table td th caption html template applet object marquee button'.split(' '))
const PARAGRAPH_CLOSERS =
  'address article aside blockquote details dialog div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section table ul'.split(
    ' ',
  )
const implied = (closes: string, boundaries = ''): ImpliedClose => ({
  closes: new Set(closes.split(' ')),
  boundaries: new Set(boundaries.split(' ')),
})
const CLOSES_PARAGRAPH = implied('p')
const CLOSES_TABLE_PART = implied('tbody thead tfoot tr td th')
const IMPLIED_CLOSE = new Map<string, ImpliedClose>([
  ...PARAGRAPH_CLOSERS.map((name): [string, ImpliedClose] => [name, CLOSES_PARAGRAPH]),
  ['li', implied('li p', 'ul ol')],
  ['dt', implied('dt dd p', 'dl')],
  ['dd', implied('dt dd p', 'dl')],
  ['tr', implied('tr td th')],
  ['td', implied('td th', 'tr')],
  ['th', implied('td th', 'tr')],
  ['tbody', CLOSES_TABLE_PART],
  ['thead', CLOSES_TABLE_PART],
  ['tfoot', CLOSES_TABLE_PART],
  ['option', implied('option')],
  ['optgroup', implied('optgroup option')],
])
