import type { Nodes, Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { ResolvedConfig, SourceFormat } from '../engine/config.js'
import type { LintResult } from '../types.js'
import { applyDirectives } from './directives.js'
import { checkMarkdownLimits, parseWithinStack } from './limits.js'
import { mapResult, ProseBuilder, type ProseMap } from './source-map.js'

let parser: ReturnType<typeof createParser> | undefined
function createParser() {
  return unified().use(remarkParse).freeze()
}

/** Node types that are not prose: code, raw HTML, link definitions, front matter. */
const SKIP = new Set(['code', 'html', 'definition', 'footnoteDefinition', 'yaml', 'toml', 'math'])
/** Inline nodes that stand between words but are not words: code spans, images. */
const PLACEHOLDERS = new Set(['inlineCode', 'inlineMath', 'image', 'imageReference', 'footnoteReference'])
/** Nodes whose children are phrasing (text and inline markup): no paragraph breaks between them. */
const PHRASING = new Set([
  'paragraph',
  'heading',
  'tableCell',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
])

/**
 * The prose of a Markdown draft, found with remark-parse (CommonMark): paragraphs, headings and list
 * items become paragraphs of the prose; blockquotes become `> ` lines; code blocks, raw HTML and
 * link targets are left out; code spans and images become a placeholder.
 */
export function markdownProse(source: string): ProseMap {
  checkMarkdownLimits(source)
  parser ??= createParser()
  const tree = parseWithinStack(() => parser?.parse(source) as Root)
  const builder = new ProseBuilder(source, { boundarySensitive: true, lineStartSensitive: true })
  walk(tree, builder)
  return builder.build()
}

/**
 * The body of an `html` node that is one comment and nothing else (as mdast-comment-marker reads
 * markers): what stands between `<!--` and the first `-->`, with only white space after it.
 */
function commentBody(value: string): string | undefined {
  if (!value.startsWith('<!--')) return undefined
  const close = value.indexOf('-->', 4)
  if (close < 0 || value.slice(close + 3).trim() !== '') return undefined
  return value.slice(4, close)
}

/**
 * Depth-first over the tree with a stack of its own, not the call stack: however deep the
 * nesting a parser lets through, the walk cannot overflow. An `exit` step closes a container
 * after its children (the paragraph break after a block, the end of a blockquote).
 */
function walk(root: Root, builder: ProseBuilder): void {
  const stack: Step[] = [{ kind: 'enter', node: root }]
  while (stack.length > 0) {
    const step = stack.pop() as Step
    if (step.kind === 'block') {
      builder.block()
      continue
    }
    const node = step.node
    if (step.kind === 'exit') {
      builder.quoted = step.quoted
      if (!PHRASING.has(node.type)) builder.block()
      continue
    }
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type === 'html') {
      // A comment is not shown, so it does not part the words around it; it may hold a directive.
      const body = commentBody(node.value)
      if (body !== undefined && start !== undefined && end !== undefined) {
        builder.comment(body, start, start + node.value.trimEnd().length)
        continue
      }
    }
    if (SKIP.has(node.type)) {
      builder.block()
      continue
    }
    if (node.type === 'text') {
      if (start !== undefined && end !== undefined)
        builder.text(node.value, start, end, { backslashEscapes: true })
      continue
    }
    if (PLACEHOLDERS.has(node.type)) {
      if (start !== undefined && end !== undefined) builder.placeholder(start, end)
      continue
    }
    if (node.type === 'break') {
      builder.lineBreak()
      continue
    }
    if (!('children' in node)) {
      builder.block()
      continue
    }
    const phrasing = PHRASING.has(node.type)
    stack.push({ kind: 'exit', node, quoted: builder.quoted })
    if (node.type === 'blockquote') builder.quoted = true
    // Pushed last child first, so the first comes off next; outside phrasing, a block before each.
    const children = node.children as Nodes[]
    for (let i = children.length - 1; i >= 0; i--) {
      stack.push({ kind: 'enter', node: children[i] as Nodes })
      if (!phrasing) stack.push(BLOCK)
    }
  }
}

type Step =
  | { kind: 'enter'; node: Nodes }
  | { kind: 'exit'; node: Nodes; quoted: boolean }
  | { kind: 'block' }
const BLOCK: Step = Object.freeze({ kind: 'block' })

/** Keeps a rewrite literal in Markdown: characters that would start emphasis, code, links or HTML are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<]|&(?=#?[A-Za-z0-9]+;|$)/g, (char) => `\\${char}`)
}

/** `format: 'markdown'`. */
export const markdownFormat: SourceFormat = Object.freeze({
  lint(source: string, lintProse: (prose: string) => LintResult, config: ResolvedConfig): LintResult {
    const map = markdownProse(source)
    return applyDirectives(mapResult(lintProse(map.text), map, escapeMarkdown), source, map.comments, config)
  },
})
