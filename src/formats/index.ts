/**
 * Markdown and HTML input. The engine reads plain text only and knows formats through the
 * `formats` of its registry; the main entry (src/index.ts) registers these two, so
 * `lint(text, { format: 'markdown' })` works there, while the engine, the parser and the rules
 * never import remark or rehype.
 */
import type { SourceFormat } from '../engine/config.js'
import { htmlFormat } from './html.js'
import { markdownFormat } from './markdown.js'

export { escapeHtml, htmlFormat, htmlProse } from './html.js'
export { escapeMarkdown, markdownFormat, markdownProse } from './markdown.js'
export { mapResult, PLACEHOLDER, ProseBuilder, ProseMap, type Segment } from './source-map.js'

/** The markup formats of `LintOptions.format`, besides plain `text`. */
export const formats: Readonly<Record<'markdown' | 'html', SourceFormat>> = Object.freeze({
  markdown: markdownFormat,
  html: htmlFormat,
})

/** The format a file name suggests: `.md`/`.markdown` Markdown, `.html`/`.htm` HTML, anything else text. */
export function formatForPath(path: string): 'text' | 'markdown' | 'html' {
  const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase()
  if (extension === 'md' || extension === 'markdown') return 'markdown'
  if (extension === 'html' || extension === 'htm') return 'html'
  return 'text'
}
