import { describe, expect, it } from 'vitest'
import { applyFixes, type Diagnostic, lint, ReplyLintError } from '../src/index.js'

/** A diagnostic over `text` with one suggestion per list of edits. */
function diagnostic(
  text: string,
  range: [number, number],
  ...suggestions: [number, number, string][][]
): Diagnostic {
  return {
    ruleId: 'test',
    messageId: 'm',
    severity: 'warn',
    message: 'm',
    range,
    start: { line: 1, column: range[0] + 1 },
    end: { line: 1, column: range[1] + 1 },
    excerpt: text.slice(...range),
    suggestions: suggestions.map((edits) => ({
      messageId: 'suggestX',
      message: 'x',
      edits: edits.map(([start, end, replacement]) => ({ range: [start, end] as const, text: replacement })),
    })),
    docsUrl: undefined,
  }
}

describe('applyFixes', () => {
  const text = 'abcdefghij'

  it('applies the first suggestion of each diagnostic, right to left safe', () => {
    const result = applyFixes(text, [
      diagnostic(text, [6, 8], [[6, 8, 'XY']]),
      diagnostic(text, [0, 1], [[0, 1, 'Z']]),
    ])
    expect(result.text).toBe('ZbcdefXYij')
    expect(result.applied).toHaveLength(2)
    expect(result.skipped).toEqual([])
  })

  it('skips a suggestion that overlaps one already taken, and says so', () => {
    const first = diagnostic(text, [2, 5], [[2, 5, '_']])
    const second = diagnostic(text, [4, 6], [[4, 6, '+']])
    const result = applyFixes(text, [second, first])
    expect(result.text).toBe('ab_fghij')
    expect(result.skipped).toEqual([{ diagnostic: second, reason: 'overlap' }])
  })

  it('treats two insertions at one point as overlapping, and adjacent edits as fine', () => {
    const a = diagnostic(text, [3, 3], [[3, 3, '1']])
    const b = diagnostic(text, [3, 3], [[3, 3, '2']])
    const c = diagnostic(text, [3, 4], [[3, 4, 'D']])
    const d = diagnostic(text, [2, 3], [[2, 3, 'C']])
    const result = applyFixes(text, [a, b, c, d])
    expect(result.text).toBe('abC1Defghij')
    expect(result.skipped.map((s) => s.diagnostic)).toEqual([b])
  })

  it('applies all edits of a suggestion or none of them', () => {
    const taken = diagnostic(text, [1, 2], [[1, 2, 'B']])
    const multi = diagnostic(
      text,
      [5, 6],
      [
        [1, 2, 'x'],
        [5, 6, 'F'],
      ],
    )
    const result = applyFixes(text, [multi, taken])
    expect(result.text).toBe('aBcdefghij')
    expect(result.skipped.map((s) => s.reason)).toEqual(['overlap'])
  })

  it('picks a suggestion by index or by function, and skips stale diagnostics', () => {
    const two = diagnostic(text, [0, 2], [[0, 2, 'one']], [[0, 2, 'two']])
    expect(applyFixes(text, [two], 1).text).toBe('twocdefghij')
    expect(applyFixes(text, [two], () => undefined).text).toBe(text)
    const result = applyFixes('zzcdefghij', [two])
    expect(result.text).toBe('zzcdefghij')
    expect(result.skipped).toEqual([{ diagnostic: two, reason: 'stale' }])
  })

  it('refuses bad arguments with a typed error', () => {
    expect(() => applyFixes(42 as unknown as string, [])).toThrow(ReplyLintError)
    expect(() => applyFixes('x', {} as unknown as Diagnostic[])).toThrow(ReplyLintError)
  })

  it('converges on real diagnostics: a second lint-and-fix pass changes nothing', () => {
    const draft =
      "Hi Sam,\r\nYou'll definitely get it today!! Email me at sam@example.com.\nIt will arrive by Friday, I promise you."
    const once = applyFixes(draft, lint(draft).diagnostics).text
    const twice = applyFixes(once, lint(once).diagnostics).text
    const thrice = applyFixes(twice, lint(twice).diagnostics).text
    expect(once).not.toBe(draft)
    expect(thrice).toBe(twice)
  })
})
