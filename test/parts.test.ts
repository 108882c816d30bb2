/**
 * A text longer than LONGEST_WHOLE is linted in parts of about PART_LENGTH, each a document of its own, so memory
 * stays at what one part needs. The parts are cut where the parser cuts anyway, so every
 * sentence-scoped rule finds exactly what it finds in the sentence alone, and every offset,
 * line and column is the whole text's.
 */
import { describe, expect, it } from 'vitest'
import { LONGEST_WHOLE, PART_LENGTH, partsOf } from '../src/engine/parts.js'
import {
  applyFixes,
  createLinter,
  defineRule,
  type LintResult,
  type RuleSetting,
  rules,
} from '../src/index.js'

const PARAGRAPH =
  "Hi Sam,\nI'll refund you in full today. The bloody box is on its way.\nThe courier lost it, not us!!"
const sentenceRules = rules.filter((rule) => rule.meta.scope === 'sentence').map((rule) => rule.id)
const onlySentenceRules: Record<string, RuleSetting> = Object.fromEntries(
  rules.map((rule) => [rule.id, sentenceRules.includes(rule.id) ? 'error' : 'off']),
)

describe('partsOf', () => {
  it('is one part for a text that fits', () => {
    expect(partsOf('Hello.')).toEqual([[0, 6]])
  })

  it('covers a long text in order, in parts of about the longest, ending at blank lines', () => {
    const text = `${PARAGRAPH}\n\n`.repeat(Math.ceil((3 * PART_LENGTH) / (PARAGRAPH.length + 2)))
    const parts = partsOf(text)
    expect(parts.length).toBeGreaterThanOrEqual(3)
    expect(parts[0]?.[0]).toBe(0)
    expect(parts[parts.length - 1]?.[1]).toBe(text.length)
    parts.forEach(([start, end], i) => {
      if (i > 0) expect(start).toBe(parts[i - 1]?.[1])
      expect(end - start).toBeLessThanOrEqual(PART_LENGTH)
      if (i < parts.length - 1) {
        expect(end - start).toBeGreaterThan(PART_LENGTH / 2)
        expect(text.slice(end - 2, end)).toBe('\n\n')
      }
    })
  })

  it('cuts a text without blank lines at sentence ends or white space', () => {
    const text = 'Your parcel left today. '.repeat(Math.ceil((2.5 * PART_LENGTH) / 24))
    const parts = partsOf(text)
    expect(parts.length).toBe(3)
    for (const [, end] of parts.slice(0, -1)) expect(text.slice(end - 2, end)).toBe('. ')
  })
})

describe('linting a text longer than one part', () => {
  const copies = Math.ceil((1.3 * LONGEST_WHOLE) / (PARAGRAPH.length + 2))
  const text = `${PARAGRAPH}\n\n`.repeat(copies)
  let result: LintResult | undefined
  const linted = () => {
    result ??= createLinter({ rules: onlySentenceRules }).lint(text)
    return result
  }

  it('finds in every copy of a paragraph what sentence-scoped rules find in it alone, at the right place', () => {
    const alone = createLinter({ rules: onlySentenceRules }).lint(PARAGRAPH).diagnostics
    expect(alone.length).toBeGreaterThan(3)
    expect(partsOf(text).length).toBeGreaterThan(1)
    const { diagnostics } = linted()
    const lines = PARAGRAPH.split('\n').length + 1
    const expected = Array.from({ length: copies }, (_, copy) => {
      const shift = copy * (PARAGRAPH.length + 2)
      return alone.map((d) => [
        d.range[0] + shift,
        d.range[1] + shift,
        d.start.line + copy * lines,
        d.start.column,
        d.excerpt,
        d.suggestions.map((s) => s.edits.map((e) => e.range[0] + shift)),
      ])
    }).flat()
    const found = diagnostics.map((d) => [
      d.range[0],
      d.range[1],
      d.start.line,
      d.start.column,
      text.slice(...d.range),
      d.suggestions.map((s) => s.edits.map((e) => e.range[0])),
    ])
    expect(found).toEqual(expected)
  }, 60_000)

  it('applies its fixes to the whole text, and refuses them on any other', () => {
    const { diagnostics } = linted()
    const fixed = applyFixes(text, diagnostics)
    expect(fixed.applied.length).toBeGreaterThan(copies)
    expect(fixed.text).not.toContain('!!')
    expect(applyFixes(fixed.text, diagnostics).applied).toEqual([])
  }, 60_000)

  it('reports a failing rule once, at the start of the text', () => {
    const throwing = defineRule({
      id: 'acme/throws',
      meta: { description: 'Throws.', recommended: false, scope: 'sentence', defaultOptions: {} },
      messages: { never: 'never' },
      check() {
        throw new Error('boom')
      },
    })
    const off = Object.fromEntries(rules.map((rule) => [rule.id, 'off'])) as Record<string, RuleSetting>
    const failures = createLinter({ rules: off, plugins: [throwing] })
      .lint(text)
      .diagnostics.filter((d) => d.ruleId === 'internal-error')
    expect(failures.map((d) => [d.range, d.message])).toEqual([
      [[0, 0], 'Rule "acme/throws" failed, so its results are missing: boom'],
    ])
  }, 60_000)
})
