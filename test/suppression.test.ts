/**
 * Silencing findings: the `allow` option (src/engine/allow-list.ts, the post-step in
 * src/engine/excuses.ts) and inline directives with their unused reports (src/formats/directives.ts).
 * Test rules stand in for the built-in ones, so tuning a rule's wording cannot move these tests.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { markdownProse } from '../src/formats/markdown.js'
import {
  applyFixes,
  createLinter,
  type Diagnostic,
  defineRule,
  type LintOptions,
  lint,
  type RuleSetting,
} from '../src/index.js'
import { flagPhrase, flagWord, only, rangeOf } from './formats/helpers.js'

/** Flags "guaranteed" with the word before it, as phrase lexicons take in a word of context. */
const flagGuaranteed = defineRule({
  id: 'test/flag-guaranteed',
  meta: { scope: 'sentence' },
  messages: { pledge: '"{{phrase}}" is a pledge.' },
  check(context) {
    const words = context.words
    words.forEach((word, i) => {
      if (word.normal !== 'guaranteed') return
      const from = (words[i - 1] ?? word).range[0]
      context.report({
        messageId: 'pledge',
        range: [from, word.range[1]],
        data: { phrase: context.text.slice(from, word.range[1]) },
      })
    })
  },
})

/** Flags every sentence, and "!!" (no word in it). */
const flagAll = defineRule({
  id: 'test/flag-all',
  messages: { sentence: 'A sentence.', bangs: 'Two bangs.' },
  check(context) {
    for (const sentence of context.sentences) context.report({ messageId: 'sentence', node: sentence })
    for (const match of context.text.matchAll(/!!/g))
      context.report({ messageId: 'bangs', range: [match.index, match.index + 2] })
  },
})

const broken = defineRule({
  id: 'test/broken',
  messages: { never: 'Never.' },
  check() {
    throw new Error('broken on purpose')
  },
})

const PLUGINS = [flagGuaranteed, flagWord, flagPhrase]

function options(extra: LintOptions = {}, rules: Record<string, RuleSetting> = {}): LintOptions {
  return {
    preset: 'recommended',
    ...extra,
    rules: { ...only(), ...rules },
    plugins: [...PLUGINS, ...(extra.plugins ?? [])],
  }
}

/** `ruleId excerpt` of each diagnostic. */
const found = (text: string, extra?: LintOptions, rules?: Record<string, RuleSetting>) =>
  lint(text, options(extra, rules)).diagnostics.map((d) => `${d.ruleId} ${d.excerpt}`)

