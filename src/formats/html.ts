import type { Element, Nodes, Root } from 'hast'
import rehypeParse from 'rehype-parse'
import { unified } from 'unified'
import type { ResolvedConfig, SourceFormat } from '../engine/config.js'
import type { LintResult } from '../types.js'
import { applyDirectives } from './directives.js'
import { checkHtmlLimits, parseWithinStack } from './limits.js'
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
  checkHtmlLimits(source)
  parser ??= createParser()
  const tree = parseWithinStack(() => parser?.parse(source) as Root)
  const builder = new ProseBuilder(source)
  walk(tree, builder)
  return builder.build()
}

/** Depth-first with a stack of its own, so no nesting can overflow the call stack (see markdown.ts). */
function walk(root: Root, builder: ProseBuilder): void {
  const stack: Step[] = [{ kind: 'enter', node: root }]
  while (stack.length > 0) {
    const step = stack.pop() as Step
    if (step.kind === 'exit') {
      builder.quoted = step.quoted
      if (step.block) builder.block()
      continue
    }
    const node = step.node
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type === 'comment') {
      if (start !== undefined && end !== undefined) builder.comment(node.value, start, end)
      continue
    }
    if (node.type === 'text') {
      if (start !== undefined && end !== undefined)
        builder.text(node.value, start, end, { collapseWhitespace: true })
      continue
    }
    if (node.type === 'root') {
      pushChildren(stack, node.children)
      continue
    }
    if (node.type !== 'element') continue
    const name = node.tagName
    if (SKIP.has(name) || hidden(node)) {
      if (name === 'pre') builder.block()
      // Not prose, but a directive in a comment there (in <head>, say) still counts.
      commentsIn(node, builder)
      continue
    }
    if (name === 'br') {
      builder.lineBreak()
      continue
    }
    if (PLACEHOLDERS.has(name)) {
      if (start !== undefined && end !== undefined) builder.placeholder(start, end)
      continue
    }
    const block = BLOCKS.has(name)
    stack.push({ kind: 'exit', quoted: builder.quoted, block })
    if (name === 'blockquote') builder.quoted = true
    if (block) builder.block()
    pushChildren(stack, node.children)
  }
}

type Step = { kind: 'enter'; node: Nodes } | { kind: 'exit'; quoted: boolean; block: boolean }

/** Children go on the stack last first, so the first comes off next. */
function pushChildren(stack: Step[], children: readonly Nodes[]): void {
  for (let i = children.length - 1; i >= 0; i--) stack.push({ kind: 'enter', node: children[i] as Nodes })
}

/** The comments anywhere under `node`, in source order; a stack of its own, like `walk`. */
function commentsIn(node: Nodes, builder: ProseBuilder): void {
  const stack: Nodes[] = [node]
  while (stack.length > 0) {
    const next = stack.pop() as Nodes
    if (next.type === 'comment') {
      const start = next.position?.start.offset
      const end = next.position?.end.offset
      if (start !== undefined && end !== undefined) builder.comment(next.value, start, end)
    } else if ('children' in next) {
      for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i] as Nodes)
    }
  }
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
