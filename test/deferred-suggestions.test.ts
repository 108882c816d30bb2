/**
 * A rewrite is checked (linted again with every rule) when its diagnostic's `suggestions` are first
 * read, not during the lint: what the lint returns is the same either way.
 */
import { describe, expect, it } from 'vitest'
import type { Registry, SuggestionVetter } from '../src/engine/config.js'
import { createEngineLinter } from '../src/engine/linter.js'
import { createLinter, defineRule, lint } from '../src/index.js'

const flagsParcel = defineRule({
  id: 'flag-parcel',
  meta: { description: 'Flags "parcel".', recommended: true, scope: 'sentence', defaultOptions: {} },
  messages: { found: 'Found "parcel".', suggestBox: 'Say "box".', suggestDrop: 'Drop it.' },
  check(context) {
    for (const word of context.words)
      if (word.normal === 'parcel')
        context.report({
          messageId: 'found',
          node: word,
          suggestions: [
            { messageId: 'suggestBox', edits: [{ range: word.range, text: 'box' }] },
            { messageId: 'suggestDrop', edits: [{ range: word.range, text: '' }] },
          ],
        })
  },
})

/** A registry whose vetter counts the rewrites it is asked about and keeps only the first. */
function counted(vetter?: Partial<{ throws: boolean }>) {
  const asked: number[] = []
  const relinted: string[] = []
  const vet: SuggestionVetter = (_document, diagnostics, relint) => (index) => {
    asked.push(index)
    if (vetter?.throws) throw new Error('vetter failed')
    const diagnostic = diagnostics[index]
    relinted.push(
      relint('A parcel.')
        .map((found) => found.ruleId)
        .join(','),
    )
    return diagnostic ? diagnostic.suggestions.slice(0, 1) : []
  }
  const registry: Registry = {
    rules: [flagsParcel],
    presets: { all: { description: 'all', rules: { 'flag-parcel': 'warn' } } },
    defaultPreset: 'all',
    vetSuggestions: vet,
  }
  return { linter: createEngineLinter(undefined, registry), asked, relinted }
}

describe('deferred rewrites', () => {
  it('checks no rewrite until one is read, then each diagnostic once', () => {
    const { linter, asked, relinted } = counted()
    const result = linter.lint('The parcel came. The parcel left.')
    expect(result.diagnostics.map((d) => d.range)).toEqual([
      [4, 10],
      [21, 27],
    ])
    expect(asked).toEqual([])
    expect(result.diagnostics[1]?.suggestions.map((s) => s.messageId)).toEqual(['suggestBox'])
    expect(result.diagnostics[1]?.suggestions).toBe(result.diagnostics[1]?.suggestions)
    expect(asked).toEqual([1])
    expect(relinted).toEqual(['flag-parcel'])
    expect(result.diagnostics[0]?.suggestions.map((s) => s.edits)).toEqual([
      [{ range: [4, 10], text: 'box' }],
    ])
    expect(asked).toEqual([1, 0])
  })

  it('serialises, spreads and copies the checked rewrites like any other field', () => {
    const { linter } = counted()
    const [diagnostic] = linter.lint('One parcel.').diagnostics
    const parsed = JSON.parse(JSON.stringify(diagnostic))
    expect(parsed.suggestions.map((s: { messageId: string }) => s.messageId)).toEqual(['suggestBox'])
    expect({ ...diagnostic }.suggestions).toHaveLength(1)
    expect(structuredClone(diagnostic)?.suggestions).toHaveLength(1)
    expect(Object.keys(diagnostic ?? {})).toEqual([
      'ruleId',
      'messageId',
      'severity',
      'message',
      'range',
      'start',
      'end',
      'excerpt',
      'suggestions',
      'docsUrl',
      'textFingerprint',
    ])
  })

  it('offers no rewrite when the check throws, and the lint itself stands', () => {
    const { linter } = counted({ throws: true })
    const result = linter.lint('One parcel.')
    expect(result.diagnostics.map((d) => d.ruleId)).toEqual(['flag-parcel'])
    expect(result.diagnostics[0]?.suggestions).toEqual([])
  })

  it('keeps the built-in rules’ results the same whether rewrites are read during or after other lints', () => {
    const drafts = [
      "You'll definitely get it today. Email me at sam@example.com.",
      'The courier lost it, not us. I will refund you now.',
      'Sorry for any inconvenience caused!!',
    ]
    const readAtOnce = createLinter({ preset: 'strict' })
    const now = drafts.map((draft) => JSON.parse(JSON.stringify(readAtOnce.lint(draft))))
    const readLater = createLinter({ preset: 'strict' })
    const results = drafts.map((draft) => readLater.lint(draft))
    expect(results.map((result) => JSON.parse(JSON.stringify(result)))).toEqual(now)
    expect(
      now
        .flatMap((result) => result.diagnostics)
        .some((d: { suggestions: unknown[] }) => d.suggestions.length > 0),
    ).toBe(true)
    // A one-off lint and a markup format defer the same way.
    expect(JSON.parse(JSON.stringify(lint(drafts[0] as string, { preset: 'strict' })))).toEqual(now[0])
  })
})
