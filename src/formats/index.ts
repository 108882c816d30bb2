/**
 * Markdown and HTML input. The engine reads plain text only and knows formats through the
 * `formats` of its registry; the main entry (src/index.ts) registers these two, so
 * `lint(text, { format: 'markdown' })` works there, while the engine, the parser and the rules
 * never import remark or rehype.
 */
import type { SourceFormat } from '../engine/config.js'
import { assertText, type Linter } from '../engine/linter.js'
import type { LintResult, ReplyContext } from '../types.js'
import { findComments, reportShownDirectives } from './directives.js'
import { htmlFormat } from './html.js'
import { markdownFormat } from './markdown.js'

export { applyDirectives, findComments, reportShownDirectives } from './directives.js'
export { escapeHtml, htmlFormat, htmlProse } from './html.js'
export { escapeMarkdown, markdownFormat, markdownProse } from './markdown.js'
export {
  mapResult,
  PLACEHOLDER,
  ProseBuilder,
  ProseMap,
  type Segment,
  type SourceComment,
} from './source-map.js'

/** The markup formats of `LintOptions.format`, besides plain `text`. */
export const formats: Readonly<Record<'markdown' | 'html', SourceFormat>> = Object.freeze({
  markdown: markdownFormat,
  html: htmlFormat,
})

/**
 * The linter as it reads its configured format: for Markdown and HTML it lints the prose and
 * reports in the markup's own offsets; for plain text it is `linter` itself.
 */
export function withSourceFormat(linter: Linter): Linter {
  const config = linter.config
  const format = formats[config.format as keyof typeof formats]
  if (format)
    return Object.freeze({
      config,
      lint(text: string, context?: ReplyContext): LintResult {
        assertText(text)
        return format.lint(text, (prose) => linter.lint(prose, context), config)
      },
    })
  // Plain text has no directives; what looks like one is reported when unused directives are.
  if (config.reportUnusedDirectives === 'off') return linter
  return Object.freeze({
    config,
    lint(text: string, context?: ReplyContext): LintResult {
      return reportShownDirectives(linter.lint(text, context), text, findComments(text), config)
    },
  })
}

/** The format a file name suggests: `.md`/`.markdown` Markdown, `.html`/`.htm` HTML, anything else text. */
export function formatForPath(path: string): 'text' | 'markdown' | 'html' {
  const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase()
  if (extension === 'md' || extension === 'markdown') return 'markdown'
  if (extension === 'html' || extension === 'htm') return 'html'
  return 'text'
}
