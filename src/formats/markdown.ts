import type { Nodes, Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { ResolvedConfig, SourceFormat } from '../engine/config.js'
import type { LintResult } from '../types.js'
import { applyDirectives } from './directives.js'
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
  parser ??= createParser()
  const tree = parser.parse(source) as Root
  const builder = new ProseBuilder(source, { boundarySensitive: true })
  visit(tree, builder)
  return builder.build()
}

/** An `html` node that is one comment and nothing else, as mdast-comment-marker reads markers. */
const COMMENT = /^<!--((?:(?!-->)[\s\S])*)-->\s*$/

function visit(node: Nodes, builder: ProseBuilder): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (node.type === 'html') {
    // A comment is not shown, so it does not part the words around it; it may hold a directive.
    const comment = COMMENT.exec(node.value)
    if (comment && start !== undefined && end !== undefined) {
      builder.comment(comment[1] as string, start, start + node.value.trimEnd().length)
      return
    }
  }
  if (SKIP.has(node.type)) {
    builder.block()
    return
  }
  if (node.type === 'text') {
    if (start !== undefined && end !== undefined)
      builder.text(node.value, start, end, { backslashEscapes: true })
    return
  }
  if (PLACEHOLDERS.has(node.type)) {
    if (start !== undefined && end !== undefined) builder.placeholder(start, end)
    return
  }
  if (node.type === 'break') {
    builder.lineBreak()
    return
  }
  if (!('children' in node)) {
    builder.block()
    return
  }
  const phrasing = PHRASING.has(node.type)
  const quoted = builder.quoted
  if (node.type === 'blockquote') builder.quoted = true
  for (const child of node.children as Nodes[]) {
    if (!phrasing) builder.block()
    visit(child, builder)
  }
  builder.quoted = quoted
  if (!phrasing) builder.block()
}

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