describe('allow', () => {
  const draft = 'Thanks for choosing our Guaranteed Delivery. It is guaranteed to arrive.'

  it('drops what an allowed phrase covers, with the word beside it that a match takes in', () => {
    expect(found(draft)).toEqual([
      'test/flag-guaranteed our Guaranteed',
      'test/flag-guaranteed is guaranteed',
    ])
    expect(found(draft, { allow: ['Guaranteed Delivery'] })).toEqual(['test/flag-guaranteed is guaranteed'])
    // One word at either end may lie outside the phrase, no more.
    expect(found('We offer Guaranteed Delivery.', { allow: ['Guaranteed Delivery'] })).toEqual([])
    const wide = defineRule({
      id: 'test/wide',
      messages: { wide: 'Wide.' },
      check(context) {
        const [start, end] = rangeOf(context.text, 'we offer Guaranteed Delivery')
        context.report({ messageId: 'wide', range: [start, end] })
        context.report({ messageId: 'wide', range: [start + 3, end] })
      },
    })
    expect(
      found('So we offer Guaranteed Delivery.', { allow: ['Guaranteed Delivery'], plugins: [wide] }),
    ).toEqual(['test/wide we offer Guaranteed Delivery'])
  })

  it("shares the order's known strings' post-step, where every flagged word must be the order's", () => {
    const text = 'Thanks for choosing our Guaranteed Delivery. It is guaranteed to arrive.'
    const context = { order: { productTitle: 'Guaranteed Delivery Mug' } }
    // "our" is not the order's: kept, where an allowed phrase forgives the word beside it.
    expect(found(text, { context })).toEqual([
      'test/flag-guaranteed our Guaranteed',
      'test/flag-guaranteed is guaranteed',
    ])
    expect(found('Guaranteed!', { context })).toEqual([])
  })

  it('keeps the capitals a plain phrase is written with, and matches a lower-case word in any case', () => {
    const allow = ['Guaranteed Delivery']
    expect(found('Yes, guaranteed delivery tomorrow.', { allow })).toEqual([
      'test/flag-guaranteed Yes, guaranteed',
    ])
    expect(found('Yes, GUARANTEED DELIVERY.', { allow })).toEqual(['test/flag-guaranteed Yes, GUARANTEED'])
    expect(found('Yes, guaranteed delivery tomorrow.', { allow: ['guaranteed delivery'] })).toEqual([])
    expect(found('Yes, Guaranteed Delivery.', { allow: ['guaranteed delivery'] })).toEqual([])
  })

  it('ignores punctuation between the words, and reads words as drafts are read', () => {
    expect(found('From Acme, Inc. guaranteed.', { allow: ['Acme Inc guaranteed'] })).toEqual([])
    expect(found('From Acme Inc guaranteed.', { allow: ['Acme, Inc. guaranteed!'] })).toEqual([])
    expect(found('Sam’s Next-Day Guaranteed box.', { allow: ["Sam's next-day guaranteed"] })).toEqual([])
    // Quoted, or after a negation: a name is a name wherever it stands.
    expect(found('Not "Guaranteed Delivery", sorry.', { allow: ['Guaranteed Delivery'] })).toEqual([])
  })

  it('takes patterns in the lexicon syntax, matched in any case', () => {
    const allow = ['(next|same) day guaranteed', '~flagme']
    expect(found('Our same day guaranteed plan. Our NEXT DAY GUARANTEED plan.', { allow })).toEqual([])
    expect(found('Our two day guaranteed plan.', { allow })).toEqual(['test/flag-guaranteed day guaranteed'])
    // `~flagme` covers its forms; flag-word still flags "flagme" nowhere else.
    expect(found('It was flagme, then flagmes.', { allow })).toEqual([])
  })

  it('per rule: only for that rule, and added to the global list', () => {
    const text = 'Our Guaranteed Delivery is flagme.'
    expect(found(text)).toEqual(['test/flag-guaranteed Our Guaranteed', 'test/flag-word flagme'])
    expect(
      found(text, {}, { 'test/flag-guaranteed': ['error', { allow: ['Guaranteed Delivery'] }] }),
    ).toEqual(['test/flag-word flagme'])
    expect(found(text, {}, { 'test/flag-word': ['error', { allow: ['Guaranteed Delivery'] }] })).toEqual([
      'test/flag-guaranteed Our Guaranteed',
      'test/flag-word flagme',
    ])
    expect(
      found(
        text,
        { allow: ['flagme'] },
        { 'test/flag-guaranteed': ['warn', { allow: ['Guaranteed Delivery'] }] },
      ),
    ).toEqual([])
  })

  it('never passes allow to the rule, and shows it in the resolved config', () => {
    const seen: unknown[] = []
    const spy = defineRule({
      id: 'test/spy',
      meta: { defaultOptions: { word: 'x' } },
      messages: { seen: 'Seen.' },
      check(context) {
        seen.push(context.options)
      },
    })
    const linter = createLinter(
      options({ allow: ['Acme'], plugins: [spy] }, { 'test/spy': ['warn', { word: 'y', allow: ['Beta'] }] }),
    )
    linter.lint('Hi.')
    expect(seen).toEqual([{ word: 'y' }])
    expect(linter.config.allow).toEqual(['Acme'])
    expect(linter.config.rules.find(({ rule }) => rule.id === 'test/spy')?.allow).toEqual(['Beta'])
    expect(linter.config.rules.find(({ rule }) => rule.id === 'test/flag-word')?.allow).toEqual([])
  })

  it('keeps what flags no word, what merely contains a phrase, and internal errors', () => {
    const { diagnostics } = lint(
      'Thanks for Guaranteed Delivery!! Guaranteed Delivery.',
      options({ allow: ['Guaranteed Delivery'], plugins: [flagAll, broken] }),
    )
    // The second sentence is all allowed words: its diagnostic goes.
    expect(diagnostics.map((d) => `${d.ruleId}/${d.messageId} ${d.excerpt}`)).toEqual([
      'internal-error/ruleFailed ',
      'test/flag-all/sentence Thanks for Guaranteed Delivery!!',
      'test/flag-all/bangs !!',
    ])
  })

  it('works on the prose of Markdown and HTML, in their offsets', () => {
    const markdown = 'Our **Guaranteed Delivery** and [guaranteed](https://example.com) terms.'
    const { diagnostics } = lint(markdown, options({ format: 'markdown', allow: ['Guaranteed Delivery'] }))
    expect(diagnostics.map((d) => [d.excerpt, d.range])).toEqual([
      ['and [guaranteed', rangeOf(markdown, 'and [guaranteed')],
    ])
    expect(
      lint(
        '<p>Our <b>Guaranteed</b> Delivery.</p>',
        options({ format: 'html', allow: ['Guaranteed Delivery'] }),
      ).diagnostics,
    ).toEqual([])
  })
})

