import { describe, expect, it } from 'vitest'
import { createEngineLinter } from '../engine/linter.js'
import { applyFixes } from '../fix/apply-fixes.js'
import type { AnyRule, Diagnostic, Range, ReplyContext, RuleOptions } from '../types.js'

export interface ValidCase {
  /** Test title; defaults to the text. */
  name?: string
  text: string
  context?: ReplyContext
  options?: RuleOptions
}

export interface ExpectedSuggestion {
  messageId: string
  /** The whole text after applying this suggestion alone. */
  output?: string
}

export interface ExpectedError {
  messageId: string
  /** Exact UTF-16 range. Give `range` or `excerpt` (or both). */
  range?: Range
  /** Exactly the flagged text. */
  excerpt?: string
  line?: number
  column?: number
  /** Every suggestion the diagnostic offers, in order. Required when the rule offers any. */
  suggestions?: readonly ExpectedSuggestion[]
}

export interface InvalidCase extends ValidCase {
  errors: readonly ExpectedError[]
  /** The text after applying the first suggestion of every diagnostic. */
  output?: string
}

export interface RuleTests {
  valid: ReadonlyArray<string | ValidCase>
  invalid: readonly InvalidCase[]
}

/**
 * Table-driven tests for one rule, run inside vitest. Each case lints with that rule alone
 * and checks messageIds, exact ranges, every suggestion's full output, and that applying the
 * fixes converges (the fixed text offers no further fix from the rule).
 */
export class RuleTester {
  constructor(private readonly defaults: { context?: ReplyContext } = {}) {}

  run(rule: AnyRule, tests: RuleTests): void {
    const seen = new Set<string>()
    const key = (test: ValidCase) => JSON.stringify([test.text, test.context ?? null, test.options ?? null])
    const unique = (test: ValidCase) => {
      const id = key(test)
      if (seen.has(id)) throw new Error(`Duplicate test case for ${rule.id}: ${JSON.stringify(test.text)}`)
      seen.add(id)
    }

    describe(rule.id, () => {
      describe('valid', () => {
        for (const raw of tests.valid) {
          const test = typeof raw === 'string' ? { text: raw } : raw
          unique(test)
          it(title(test), () => {
            const diagnostics = this.lint(rule, test)
            expect(
              diagnostics.map(summary),
              `expected no diagnostics for ${JSON.stringify(test.text)}`,
            ).toEqual([])
          })
        }
      })
      describe('invalid', () => {
        for (const test of tests.invalid) {
          unique(test)
          it(title(test), () => this.checkInvalid(rule, test))
        }
      })
    })
  }

  /** Lints `test.text` with `rule` alone (at `error`), returning its diagnostics, internal errors included. */
  lint(rule: AnyRule, test: ValidCase): Diagnostic[] {
    const linter = createEngineLinter(
      { rules: { [rule.id]: ['error', test.options ?? {}] } },
      { rules: [rule], presets: { none: { description: 'no rules', rules: {} } }, defaultPreset: 'none' },
    )
    return linter.lint(test.text, { ...this.defaults.context, ...test.context }).diagnostics
  }

  /** Throws unless `rule` reports nothing on the case. */
  checkValid(rule: AnyRule, test: ValidCase): void {
    const diagnostics = this.lint(rule, test)
    expect(diagnostics.map(summary), `expected no diagnostics for ${JSON.stringify(test.text)}`).toEqual([])
  }

  /** Throws unless `rule` reports exactly the expected errors, suggestions and fixed output. */
  checkInvalid(rule: AnyRule, test: InvalidCase): void {
    if (test.errors.length === 0) throw new Error('An invalid case needs at least one expected error.')
    const diagnostics = this.lint(rule, test)
    const failures = diagnostics.filter((diagnostic) => diagnostic.ruleId === 'internal-error')
    expect(failures.map(summary), 'the rule threw').toEqual([])
    expect(diagnostics.length, `number of diagnostics; got:\n${diagnostics.map(summary).join('\n')}`).toBe(
      test.errors.length,
    )

    test.errors.forEach((expected, index) => {
      const actual = diagnostics[index] as Diagnostic
      const where = `diagnostic ${index} (${summary(actual)})`
      if (expected.range === undefined && expected.excerpt === undefined)
        throw new Error(`Expected error ${index} needs a range or an excerpt.`)
      expect(actual.messageId, `${where}: messageId`).toBe(expected.messageId)
      if (expected.range) expect([...actual.range], `${where}: range`).toEqual([...expected.range])
      if (expected.excerpt !== undefined) expect(actual.excerpt, `${where}: excerpt`).toBe(expected.excerpt)
      if (expected.line !== undefined) expect(actual.start.line, `${where}: line`).toBe(expected.line)
      if (expected.column !== undefined) expect(actual.start.column, `${where}: column`).toBe(expected.column)
      expect(actual.excerpt).toBe(test.text.slice(actual.range[0], actual.range[1]))

      if (expected.suggestions === undefined) {
        if (actual.suggestions.length > 0 && test.output === undefined)
          throw new Error(
            `${where} offers suggestions; list them in "suggestions" or give the case an "output".`,
          )
        return
      }
      expect(
        actual.suggestions.map((suggestion) => suggestion.messageId),
        `${where}: suggestion messageIds`,
      ).toEqual(expected.suggestions.map((suggestion) => suggestion.messageId))
      expected.suggestions.forEach((suggestion, suggestionIndex) => {
        if (suggestion.output === undefined) return
        const output = applyFixes(test.text, [actual], suggestionIndex).text
        expect(output, `${where}: output of suggestion ${suggestionIndex}`).toBe(suggestion.output)
      })
    })

    const fixed = applyFixes(test.text, diagnostics).text
    if (test.output !== undefined)
      expect(fixed, 'output after applying every first suggestion').toBe(test.output)
    if (fixed !== test.text) {
      const again = this.lint(rule, { ...test, text: fixed }).filter(
        (diagnostic) => diagnostic.suggestions.length > 0,
      )
      expect(again.map(summary), `fixes must converge; the fixed text still offers fixes:\n${fixed}`).toEqual(
        [],
      )
    }
  }
}

function title(test: ValidCase): string {
  const text = test.name ?? test.text.replace(/\s+/g, ' ')
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}

function summary(diagnostic: Diagnostic): string {
  return `${diagnostic.ruleId}/${diagnostic.messageId} [${diagnostic.range[0]}, ${diagnostic.range[1]}] ${JSON.stringify(diagnostic.excerpt)}: ${diagnostic.message}`
}
