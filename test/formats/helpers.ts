import { defineRule, rules } from '../../src/index.js'
import type { Diagnostic, LintOptions, RuleSetting } from '../../src/types.js'

/** Only the named built-in rules, at error: other rules may change without changing these tests. */
export function only(...ids: string[]): Record<string, RuleSetting> {
  return Object.fromEntries(rules.map((rule) => [rule.id, ids.includes(rule.id) ? 'error' : 'off']))
}

/** Flags each word "flagme" and offers a rewrite with characters that are markup in Markdown and HTML. */
export const flagWord = defineRule({
  id: 'test/flag-word',
  meta: { description: 'Flags "flagme".', recommended: false, hasSuggestions: true, defaultOptions: {} },
  messages: { flagged: 'Flagged.', suggestRewrite: 'Rewrite it.' },
  check(context) {
    for (const word of context.words)
      if (word.normal === 'flagme')
        context.report({
          messageId: 'flagged',
          range: word.range,
          suggestions: [
            { messageId: 'suggestRewrite', edits: [{ range: word.range, text: 'R&D <team> *now*' }] },
          ],
        })
  },
})

/** Flags each sentence with "straddle" in it and offers to rewrite the whole sentence. */
export const flagSentence = defineRule({
  id: 'test/flag-sentence',
  meta: { description: 'Flags sentences.', recommended: false, hasSuggestions: true, defaultOptions: {} },
  messages: { flagged: 'Flagged sentence.', suggestRewrite: 'Rewrite the sentence.' },
  check(context) {
    for (const sentence of context.sentences)
      if (sentence.words.some((word) => word.normal === 'straddle'))
        context.report({
          messageId: 'flagged',
          range: sentence.range,
          suggestions: [
            { messageId: 'suggestRewrite', edits: [{ range: sentence.range, text: 'Rewritten.' }] },
          ],
        })
  },
})

/**
 * Flags "definitely get it" (like no-guarantees, but fixed here so these tests do not move when
 * that rule is tuned) and offers two edits: a replacement and an insertion after the sentence.
 */
export const flagPhrase = defineRule({
  id: 'test/flag-phrase',
  meta: {
    description: 'Flags "definitely get it".',
    recommended: false,
    hasSuggestions: true,
    defaultOptions: {},
  },
  messages: { certain: '"{{phrase}}" is a promise.', suggestHedge: 'Hedge it.' },
  check(context) {
    for (const sentence of context.sentences) {
      const words = sentence.words
      for (let i = 0; i + 2 < words.length; i++) {
        const [a, b, c] = [words[i], words[i + 1], words[i + 2]]
        if (!a || !b || !c || a.quoted) continue
        if (a.normal !== 'definitely' || b.normal !== 'get' || c.normal !== 'it') continue
        const range = [a.range[0], c.range[1]] as const
        const last = words[words.length - 1]?.range[1] ?? range[1]
        context.report({
          messageId: 'certain',
          range,
          data: { phrase: context.text.slice(range[0], range[1]) },
          suggestions: [
            {
              messageId: 'suggestHedge',
              edits: [
                { range, text: 'should get it' },
                { range: [last, last], text: ', all being well' },
              ],
            },
          ],
        })
      }
    }
  },
})

/** Flags e-mail addresses, with no rewrite. */
export const flagEmail = defineRule({
  id: 'test/flag-email',
  meta: { description: 'Flags e-mail addresses.', recommended: false, defaultOptions: {} },
  messages: { email: 'An e-mail address.' },
  check(context) {
    for (const sentence of context.sentences)
      for (const match of sentence.text.matchAll(/[\w.+-]+@\w+(?:\.\w+)+/g))
        context.report({
          messageId: 'email',
          range: [sentence.range[0] + match.index, sentence.range[0] + match.index + match[0].length],
        })
  },
})

/** Lint options with only the test rules on. */
export function testRules(format?: LintOptions['format']): LintOptions {
  return {
    format,
    preset: 'recommended',
    rules: only(),
    plugins: [flagWord, flagSentence, flagPhrase, flagEmail],
  }
}

/** The invariants every diagnostic keeps, whatever the format. */
export function expectConsistent(source: string, diagnostics: readonly Diagnostic[]): void {
  for (const diagnostic of diagnostics) {
    const [start, end] = diagnostic.range
    if (!(0 <= start && start <= end && end <= source.length))
      throw new Error(`range ${start},${end} outside the source (${source.length})`)
    if (source.slice(start, end) !== diagnostic.excerpt) throw new Error(`excerpt ${diagnostic.excerpt}`)
    for (const suggestion of diagnostic.suggestions)
      for (const edit of suggestion.edits)
        if (!(0 <= edit.range[0] && edit.range[0] <= edit.range[1] && edit.range[1] <= source.length))
          throw new Error(`edit ${edit.range} outside the source`)
  }
}

/** Where `needle` is in `haystack` (the `nth` occurrence), as a range. */
export function rangeOf(haystack: string, needle: string, nth = 0): [number, number] {
  let at = -1
  for (let i = 0; i <= nth; i++) {
    at = haystack.indexOf(needle, at + 1)
    if (at < 0) throw new Error(`"${needle}" not found`)
  }
  return [at, at + needle.length]
}