describe('inline directives', () => {
  const md = (text: string, extra: LintOptions = {}) =>
    lint(text, options({ format: 'markdown', ...extra })).diagnostics.map(
      (d) => `${d.start.line}:${d.ruleId} ${d.excerpt}`,
    )

  it('disable and enable, for every rule or the ones named (commas or spaces, with a note)', () => {
    const text = [
      'flagme one.',
      '<!-- reply-lint-disable -->',
      'flagme two, definitely get it.',
      '<!-- reply-lint-enable -->',
      '<!-- reply-lint-disable test/flag-word, test/flag-phrase -- both fine in this template -->',
      'flagme three, definitely get it.',
      '<!-- reply-lint-enable test/flag-phrase -->',
      'flagme four, definitely get it.',
      '<!-- reply-lint-enable test/flag-word test/flag-phrase -->',
      'flagme five.',
    ].join('\n\n')
    expect(md(text)).toEqual([
      '1:test/flag-word flagme',
      '15:test/flag-phrase definitely get it',
      '19:test/flag-word flagme',
    ])
  })

  it('enable naming a rule inside a disable of every rule turns just that rule on again', () => {
    const text =
      '<!-- reply-lint-disable -->\nflagme, definitely get it.\n\n<!-- reply-lint-enable test/flag-word -->\nflagme, definitely get it.\n'
    expect(md(text)).toEqual(['5:test/flag-word flagme'])
  })

  it('disable-next-line: the problems that start on the line after the comment', () => {
    const text = [
      'flagme <!-- reply-lint-disable-next-line test/flag-word --> flagme',
      'flagme and definitely get it',
      'flagme',
      '<!-- reply-lint-disable-next-line -->',
      'flagme and definitely get it',
    ].join('\n')
    expect(md(text)).toEqual([
      '1:test/flag-word flagme',
      '1:test/flag-word flagme',
      '2:test/flag-phrase definitely get it',
      '3:test/flag-word flagme',
    ])
  })

  it('reads HTML comments anywhere, even in <head> or <pre>', () => {
    const html = (text: string) =>
      lint(text, options({ format: 'html' })).diagnostics.map((d) => `${d.start.line}:${d.excerpt}`)
    expect(
      html(
        '<html><head><!-- reply-lint-disable test/flag-phrase --></head><body>\n<p>flagme, definitely get it</p></body></html>',
      ),
    ).toEqual(['2:flagme'])
    expect(
      html(
        '<p>flagme <!-- reply-lint-disable-next-line --></p>\n<p>flagme</p>\n<pre><!-- reply-lint-disable --></pre>\n<p>flagme</p>',
      ),
    ).toEqual(['1:flagme'])
  })

  it('a comment on a line of its own ends a Markdown paragraph; at the end of a line it does not', () => {
    const directive = '<!-- reply-lint-disable-next-line test/flag-word -->'
    expect(markdownProse(`Thanks for waiting.\n${directive}\nflagme soon.`).text).toBe(
      'Thanks for waiting.\n\nflagme soon.',
    )
    expect(markdownProse(`Thanks for waiting. ${directive}\nflagme soon.`).text).toBe(
      'Thanks for waiting. \nflagme soon.',
    )
    expect(md(`Thanks for waiting. ${directive}\nflagme soon.`)).toEqual([])
  })

  it('an inline comment does not split the words around it', () => {
    // "definitely get it" across an inline comment is still found, as a reader sees it.
    expect(md('You will definitely <!-- a note --> get it.')).toEqual([
      '1:test/flag-phrase definitely <!-- a note --> get it',
    ])
  })

  it('never silences an internal error, and a comment in a code block is not a directive', () => {
    const text = '<!-- reply-lint-disable -->\n\n```\n<!-- reply-lint-enable -->\n```\n\nflagme\n'
    // An internal error stands where the prose starts.
    expect(md(text, { plugins: [broken] })).toEqual(['7:internal-error '])
    expect(md('`<!-- reply-lint-disable -->` flagme')).toEqual(['1:test/flag-word flagme'])
  })

  it('plain text has none: a draft is sent as it is', () => {
    expect(found('<!-- reply-lint-disable -->\nflagme')).toEqual(['test/flag-word flagme'])
  })
})

