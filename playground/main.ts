import { defaultKeymap, history, historyKeymap } from '@codemirror/commands'
import { type LintSource, linter, lintKeymap } from '@codemirror/lint'
import { EditorView, keymap } from '@codemirror/view'
import { isReplyLintRefresh, refreshReplyLint, toEditor } from '../src/adapters/codemirror.js'
import {
  createLinter,
  isNlpReady,
  type LintResult,
  loadNlp,
  type PresetName,
  type ReplyContext,
} from '../src/index.js'
import { rewrittenReply } from './rewritten-reply.js'

const SAMPLE = `Hi Sam,

The courier messed up, this isn't my problem. You'll definitely get it today though!!
If it doesn't turn up, email me at sam.seller@example.com or call 0344 493 0787 and I'll refund you now.`

const form = document.querySelector('#context') as HTMLFormElement
const summary = document.querySelector('#summary') as HTMLElement
const rewritten = document.querySelector('#rewritten') as HTMLElement

/** The reply context as the form says; empty choices mean "not known". */
function currentContext(): ReplyContext {
  const data = new FormData(form)
  const context: Record<string, unknown> = {
    disputeActive: data.has('disputeActive'),
    customerAbusive: data.has('customerAbusive'),
  }
  for (const field of ['fulfillment', 'messageKind', 'refund']) {
    const value = data.get(field)
    if (value) context[field] = value
  }
  return context as ReplyContext
}

let engine = createLinter({ preset: 'recommended' })

/** Lints for the editor, and shows the counts and the rewritten reply from the same result. */
const lintView = (view: EditorView) => {
  const text = view.state.doc.toString()
  const context = currentContext()
  const result = engine.lint(text, context)
  show(text, context, result)
  return result.diagnostics.map((diagnostic) => toEditor(diagnostic, view.state.doc))
}
/** The first lint waits for compromise, which a browser loads asynchronously. */
const source: LintSource = (view) => (isNlpReady() ? lintView(view) : loadNlp().then(() => lintView(view)))

function show(
  text: string,
  context: ReplyContext,
  { diagnostics, errorCount, warningCount, infoCount }: LintResult,
): void {
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`
  summary.textContent =
    diagnostics.length === 0
      ? 'Nothing to fix.'
      : [count(errorCount, 'error'), count(warningCount, 'warning'), `${infoCount} info`].join(' · ')
  const reply = rewrittenReply(engine, text, context, diagnostics)
  rewritten.textContent = reply.kind === 'reply' ? reply.text : reply.message
  rewritten.classList.toggle('escalate', reply.kind === 'escalate')
}

const view = new EditorView({
  doc: SAMPLE,
  parent: document.querySelector('#editor') as HTMLElement,
  extensions: [
    history(),
    keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
    EditorView.lineWrapping,
    EditorView.contentAttributes.of({ 'aria-label': 'Draft reply', spellcheck: 'true' }),
    linter(source, { delay: 200, autoPanel: true, needsRefresh: isReplyLintRefresh }),
  ],
})

form.addEventListener('change', (event) => {
  const target = event.target as HTMLSelectElement
  if (target.name === 'preset') engine = createLinter({ preset: target.value as PresetName })
  refreshReplyLint(view)
})
