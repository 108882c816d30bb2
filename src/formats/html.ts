import type { Element, Nodes, Root } from 'hast'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import type { ResolvedConfig, SourceFormat } from '../engine/config.js'
import type { LintResult } from '../types.js'
import { applyDirectives } from './directives.js'
import { mapResult, ProseBuilder, type ProseMap } from './source-map.js'

let parser: ReturnType<typeof createParser> | undefined
function createParser() {
  return unified().use(rehypeParse).freeze()
}

/** Elements whose content is not the message a customer reads. */
const SKIP = new Set([
  'head',
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'select',
  'textarea',
  'del',
  'pre',
])
/** Inline elements that are not words (code, images): a placeholder keeps the words around them apart. */
const PLACEHOLDERS = new Set(['code', 'kbd', 'samp', 'var', 'tt', 'img', 'input'])
/** Elements that start a new paragraph of prose. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
])

/**
 * The prose of an HTML draft (an e-mail body or a whole document), found with rehype-parse (parse5,
 * the HTML standard's parser): text of the body with entities decoded and whitespace runs read as one
 * space; block elements become paragraphs; `<br>` a line break; `<blockquote>` `> ` lines. Tag names,
 * attributes (so `href` targets), comments, `<head>`, scripts, styles and `<pre>` are left out;
 * inline code and images become a placeholder.
 */
export function htmlProse(source: string): ProseMap {
  parser ??= createParser()
  const tree = parser.parse(source) as Root
  const builder = new ProseBuilder(source)
  visit(tree, builder)
  return builder.build()
}

function visit(node: Nodes, builder: ProseBuilder): void {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  if (node.type === 'comment') {
    if (start !== undefined && end !== undefined) builder.comment(node.value, start, end)
    return
  }
  if (node.type === 'text') {
    if (start !== undefined && end !== undefined)
      builder.text(node.value, start, end, { collapseWhitespace: true })
    return
  }
  if (node.type === 'root') {
    for (const child of node.children) visit(child, builder)
    return
  }
  if (node.type !== 'element') return
  const name = node.tagName
  if (SKIP.has(name) || hidden(node)) {
    if (name === 'pre') builder.block()
    // Not prose, but a directive in a comment there (in <head>, say) still counts.
    commentsIn(node, builder)
    return
  }
  if (name === 'br') {
    builder.lineBreak()
    return
  }
  if (PLACEHOLDERS.has(name)) {
    if (start !== undefined && end !== undefined) builder.placeholder(start, end)
    return
  }
  const block = BLOCKS.has(name)
  const quoted = builder.quoted
  if (name === 'blockquote') builder.quoted = true
  if (block) builder.block()
  for (const child of node.children) visit(child, builder)
  builder.quoted = quoted
  if (block) builder.block()
}

function commentsIn(node: Nodes, builder: ProseBuilder): void {
  if (node.type === 'comment') visit(node, builder)
  else if ('children' in node) for (const child of node.children) commentsIn(child, builder)
}

function hidden(element: Element): boolean {
  return element.properties.hidden === true || element.properties.ariaHidden === 'true'
}

/** Keeps a rewrite literal in HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'))
}

/** `format: 'html'`. */
export const htmlFormat: SourceFormat = Object.freeze({
  lint(source: string, lintProse: (prose: string) => LintResult, config: ResolvedConfig): LintResult {
    const map = htmlProse(source)
    return applyDirectives(mapResult(lintProse(map.text), map, escapeHtml), source, map.comments, config)
  },
})