describe('reportUnusedDirectives', () => {
  const unused = (text: string, extra: LintOptions = { format: 'markdown' }) =>
    lint(text, options({ reportUnusedDirectives: true, ...extra })).diagnostics.filter(
      (d) => d.ruleId === 'unused-directive',
    )
  const summary = (diagnostic: Diagnostic | undefined) =>
    diagnostic && {
      messageId: diagnostic.messageId,
      severity: diagnostic.severity,
      message: diagnostic.message,
      range: diagnostic.range,
      suggestions: diagnostic.suggestions.map((s) => ({ messageId: s.messageId, edits: s.edits })),
    }

  it('is off by default', () => {
    expect(lint('<!-- reply-lint-disable -->\nHi.', options({ format: 'markdown' })).diagnostics).toEqual([])
  })

  it('reports a disable that silenced nothing, with a suggestion that removes its line', () => {
    const text = 'Hi.\n<!-- reply-lint-disable-next-line -->\nThanks.\n'
    const [diagnostic, ...rest] = unused(text)
    expect(rest).toEqual([])
    expect(summary(diagnostic)).toEqual({
      messageId: 'unusedDisable',
      severity: 'warn',
      message: 'Unused reply-lint-disable-next-line: no problem was reported where it applies.',
      range: rangeOf(text, '<!-- reply-lint-disable-next-line -->'),
      suggestions: [{ messageId: 'suggestRemove', edits: [{ range: [4, 42], text: '' }] }],
    })
    expect(diagnostic?.start).toEqual({ line: 2, column: 1 })
    expect(applyFixes(text, [diagnostic as Diagnostic]).text).toBe('Hi.\nThanks.\n')
  })

  it('names the ids that silenced nothing, and keeps the others in its rewrite', () => {
    const text = '<!-- reply-lint-disable test/flag-word, test/flag-phrase, test/flag-wrd -- ok -->\nflagme\n'
    const [diagnostic] = unused(text, { format: 'markdown', reportUnusedDirectives: 'error' })
    expect(summary(diagnostic)).toEqual({
      messageId: 'unusedDisable',
      severity: 'error',
      message:
        'Unused reply-lint-disable: no problem from test/flag-phrase was reported where it applies. "test/flag-wrd" is not a rule that is on. Did you mean "test/flag-word"?',
      range: [0, 81],
      suggestions: [
        {
          messageId: 'suggestRemoveRules',
          edits: [{ range: [0, 81], text: '<!-- reply-lint-disable test/flag-word -- ok -->' }],
        },
      ],
    })
  })

  it('reports an enable with nothing disabled, and a comment that is not a directive', () => {
    const text =
      'Hi <!-- reply-lint-enable test/flag-word --> Sam.\n\n<!-- reply-lint-ignore test/flag-word -->\n'
    expect(unused(text).map(summary)).toEqual([
      {
        messageId: 'unusedEnable',
        severity: 'warn',
        message: 'Unused reply-lint-enable: test/flag-word was not disabled here.',
        range: rangeOf(text, '<!-- reply-lint-enable test/flag-word -->'),
        // The comment and the space before it: "Hi Sam."
        suggestions: [{ messageId: 'suggestRemove', edits: [{ range: [2, 44], text: '' }] }],
      },
      {
        messageId: 'unknownDirective',
        severity: 'warn',
        message:
          '"reply-lint-ignore" is not a directive: write reply-lint-disable, reply-lint-enable or reply-lint-disable-next-line, followed by rule ids (none for every rule).',
        range: rangeOf(text, '<!-- reply-lint-ignore test/flag-word -->'),
        // The comment alone on its line: the line goes.
        suggestions: [{ messageId: 'suggestRemove', edits: [{ range: [51, 93], text: '' }] }],
      },
    ])
    expect(applyFixes(text, unused(text)).text).toBe('Hi Sam.\n\n')
  })

  it('counts a directive as used when it silenced a problem, or turned a disabled rule on again', () => {
    const text =
      '<!-- reply-lint-disable test/flag-word -->\nflagme\n<!-- reply-lint-enable test/flag-word -->\n\n<!-- reply-lint-disable-next-line test/flag-word -->\nflagme\n'
    expect(unused(text)).toEqual([])
    expect(
      unused(text.replace('<!-- reply-lint-enable test/flag-word -->', '<!-- reply-lint-enable -->')),
    ).toEqual([])
  })

  it('in HTML too', () => {
    const text = '<p>Hi <!-- reply-lint-disable-next-line test/flag-word --></p>'
    expect(unused(text, { format: 'html' }).map((d) => [d.messageId, d.excerpt])).toEqual([
      ['unusedDisable', '<!-- reply-lint-disable-next-line test/flag-word -->'],
    ])
  })

  it('in plain text, reports every directive: the customer would read it', () => {
    const text = 'flagme <!-- reply-lint-disable-next-line --> there.\nThanks.'
    const diagnostics = lint(text, options({ reportUnusedDirectives: 'info' })).diagnostics
    expect(diagnostics.map(summary)).toEqual([
      summary(lint(text, options()).diagnostics[0]),
      {
        messageId: 'directiveInText',
        severity: 'info',
        message:
          'Directives work only in Markdown and HTML, where a comment is hidden: in plain text the customer would read this. Remove it, or allow the phrase with the "allow" option.',
        range: rangeOf(text, '<!-- reply-lint-disable-next-line -->'),
        suggestions: [{ messageId: 'suggestRemove', edits: [{ range: [6, 44], text: '' }] }],
      },
    ])
    expect(applyFixes(text, diagnostics.slice(1)).text).toBe('flagme there.\nThanks.')
    // Other comments are the writer's business.
    expect(unused('Hi <!-- not ours --> there.', {})).toEqual([])
    const { errorCount, warningCount, infoCount } = createLinter(
      options({ reportUnusedDirectives: 'warn' }),
    ).lint(text)
    expect([errorCount, warningCount, infoCount]).toEqual([0, 2, 0])
  })
})

