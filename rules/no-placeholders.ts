import { matchCase, type Range } from '../src/core.js'
import { createRule } from './create-rule.js'
import { GREETINGS, HTML_TAGS, LINK_STAND_INS, SLOT_HEADS, SLOT_MODIFIERS } from './lexicons/placeholders.js'
import { shorten } from './shared/prose-fixer.js'

const slotHeads = new Set(SLOT_HEADS)
const slotWords = new Set([...SLOT_HEADS, ...SLOT_MODIFIERS])
const htmlTags = new Set(HTML_TAGS)
const linkStandIns = new Set(LINK_STAND_INS)

type Kind = 'slot' | 'directive' | 'missingName' | 'filler'
interface Found {
  kind: Kind
  start: number
  end: number
  /** For `missingName`: the text that closes the gap, replacing [start, end). */
  fix?: string
}

// Every pattern is a single bounded character class between fixed delimiters: no nested
// quantifiers, so each scan is linear in the text.
/** `{{first_name}}`, `{{ Order Number }}` (Handlebars, Mustache, Liquid output). */
const DOUBLE_BRACE = /\{\{[^{}\n]{1,80}\}\}/g
/** `[[ContactUs]]` (template shortcut tags). */
const DOUBLE_BRACKET = /\[\[[^[\]\n]{1,60}\]\]/g
/** `${order.recipient_name}` (FreeMarker, JavaScript template strings). */
const DOLLAR_BRACE = /\$\{[^{}\n]{1,120}\}/g
/** `{first_name}`, `{0}` (format strings). */
const SINGLE_BRACE = /\{(?:[A-Za-z_][\w .-]{0,40}|\d{1,2})\}/g
/** `*|FNAME|*` (Mailchimp merge tags). */
const MERGE_TAG = /\*\|[A-Za-z0-9_:]{1,40}\|\*/g
/** `%FIRST_NAME%` (mail-merge fields). */
const PERCENT_FIELD = /%[A-Za-z_][A-Za-z0-9_]{1,40}%/g
/** `[Customer Name]`, `[ORDER_ID]`: judged by what is inside. */
const SQUARE = /\[([^[\]\n]{1,60})\]/g
/** `<ORDER_ID>`, `<Customer Name>`: judged by what is inside (HTML tags and `<URL>` are not slots). */
const ANGLE = /<([A-Za-z_][^<>\n]{0,60})>/g
/** `{% if %}`, `<% %>`, `<#include "x.ftl">`, `</#if>`, `<@macro/>`, `[#if]`: template code. */
const DIRECTIVES: ReadonlyArray<{ pattern: RegExp; needs: string }> = [
  { pattern: /\{%[^%\n]{0,200}%\}/g, needs: '%' },
  { pattern: /<%[^%\n]{0,200}%>/g, needs: '%' },
  { pattern: /<\/?[#@][A-Za-z][^<>\n]{0,200}>/g, needs: '<' },
  { pattern: /\[\/?#[A-Za-z][^[\]\n]{0,200}\]/g, needs: '[' },
]
/** `XX/XX`, `XXX`, `$XX.XX`: runs of X standing for digits. Each repeat starts with a separator, so no backtracking. */
const X_RUN = /[xX]+(?:[/.:-][xX]+)*/g
/** "Hi ," at the start of a line: a greeting whose name was left empty. */
const EMPTY_GREETING = new RegExp(
  `^([ \\t]*)(${GREETINGS.filter((word) => !['morning', 'afternoon', 'evening'].includes(word)).join('|')}|good (?:morning|afternoon|evening))([ \\t]+),`,
  'gim',
)
const LOREM = /\blorem ipsum\b/gi
/** "Your order number is ____.": a blank left to fill in (3–12 underscores). */
const BLANK = /_{3,12}/g

/** Words before a run of x's that make it a slot ("order xxx"), not kisses ("Sarah xxx"). */
const X_CUES_BEFORE = new Set([
  'order',
  'number',
  'no',
  'ref',
  'reference',
  'code',
  'id',
  'tracking',
  'is',
  'of',
])
const X_CUES_AFTER = new Set(['days', 'hours', 'weeks', 'minutes', 'business', 'working', 'items', 'units'])

const messages = {
  slot: '"{{phrase}}" looks like a template slot that was never filled in. The customer would see a form letter with a gap; fill it in or remove it.',
  directive:
    '"{{phrase}}" is template code that was never rendered. It tells the customer the reply is an unchecked form letter; remove it or render the template first.',
  missingName:
    'This greeting has a gap where the name should be, a sign of a template sent unfilled. Add the name or close the gap.',
  filler: 'This is placeholder filler text. Replace it with the real message before sending.',
  suggestCloseGap: 'Close the gap: "{{replacement}}".',
} as const

export default createRule({
  id: 'no-placeholders',
  meta: {
    description:
      'Flags unfilled template slots such as {{first_name}}, [CUSTOMER NAME], <ORDER_ID>, XX/XX and "Hi ,".',
    recommended: true,
    defaultSeverity: 'error',
    hasSuggestions: true,
    defaultOptions: {},
  },
  messages,
  check(context) {
    const text = context.text
    const known = new SortedRanges(knownRanges(text, context.replyContext.order))
    const found = scan(text).filter((item) => !known.overlaps(item.start, item.end))
    for (const item of removeOverlaps(found)) {
      const range: Range = [item.start, item.end]
      const phrase = shorten(text.slice(item.start, item.end), 40)
      if (item.kind === 'missingName' && item.fix !== undefined) {
        context.report({
          messageId: 'missingName',
          range,
          suggestions: [
            {
              messageId: 'suggestCloseGap',
              data: { replacement: item.fix },
              edits: [{ range, text: item.fix }],
            },
          ],
        })
      } else context.report({ messageId: item.kind, range, data: { phrase } })
    }
  },
})

/**
 * Every check below looks at a bounded neighbourhood of its match (or at a span worked out once
 * for the whole text), never at the whole line or text again: a long line holds many matches.
 */
function scan(text: string): Found[] {
  const found: Found[] = []
  const add = (kind: Kind, start: number, end: number) => found.push({ kind, start, end })
  let urls: SortedRanges | undefined
  const insideUrl = (index: number) => {
    urls ??= new SortedRanges(urlSpans(text))
    return urls.contains(index)
  }

  // Cheap gates: most replies hold none of these characters, and then only the X and greeting scans run.
  if (text.includes('{')) {
    for (const match of text.matchAll(DOUBLE_BRACE)) add('slot', match.index, match.index + match[0].length)
    for (const match of text.matchAll(SINGLE_BRACE)) add('slot', match.index, match.index + match[0].length)
  }
  if (text.includes('$')) {
    for (const match of text.matchAll(DOLLAR_BRACE)) add('slot', match.index, match.index + match[0].length)
  }
  if (text.includes('*|')) {
    for (const match of text.matchAll(MERGE_TAG)) add('slot', match.index, match.index + match[0].length)
  }
  if (text.includes('%')) {
    for (const match of text.matchAll(PERCENT_FIELD)) {
      const name = match[0].slice(1, -1)
      // `%E2%80%99` is URL encoding, not a field.
      if (/^[0-9a-f]{2}$/i.test(name) || insideUrl(match.index)) continue
      add('slot', match.index, match.index + match[0].length)
    }
  }
  for (const { pattern, needs } of DIRECTIVES)
    if (text.includes(needs))
      for (const match of text.matchAll(pattern)) add('directive', match.index, match.index + match[0].length)
  if (text.includes('[')) {
    for (const match of text.matchAll(DOUBLE_BRACKET)) add('slot', match.index, match.index + match[0].length)
    for (const match of text.matchAll(SQUARE)) {
      const end = match.index + match[0].length
      // `[here](https://…)` is Markdown link text.
      if (text.charAt(end) === '(' || text.charAt(match.index - 1) === '[') continue
      if (isSlotName(match[1] as string, 'square')) add('slot', match.index, end)
    }
  }
  if (text.includes('<')) {
    for (const match of text.matchAll(ANGLE))
      if (isSlotName(match[1] as string, 'angle')) add('slot', match.index, match.index + match[0].length)
  }
  if (/[xX]{2}|[xX][/.:-][xX]/.test(text)) {
    for (const match of text.matchAll(X_RUN)) {
      const start = match.index
      const end = start + match[0].length
      if (isXSlot(text, start, end, insideUrl)) add('slot', start, end)
    }
  }
  // An empty greeting has a space or tab right before its comma ("Hi ,"); most replies have neither.
  if (text.includes(' ,') || text.includes('\t,'))
    for (const match of text.matchAll(EMPTY_GREETING)) {
      const indent = (match[1] as string).length
      const greeting = match[2] as string
      const start = match.index + indent
      const end = match.index + match[0].length
      // "Dear ," cannot just close up ("Dear," reads oddly); "Hello," can.
      const fix = /^dear$/i.test(greeting) ? `${matchCase(greeting, 'hello')},` : `${greeting},`
      found.push({ kind: 'missingName', start, end, fix })
    }
  if (text.includes('___')) {
    for (const match of text.matchAll(BLANK)) {
      const start = match.index
      const end = start + match[0].length
      if (isWordChar(text.charAt(start - 1)) || isWordChar(text.charAt(end))) continue
      // A line of underscores is a divider, not a blank to fill in.
      if (onlyWhitespaceTo(text, start, -1) && onlyWhitespaceTo(text, end, 1)) continue
      add('slot', start, end)
    }
  }
  if (/lorem/i.test(text)) {
    // Filler runs to the end of its line; the line's end is found once, not once per match.
    let lineEnd = -1
    let fillerEnd = -1
    for (const match of text.matchAll(LOREM)) {
      if (match.index >= lineEnd) {
        lineEnd = text.indexOf('\n', match.index)
        if (lineEnd < 0) lineEnd = text.length
        fillerEnd = lineEnd
        while (fillerEnd > match.index && /\s/.test(text.charAt(fillerEnd - 1))) fillerEnd--
      }
      if (fillerEnd > match.index) add('filler', match.index, fillerEnd)
    }
  }
  return found
}

/**
 * Is the text inside `[…]` or `<…>` a slot name? Names in capitals ("CUSTOMER NAME"), with
 * underscores ("order_id") or in camelCase ("firstName") are; so are phrases made only of slot
 * words around a slot noun ("Customer Name", "Order #"). Mixed-case UI labels ("Track package",
 * "Reset"), HTML tags and link stand-ins (`<URL>`) are not.
 */
function isSlotName(inner: string, bracket: 'square' | 'angle'): boolean {
  const content = inner.trim()
  if (content === '' || !/\p{L}/u.test(content)) return false
  const words = content
    .toLowerCase()
    .split(/\s+/)
    .map(trimQuotes)
    .filter((word) => word !== '')
  if (bracket === 'angle') {
    if (/[=/"']/.test(content)) return false
    if (htmlTags.has(words[0] as string)) return false
  }
  if (words.length === 1 && linkStandIns.has(words[0] as string)) return false
  if (/^[A-Za-z]+(?:_[A-Za-z0-9]+)+$/.test(content)) return true
  if (/^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(content)) return true
  // "[Insert link]", "<insert photo here>": an instruction to the writer.
  if (words[0] === 'insert' && words.length > 1) return true
  const listed = words.every((word) => slotWords.has(word)) && words.some((word) => slotHeads.has(word))
  if (listed) return true
  // Capitals: a slot when it names a value ("NAME", "ORDER NUMBER"); "[SUBMIT]" stays a label.
  const letters = content.replace(/[^\p{L}]/gu, '')
  const capitals = letters.length >= 2 && letters === letters.toUpperCase()
  return capitals && words.some((word) => slotHeads.has(word))
}

/** A run of x's is a slot when it stands alone and reads like hidden digits, not like "Xbox" or kisses. */
function isXSlot(text: string, start: number, end: number, insideUrl: (index: number) => boolean): boolean {
  if (isWordChar(text.charAt(start - 1)) || isWordChar(text.charAt(end))) return false
  if (insideUrl(start)) return false
  // "XXXX-1234", "1234 XXXX": a masked number, which is fine to send.
  if (
    /^[\s/.:-]?\d/.test(text.slice(end, end + 2)) ||
    /\d[\s/.:-]?$/.test(text.slice(Math.max(0, start - 2), start))
  )
    return false
  const run = text.slice(start, end)
  const groups = run.split(/[/.:-]/)
  const upper = run === run.toUpperCase()
  if (groups.length >= 2) return upper || groups.every((group) => group.length >= 2)
  if (upper) return run.length >= 2
  if (run.length < 3) return false
  // Lower-case "xxx" is kisses at the end of a message unless something says it stands for a value.
  const before = text.slice(Math.max(0, start - 2), start)
  if (/[#$£€:]\s?$/.test(before)) return true
  const previous = wordBefore(text, start)
  const next = /^[^\p{L}\n]{0,10}(\p{L}{1,20})/u.exec(text.slice(end, end + 40))?.[1]?.toLowerCase()
  return (
    (previous !== undefined && X_CUES_BEFORE.has(previous)) || (next !== undefined && X_CUES_AFTER.has(next))
  )
}

/** The word before `index` on the same line, lower-cased (a scan, not an end-anchored regex). */
function wordBefore(text: string, index: number): string | undefined {
  let end = index
  const limit = Math.max(0, index - 40)
  while (end > limit && !/[\p{L}\n]/u.test(text.charAt(end - 1))) end--
  let start = end
  while (start > limit && /\p{L}/u.test(text.charAt(start - 1))) start--
  return start < end ? text.slice(start, end).toLowerCase() : undefined
}

/** Strips quotes and brackets around a word: `"(name):"` -> `name`. */
function trimQuotes(word: string): string {
  let start = 0
  let end = word.length
  while (start < end && `"'(`.includes(word.charAt(start))) start++
  while (end > start && `"'):,`.includes(word.charAt(end - 1))) end--
  return word.slice(start, end)
}

function isWordChar(char: string): boolean {
  return char !== '' && /[\p{L}\p{N}_]/u.test(char)
}

/**
 * Where URLs are (`https://…%E2%80%99`, `www.x.com/…xxXXxx`), worked out once for the whole text:
 * in each run of characters other than white space, from the first `://` on, or the whole run
 * when it starts like a web address. The scan ignores matches inside them.
 */
function urlSpans(text: string): Range[] {
  const spans: Range[] = []
  let start = 0
  while (start < text.length) {
    while (start < text.length && /\s/.test(text.charAt(start))) start++
    let end = start
    while (end < text.length && !/\s/.test(text.charAt(end))) end++
    if (end > start) {
      const run = text.slice(start, end)
      const scheme = run.indexOf('://')
      const address = WEB_ADDRESS_START.exec(run)
      // The run is a URL from the end of the scheme's "://", or from the end of "www." / "x.com/".
      const from = Math.min(
        scheme >= 0 ? start + scheme + 2 : end,
        address ? start + address[0].length - 1 : end,
      )
      if (from < end) spans.push([from, end])
    }
    start = end
  }
  return spans
}

const WEB_ADDRESS_START = /^(?:www\.|[\w-]+\.(?:com|net|org|co|io)\/)/i

/** Sorted ranges (from `knownRanges` or `urlSpans`), asked about by binary search. */
class SortedRanges {
  private readonly ranges: Range[]
  /** The furthest end among the ranges up to each index: a range may hold later, shorter ones. */
  private readonly reach: number[] = []

  constructor(ranges: Range[]) {
    this.ranges = ranges.sort((a, b) => a[0] - b[0])
    let reach = -1
    for (const [, end] of this.ranges) {
      reach = Math.max(reach, end)
      this.reach.push(reach)
    }
  }

  /** Some range shares text with `[start, end)`. */
  overlaps(start: number, end: number): boolean {
    const last = this.lastStartingBefore(end)
    return last >= 0 && (this.reach[last] as number) > start
  }

  /** Some range holds `index`. */
  contains(index: number): boolean {
    return this.overlaps(index, index + 1)
  }

  /** The last range that starts before `offset`, or -1. */
  private lastStartingBefore(offset: number): number {
    let low = 0
    let high = this.ranges.length
    while (low < high) {
      const mid = (low + high) >> 1
      if (((this.ranges[mid] as Range)[0] as number) < offset) low = mid + 1
      else high = mid
    }
    return low - 1
  }
}

/** Only white space (no line break) between `from` and the end of its line, going `step` (-1 back, 1 on). */
function onlyWhitespaceTo(text: string, from: number, step: -1 | 1): boolean {
  for (let at = step < 0 ? from - 1 : from; at >= 0 && at < text.length; at += step) {
    const char = text.charAt(at)
    if (char === '\n') return true
    if (!/\s/.test(char)) return false
  }
  return true
}

/** Where the known order strings (id, tracking number, product title) occur: never flagged. */
function knownRanges(
  text: string,
  order: { id?: string; trackingNumber?: string; productTitle?: string } | undefined,
): Range[] {
  const ranges: Range[] = []
  for (const value of [order?.id, order?.trackingNumber, order?.productTitle]) {
    if (!value || value.length < 2) continue
    for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + value.length))
      ranges.push([at, at + value.length])
  }
  return ranges
}

/** Earliest first, longest first at the same start; later candidates inside an earlier one are dropped. */
function removeOverlaps(found: Found[]): Found[] {
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: Found[] = []
  let reached = -1
  for (const item of found) {
    if (item.start < reached) continue
    kept.push(item)
    reached = item.end
  }
  return kept
}
