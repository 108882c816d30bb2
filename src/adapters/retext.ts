/**
 * reply-lint as a unified plugin for retext, and through remark-retext / rehype-retext for Markdown
 * and HTML.
 *
 * @example
 * import { unified } from 'unified'
 * import retextEnglish from 'retext-english'
 * import retextStringify from 'retext-stringify'
 * import replyLint from 'reply-lint/retext'
 *
 * const file = await unified()
 *   .use(retextEnglish)
 *   .use(replyLint, { context: { fulfillment: 'seller' } })
 *   .use(retextStringify)
 *   .process("You'll definitely get it today.")
 * // file.messages[0]: ruleId 'no-guarantees', place, actual, expected, url
 */
import type { Root } from 'nlcst'
import type { Plugin } from 'unified'
import type { Node } from 'unist'
import type { VFile } from 'vfile'
import { applyEdits } from '../fix/apply-fixes.js'
import { applyDirectives } from '../formats/directives.js'
import { htmlProse } from '../formats/html.js'
import { formatForPath } from '../formats/index.js'
import { markdownProse } from '../formats/markdown.js'
import { nlcstProse } from '../formats/nlcst.js'
import { mapResult, type ProseMap, type SourceComment } from '../formats/source-map.js'
import { createLinter } from '../index.js'
import { LineIndex } from '../parse/positions.js'
import type { Diagnostic, Edit, LintOptions, ReplyContext } from '../types.js'

/**
 * Lint options without `format`: the tree says what the prose is, whatever the file was written in.
 * Per file, `file.data.replyContext` (a {@link ReplyContext}) is merged over `context`.
 */
export type ReplyLintRetextOptions = Omit<LintOptions, 'format'>

declare module 'vfile' {
  interface DataMap {
    /** What the seller knows about this reply's order; merged over the plugin's `context`. */
    replyContext: ReplyContext
  }
}

/**
 * Reports each diagnostic as a vfile message: `ruleId`, `source: 'reply-lint'`, `place`, `actual`,
 * `expected` (one rewrite per suggestion, `[]` when there is none), `url` (the rule's docs) and
 * `note` (what each suggestion does). Severity follows vfile's convention: `error` is `fatal: true`
 * (so vfile-reporter and unified-engine count it as an error and fail the run), `warn` is
 * `fatal: false`, `info` is `fatal: undefined`. Nothing is thrown: the other messages still come.
 *
 * `place` and `actual` cover the flagged words plus whatever a suggestion rewrites (a suggestion
 * may rewrite a little more than the flagged words, e.g. the whole clause), so putting an
 * `expected` value in place of `actual` applies that suggestion, which is what editors' quick
 * fixes do with vfile messages.
 */
// Typed as not changing the processor's tree types (it only reads the tree), so a retext processor
// using it still fits remark-retext's and rehype-retext's `Processor<Root>` in TypeScript.
const replyLint: Plugin<[ReplyLintRetextOptions?], undefined, undefined> = (options) => {
  const { format: _ignored, ...rest } = (options ?? {}) as LintOptions
  const linter = createLinter(rest)
  return (tree: Node, file: VFile) => {
    const source = String(file)
    const map = nlcstProse(tree as Root, source)
    // A directive in the prose (a plain-text pipeline) is text the customer reads: the linter
    // reports it as such. Comments the tree left out of the prose may hold directives.
    const mapped = mapResult(linter.lint(map.text, file.data?.replyContext), map)
    const result = applyDirectives(mapped, source, hiddenComments(source, map, file.path), linter.config)
    const lines = new LineIndex(source)
    for (const diagnostic of result.diagnostics) report(file, diagnostic, source, lines)
  }
}

/**
 * The file's comments that the tree left out of the prose, as its markup reads them (HTML for an
 * .html or .htm path, else Markdown): hidden from the reader, they may hold directives.
 */
function hiddenComments(source: string, map: ProseMap, path: string | undefined): readonly SourceComment[] {
  if (!source.includes('<!--')) return []
  const markup = formatForPath(path ?? '') === 'html' ? htmlProse(source) : markdownProse(source)
  return markup.comments.filter((comment) => !map.holdsProse(comment.range[0], comment.range[1]))
}

export default replyLint
export { replyLint }

function report(file: VFile, diagnostic: Diagnostic, source: string, lines: LineIndex): void {
  let start = diagnostic.range[0]
  let end = diagnostic.range[1]
  for (const suggestion of diagnostic.suggestions)
    for (const edit of suggestion.edits) {
      start = Math.min(start, edit.range[0])
      end = Math.max(end, edit.range[1])
    }
  const point = (offset: number) => ({ ...lines.position(offset), offset })
  const message = file.message(diagnostic.message, {
    place: { start: point(start), end: point(end) },
    ruleId: diagnostic.ruleId,
    source: 'reply-lint',
  })
  message.actual = source.slice(start, end)
  message.expected = diagnostic.suggestions.map((suggestion) =>
    applyEdits(
      message.actual as string,
      suggestion.edits.map(
        (edit): Edit => ({
          range: [edit.range[0] - start, edit.range[1] - start],
          text: edit.text,
        }),
      ),
    ),
  )
  if (diagnostic.docsUrl) message.url = diagnostic.docsUrl
  if (diagnostic.suggestions.length > 0)
    message.note = diagnostic.suggestions.map((suggestion) => suggestion.message).join('\n')
  message.fatal = diagnostic.severity === 'error' ? true : diagnostic.severity === 'warn' ? false : undefined
}