describe('the README examples (Silencing a finding)', () => {
  const README = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8')

  it('reports an unused directive and removes it with its line', () => {
    const template = 'Thanks!\n\n<!-- reply-lint-disable-next-line no-blame -->\nIt left today.\n'
    expect(README).toContain(`const template = ${JSON.stringify(template).replaceAll('"', "'")}`)
    const [unused, ...rest] = lint(template, { format: 'markdown', reportUnusedDirectives: true }).diagnostics
    expect(rest).toEqual([])
    expect(unused?.message).toBe(
      'Unused reply-lint-disable-next-line: no problem from no-blame was reported where it applies.',
    )
    expect(README).toContain(`unused.message          // '${unused?.message}'`)
    expect(applyFixes(template, [unused as Diagnostic]).text).toBe('Thanks!\n\nIt left today.\n')
  })

  it('allows "Guaranteed Delivery", globally or for no-guarantees, but not the promise', () => {
    const reply = 'Thanks for choosing our Guaranteed Delivery service.'
    expect(README).toContain(`const reply = '${reply}'`)
    expect(lint(reply).diagnostics.map((d) => [d.ruleId, d.excerpt])).toEqual([
      ['no-guarantees', 'our Guaranteed'],
    ])
    expect(lint(reply, { allow: ['Guaranteed Delivery'] }).diagnostics).toEqual([])
    expect(
      lint(reply, { rules: { 'no-guarantees': ['error', { allow: ['Guaranteed Delivery'] }] } }).diagnostics,
    ).toEqual([])
    expect(
      lint('Yes, guaranteed delivery by Friday.', { allow: ['Guaranteed Delivery'] }).diagnostics.map(
        (d) => d.ruleId,
      ),
    ).toEqual(['no-guarantees'])
  })
})
