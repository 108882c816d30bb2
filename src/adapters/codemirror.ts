/**
 * reply-lint in a CodeMirror 6 editor: a lint source for `linter()` from `@codemirror/lint`, with
 * each suggested rewrite as a quick fix.
 *
 * @example
 * import { EditorView } from '@codemirror/view'
 * import { replyLint } from 'reply-lint/codemirror'
 *
 * let context = { fulfillment: 'seller' }
 * const view = new EditorView({
 *   doc: draft,
 *   extensions: [replyLint({ preset: 'recommended' }, () => context)],
 *   parent: document.body,
 * })
 * // later, when what the seller knows changes:
 * context = { ...context, refund: 'approved' }
 * refreshReplyLint(view)
 */
import { type Action, type Diagnostic as EditorDiagnostic, type LintSource, linter } from '@codemirror/lint'
import { type Extension, StateEffect, type Text } from '@codemirror/state'
import type { EditorView, ViewUpdate } from '@codemirror/view'
import { createLinter, isNlpReady, loadNlp } from '../index.js'
import type { Diagnostic, LintOptions, ReplyContext, Severity, Suggestion } from '../types.js'

type LintConfig = Parameters<typeof linter>[1]

const SEVERITIES: Record<Severity, EditorDiagnostic['severity']> = {
  error: 'error',
  warn: 'warning',
  info: 'info',
}

/**
 * A CodeMirror lint source. Options are validated once, here; `context` is called on every lint
 * for what the seller knows now (merged over `options.context`). One linter serves every lint, so
 * after a keystroke only the changed sentences are checked again.
 *
 * CodeMirror positions are UTF-16 offsets into the document with line breaks counted as one
 * character, exactly what reply-lint reports for the text `doc.toString()` returns.
 */
export function replyLintSource(options?: LintOptions, context?: () => ReplyContext | undefined): LintSource {
  const engine = createLinter(options)
  const lintView = (view: EditorView) => {
    const doc = view.state.doc
    return engine.lint(doc.toString(), context?.()).diagnostics.map((diagnostic) => toEditor(diagnostic, doc))
  }
  // In a browser compromise arrives asynchronously: the first lint waits for it.
  return (view) => (isNlpReady() ? lintView(view) : loadNlp().then(() => lintView(view)))
}

/**
 * The lint source as an editor extension; `config` goes to `linter()` (e.g. `{ delay: 300 }`).
 * It also lints again on {@link refreshReplyLint}.
 */
export function replyLint(
  options?: LintOptions,
  context?: () => ReplyContext | undefined,
  config?: LintConfig,
): Extension {
  const needsRefresh = config?.needsRefresh
  return linter(replyLintSource(options, context), {
    ...config,
    needsRefresh: (update) => isReplyLintRefresh(update) || !!needsRefresh?.(update),
  })
}

const refresh = StateEffect.define<null>()

/**
 * Lints the editor again although its text did not change: call it when the reply context (or
 * anything else the lint reads) changes. CodeMirror's `forceLinting` only hurries a pending lint.
 */
export function refreshReplyLint(view: EditorView): void {
  view.dispatch({ effects: refresh.of(null) })
}

/** For `linter(source, { needsRefresh: isReplyLintRefresh })` when you build the source yourself. */
export function isReplyLintRefresh(update: ViewUpdate): boolean {
  return update.transactions.some((transaction) => transaction.effects.some((effect) => effect.is(refresh)))
}

/** A reply-lint diagnostic as CodeMirror shows it; `doc` is the document it was found in. */
export function toEditor(diagnostic: Diagnostic, doc: Text): EditorDiagnostic {
  let actions: readonly Action[] | undefined
  return {
    from: diagnostic.range[0],
    to: diagnostic.range[1],
    severity: SEVERITIES[diagnostic.severity],
    source: diagnostic.ruleId,
    message: diagnostic.message,
    // Read when the tooltip or panel shows the diagnostic: the rewrites are checked only then, not
    // on every keystroke.
    get actions(): readonly Action[] {
      actions ??= diagnostic.suggestions.map((suggestion) => quickFix(suggestion, diagnostic, doc))
      return actions
    },
  }
}

/**
 * Applies all edits of a suggestion in one transaction (one undo step). If the text moved since
 * linting, the edits move with the diagnostic; if any of the text from the first edit or the
 * diagnostic to the last changed (an insertion point included, not only the replaced text),
 * nothing happens.
 */
function quickFix(suggestion: Suggestion, diagnostic: Diagnostic, doc: Text): Action {
  let spanStart = diagnostic.range[0]
  let spanEnd = diagnostic.range[1]
  for (const edit of suggestion.edits) {
    spanStart = Math.min(spanStart, edit.range[0])
    spanEnd = Math.max(spanEnd, edit.range[1])
  }
  const span = doc.sliceString(spanStart, spanEnd)
  return {
    name: suggestion.message,
    apply(view: EditorView, from: number) {
      const shift = from - diagnostic.range[0]
      const current = view.state.doc
      const start = spanStart + shift
      const end = spanEnd + shift
      if (start < 0 || end > current.length || current.sliceString(start, end) !== span) return
      view.dispatch({
        changes: suggestion.edits.map((edit) => ({
          from: edit.range[0] + shift,
          to: edit.range[1] + shift,
          insert: edit.text,
        })),
      })
    },
  }
}
