import { describe, expect, it } from 'vitest'
import { formatJson } from '../src/adapters/formatters/json.js'
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

  it('skips a suggestion whose own edits overlap each other, or insert twice at one point', () => {
    const overlapping = diagnostic(
      text,
      [2, 4],
      [
        [2, 4, 'X'],
        [3, 5, 'Y'],
      ],
    )
    const twoInsertions = diagnostic(
      text,
      [7, 7],
      [
        [7, 7, '1'],
        [7, 7, '2'],
      ],
    )
    const fine = diagnostic(text, [0, 1], [[0, 1, 'A']])
    const result = applyFixes(text, [overlapping, twoInsertions, fine])
    expect(result.text).toBe('Abcdefghij')
    expect(result.applied).toEqual([fine])
    expect(result.skipped).toEqual([
      { diagnostic: overlapping, reason: 'overlap' },
      { diagnostic: twoInsertions, reason: 'overlap' },
    ])
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

describe('applyFixes on a text other than the one linted', () => {
  const draft = "You'll definitely get it today. Email me at sam@example.com."
  const { diagnostics } = lint(draft, { context: { fulfillment: 'seller' } })

  it('refuses old diagnostics on an edited draft, although their own range still matches', () => {
    // The rewrite drops the pledge, capitalises "it", swaps "will" and removes "definitely".
    const guarantee = lint('I guarantee it will definitely be there by Monday.').diagnostics
    expect(guarantee.map((d) => [d.ruleId, d.range, d.suggestions[0]?.edits.map((e) => e.range)])).toEqual([
      [
        'no-guarantees',
        [0, 14],
        [
          [0, 12],
          [12, 13],
          [15, 19],
          [20, 31],
        ],
      ],
    ])
    const edited = 'I guarantee it will surely be there by Monday.'
    expect(edited.slice(0, 14)).toBe(guarantee[0]?.excerpt)
    const result = applyFixes(edited, guarantee)
    expect(result).toEqual({
      text: edited,
      applied: [],
      skipped: [{ diagnostic: guarantee[0], reason: 'stale' }],
    })
  })

  it('changes nothing when the same diagnostics are applied to their own result', () => {
    const once = applyFixes(draft, diagnostics)
    expect(once.text).toBe("It's expected to arrive today.")
    expect(once.applied.length).toBeGreaterThan(0)
    const twice = applyFixes(once.text, diagnostics)
    expect(twice.text).toBe(once.text)
    expect(twice.applied).toEqual([])
    const fixable = diagnostics.filter((d) => d.suggestions.length > 0)
    expect(twice.skipped).toEqual(fixable.map((diagnostic) => ({ diagnostic, reason: 'stale' })))
  })

  it('does not insert a sentence twice when the diagnostics are applied to their own result', () => {
    // The diagnostic flags the delay; its rewrite inserts sentences after it, so the flagged
    // words are still there, unchanged, after the fix.
    const delay =
      "Hi there! We're running a little behind on orders this week, so yours hasn't gone out yet, and we'll update you soon. Thanks for understanding"
    const found = lint(delay).diagnostics.filter((d) => d.ruleId === 'delay-notice')
    const once = applyFixes(delay, found)
    expect(once.text).toBe(
      "Hi there! We're running a little behind on orders this week, so yours hasn't gone out yet, and we'll update you soon. We don't have a new date yet. Thanks for understanding",
    )
    const [flagged] = once.applied
    expect(flagged && once.text.slice(...flagged.range)).toBe(flagged?.excerpt)
    expect(applyFixes(once.text, found)).toEqual({
      text: once.text,
      applied: [],
      skipped: [{ diagnostic: flagged, reason: 'stale' }],
    })
  })

  it("applies diagnostics that went through JSON (the CLI's -f json, an editor or a language server)", () => {
    const viaJson = JSON.parse(JSON.stringify(diagnostics)) as Diagnostic[]
    expect(applyFixes(draft, viaJson)).toEqual(applyFixes(draft, diagnostics))
    const [report] = JSON.parse(
      formatJson([
        {
          path: 'reply.txt',
          filePath: '/drafts/reply.txt',
          format: 'text',
          source: draft,
          notices: [],
          ...lint(draft, { context: { fulfillment: 'seller' } }),
        },
      ]),
    ) as { diagnostics: Diagnostic[] }[]
    expect(applyFixes(draft, report?.diagnostics ?? []).text).toBe(applyFixes(draft, diagnostics).text)
    expect(applyFixes(`${draft} `, viaJson).applied).toEqual([])
  })

  it('fingerprints the markup, not the prose, for Markdown and HTML', () => {
    for (const [format, source] of [
      ['markdown', "# Hi\n\nYou'll definitely get it today."],
      ['html', "<p>Hi,</p><p>You'll definitely get it today.</p>"],
    ] as const) {
      const found = lint(source, { format }).diagnostics
      expect(found.length).toBeGreaterThan(0)
      const fixed = applyFixes(source, found)
      expect(fixed.applied.length).toBeGreaterThan(0)
      expect(applyFixes(fixed.text, found).applied).toEqual([])
    }
  })
})
