// @vitest-environment happy-dom
import {
  diagnosticCount,
  type Diagnostic as EditorDiagnostic,
  forceLinting,
  forEachDiagnostic,
} from '@codemirror/lint'
import { EditorState } from '@codemirror/state'
import { EditorView } from '@codemirror/view'
import { afterEach, describe, expect, it } from 'vitest'
import { refreshReplyLint, replyLint, replyLintSource } from '../../src/adapters/codemirror.js'
import { lint, type ReplyContext } from '../../src/index.js'
import { flagWord, only } from '../formats/helpers.js'

const views: EditorView[] = []
function editor(doc: string, extensions = [replyLint()]): EditorView {
  const view = new EditorView({ state: EditorState.create({ doc, extensions }), parent: document.body })
  views.push(view)
  return view
}
afterEach(() => {
  for (const view of views.splice(0)) view.destroy()
})

/** Runs the lint source on the view's current document. */
const diagnose = (view: EditorView, source = replyLintSource()) => source(view) as readonly EditorDiagnostic[]

describe('reply-lint/codemirror', () => {
  it('maps range, severity, rule and message; positions are UTF-16 offsets like reply-lint’s', () => {
    const doc = 'Hi 👋🏽 Sam,\nThanks!\nYou’ll definitely get it today. Email me at sam@example.com.'
    const view = editor(doc)
    const found = diagnose(view, replyLintSource({ rules: { 'no-off-platform': 'warn' } }))
    const expected = lint(doc, { rules: { 'no-off-platform': 'warn' } }).diagnostics
    expect(found.map((d) => [d.from, d.to, d.severity, d.source, d.message])).toEqual(
      expected.map((d) => [
        d.range[0],
        d.range[1],
        d.severity === 'warn' ? 'warning' : d.severity,
        d.ruleId,
        d.message,
      ]),
    )
    // After the emoji (two UTF-16 units each), CodeMirror shows exactly the text reply-lint flagged.
    expect(found.map((d) => view.state.sliceDoc(d.from, d.to))).toEqual(expected.map((d) => d.excerpt))
    expect(found.map((d) => d.source)).toContain('no-guarantees')
    expect(found.some((d) => d.severity === 'warning' && d.source === 'no-off-platform')).toBe(true)
  })

  it('honours allow lists, Markdown directives, and reports unused ones with a quick fix that removes them', () => {
    const plugins = [flagWord]
    const rules = { ...only(), 'test/flag-word': 'error' } as const
    const doc = [
      'Our flagme Express is fast.',
      '<!-- reply-lint-disable-next-line test/flag-word -->',
      'A flagme here.',
      '<!-- reply-lint-disable-next-line test/flag-word -->',
      'Nothing here.',
      'And flagme.',
    ].join('\n')
    const view = editor(doc)
    const source = replyLintSource({
      format: 'markdown',
      plugins,
      rules,
      allow: ['flagme Express'],
      reportUnusedDirectives: true,
    })
    const found = diagnose(view, source)
    expect(found.map((d) => [d.source, d.severity, view.state.sliceDoc(d.from, d.to)])).toEqual([
      ['unused-directive', 'warning', '<!-- reply-lint-disable-next-line test/flag-word -->'],
      ['test/flag-word', 'error', 'flagme'],
    ])
    found[0]?.actions?.[0]?.apply(view, found[0].from, found[0].to)
    expect(view.state.doc.toString()).toBe(
      doc.replace('<!-- reply-lint-disable-next-line test/flag-word -->\nNothing', 'Nothing'),
    )
    expect(diagnose(view, source).map((d) => d.source)).toEqual(['test/flag-word'])
  })

  it('lints what CodeMirror holds: CRLF becomes one line break, so offsets stay in step', () => {
    const view = editor('Hello,\r\n\r\nCall me on 0344 493 0787.')
    const [phone] = diagnose(view).filter((d) => d.message.includes('phone number'))
    expect(view.state.doc.lines).toBe(3)
    expect(view.state.sliceDoc(phone?.from, phone?.to)).toBe('0344 493 0787')
  })

  it('applies a suggestion’s edits in one transaction, and undoes in one step', async () => {
    const { undo, history } = await import('@codemirror/commands')
    let transactions = 0
    // Four edits: the pledge goes, "it" takes the capital, "will" -> "should", "definitely" goes.
    const view = new EditorView({
      doc: 'I guarantee it will definitely be there by Monday.',
      extensions: [history()],
      parent: document.body,
      dispatchTransactions(trs, target) {
        transactions += trs.length
        target.update(trs)
      },
    })
    views.push(view)
    const [guarantee] = diagnose(view)
    const action = guarantee?.actions?.[0]
    expect(action?.name).toBe('Phrase it as an estimate.')
    expect(guarantee?.actions).toHaveLength(1)
    action?.apply(view, guarantee?.from ?? 0, guarantee?.to ?? 0)
    expect(transactions).toBe(1)
    expect(view.state.doc.toString()).toBe('It should be there by Monday.')
    expect(diagnose(view)).toEqual([])
    undo(view)
    expect(view.state.doc.toString()).toBe('I guarantee it will definitely be there by Monday.')
  })

  it('moves a quick fix with text typed before it, and refuses one whose text changed', () => {
    const view = editor("Text me on 0344 493 0787 and I'll check it tonight.")
    const [diagnostic] = diagnose(view).filter((d) => d.message.includes('phone number'))
    view.dispatch({ changes: { from: 0, insert: 'Hi.\n' } })
    diagnostic?.actions?.[0]?.apply(view, (diagnostic?.from ?? 0) + 4, (diagnostic?.to ?? 0) + 4)
    expect(view.state.doc.toString()).toBe("Hi.\nReply here and I'll check it tonight.")

    const stale = editor("Text me on 0344 493 0787 and I'll check it tonight.")
    const [old] = diagnose(stale).filter((d) => d.message.includes('phone number'))
    stale.dispatch({ changes: { from: 0, to: 4, insert: 'Ring' } })
    old?.actions?.[0]?.apply(stale, old.from, old.to)
    expect(stale.state.doc.toString()).toBe("Ring me on 0344 493 0787 and I'll check it tonight.")
  })

  it('refuses a quick fix whose edit now falls inside a changed word', () => {
    // The diagnostic's own text ("I guarantee") is untouched; the rewrite also removes "definitely".
    const view = editor('I guarantee it will definitely be there by Monday.')
    const [guarantee] = diagnose(view)
    expect(guarantee?.to).toBeLessThan(20)
    view.dispatch({ changes: { from: 20, to: 30, insert: 'surely' } })
    guarantee?.actions?.[0]?.apply(view, guarantee.from, guarantee.to)
    expect(view.state.doc.toString()).toBe('I guarantee it will surely be there by Monday.')
  })

  it('reads the reply context on every lint', () => {
    let context: ReplyContext = { fulfillment: 'seller' }
    const source = replyLintSource({ preset: 'strict' }, () => context)
    const view = editor('Your order is on its way and should arrive tomorrow.')
    const before = diagnose(view, source).map((d) => d.source)
    context = { fulfillment: 'platform', messageKind: 'proactive' }
    const after = diagnose(view, source).map((d) => d.source)
    expect(before).not.toEqual(after)
  })

  it('lints again on refreshReplyLint, with the new context', async () => {
    let context: ReplyContext = {}
    const view = editor('Thanks for waiting. Your order is on its way.', [
      replyLint({ preset: 'strict' }, () => context, { delay: 0 }),
    ])
    const sources = () => {
      const found: string[] = []
      forEachDiagnostic(view.state, (d) => found.push(d.source ?? ''))
      return found.sort()
    }
    forceLinting(view)
    await expect.poll(sources).toEqual(
      lint(view.state.doc.toString(), { preset: 'strict' })
        .diagnostics.map((d) => d.ruleId)
        .sort(),
    )
    context = { fulfillment: 'platform', messageKind: 'proactive' }
    refreshReplyLint(view)
    await expect.poll(sources).toEqual(
      lint(view.state.doc.toString(), { preset: 'strict', context })
        .diagnostics.map((d) => d.ruleId)
        .sort(),
    )
  })

  it('runs as a linter() extension in a live editor', async () => {
    const view = editor('Email me at sam@example.com.', [replyLint(undefined, undefined, { delay: 0 })])
    forceLinting(view)
    await expect.poll(() => diagnosticCount(view.state)).toBeGreaterThan(0)
    const sources: string[] = []
    forEachDiagnostic(view.state, (d) => sources.push(d.source ?? ''))
    expect(sources).toContain('no-off-platform')
  })
})
