import { normalizeRule } from '../engine/define-rule.js'
import { createEngineLinter } from '../engine/linter.js'
import { applyFixes } from '../fix/apply-fixes.js'
import { formats, withSourceFormat } from '../formats/index.js'
import type { AnyRule, Diagnostic, LintOptions, Range, ReplyContext, RuleOptions } from '../types.js'

type Format = NonNullable<LintOptions['format']>

export interface ValidCase {
  /** Test title; defaults to the text. */
  name?: string
  text: string
  context?: ReplyContext
  options?: RuleOptions
  /**
   * What the text is written in; defaults to the tester's `format`, else `text`. Ranges are into
   * `text` as written. In Markdown and HTML the case may hold inline directives
   * (`<!-- reply-lint-disable-next-line no-asap -->`).
   */
  format?: Format
  /** Phrases never reported (the lint option `allow`), as a user would configure them. */
  allow?: readonly string[]
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

/** `describe` or `it` of a test runner: vitest, jest, mocha, `node:test`. */
export type TestBlock = (name: string, body: () => void) => unknown

export interface RuleTesterConfig {
  /** The runner's `describe`; else `RuleTester.describe`, else a global `describe`. */
  describe?: TestBlock
  /** The runner's `it`; else `RuleTester.it`, else a global `it`. */
  it?: TestBlock
  /** Reply context for every case; a case's own `context` is merged over it. */
  context?: ReplyContext
  /** Format of every case that does not give its own. */
  format?: Format
}

/** A failed expectation; `actual` and `expected` let runners show a diff. */
export class RuleTesterError extends Error {
  override readonly name = 'AssertionError'
  constructor(
    message: string,
    readonly actual?: unknown,
    readonly expected?: unknown,
  ) {
    super(message)
  }
}

/**
 * Table-driven tests for one rule, under any test runner. Each case lints with that rule alone and
 * checks messageIds, exact ranges, every suggestion's full output, and that applying the fixes
 * converges (the fixed text offers no further fix from the rule). A case listed twice fails as one
 * test of its own.
 *
 * Like ESLint's RuleTester, it takes the runner's `describe` and `it` (in the constructor, or once
 * for all testers as `RuleTester.describe` / `RuleTester.it`), or finds them as globals. Without
 * any, it runs the cases at once and throws at the first failure.
 *
 * @example
 * import { describe, it } from 'node:test'
 * new RuleTester({ describe, it }).run(rule, { valid: ['Thanks!'], invalid: [...] })
 */
export class RuleTester {
  /** The `describe` every tester uses when its config gives none. */
  static describe: TestBlock | undefined
  /** The `it` every tester uses when its config gives none. */
  static it: TestBlock | undefined

  constructor(private readonly config: RuleTesterConfig = {}) {}

  run(rule: AnyRule, tests: RuleTests): void {
    const describe = this.config.describe ?? RuleTester.describe ?? globalBlock('describe') ?? runNow
    const it = this.config.it ?? RuleTester.it ?? globalBlock('it') ?? runNow
    const seen = new Set<string>()
    /** A case met before gets a failing test instead of its checks. */
    const test = (kind: string, caseOf: ValidCase, check: () => void) => {
      const key = JSON.stringify([
        caseOf.text,
        caseOf.context ?? null,
        caseOf.options ?? null,
        caseOf.format ?? null,
        caseOf.allow ?? null,
      ])
      if (!seen.has(key)) {
        seen.add(key)
        it(title(caseOf), check)
        return
      }
      it(`${title(caseOf)} (duplicate)`, () => {
        throw new RuleTesterError(
          `Duplicate ${kind} test case for ${rule.id}: ${JSON.stringify(caseOf.text)}. Remove one of them.`,
        )
      })
    }

    describe(rule.id, () => {
      describe('valid', () => {
        for (const raw of tests.valid) {
          const valid = typeof raw === 'string' ? { text: raw } : raw
          test('valid', valid, () => this.checkValid(rule, valid))
        }
      })
      describe('invalid', () => {
        for (const invalid of tests.invalid) test('invalid', invalid, () => this.checkInvalid(rule, invalid))
      })
    })
  }

  /** Lints `test.text` with `rule` alone (at `error`), returning its diagnostics, internal errors included. */
  lint(rule: AnyRule, test: ValidCase): Diagnostic[] {
    const options = {
      rules: { [rule.id]: ['error', test.options ?? {}] },
      format: test.format ?? this.config.format,
      allow: test.allow,
    } as unknown as LintOptions
    const linter = withSourceFormat(
      createEngineLinter(options, {
        // Checked and completed as the engine does for plugin rules (a rule built by hand may leave meta out).
        rules: [normalizeRule(rule)],
        presets: { none: { description: 'no rules', rules: {} } },
        defaultPreset: 'none',
        formats,
      }),
    )
    return linter.lint(test.text, { ...this.config.context, ...test.context }).diagnostics
  }

  /** Throws unless `rule` reports nothing on the case. */
  checkValid(rule: AnyRule, test: ValidCase): void {
    const diagnostics = this.lint(rule, test)
    equal(diagnostics.map(summary), [], `expected no diagnostics for ${JSON.stringify(test.text)}`)
  }

  /** Throws unless `rule` reports exactly the expected errors, suggestions and fixed output. */
  checkInvalid(rule: AnyRule, test: InvalidCase): void {
    if (test.errors.length === 0)
      throw new RuleTesterError('An invalid case needs at least one expected error.')
    const diagnostics = this.lint(rule, test)
    const failures = diagnostics.filter((diagnostic) => diagnostic.ruleId === 'internal-error')
    equal(failures.map(summary), [], 'the rule threw')
    equal(
      diagnostics.length,
      test.errors.length,
      `number of diagnostics; got:\n${diagnostics.map(summary).join('\n')}`,
    )

    test.errors.forEach((expected, index) => {
      const actual = diagnostics[index] as Diagnostic
      const where = `diagnostic ${index} (${summary(actual)})`
      if (expected.range === undefined && expected.excerpt === undefined)
        throw new RuleTesterError(`Expected error ${index} needs a range or an excerpt.`)
      equal(actual.messageId, expected.messageId, `${where}: messageId`)
      if (expected.range) equal([...actual.range], [...expected.range], `${where}: range`)
      if (expected.excerpt !== undefined) equal(actual.excerpt, expected.excerpt, `${where}: excerpt`)
      if (expected.line !== undefined) equal(actual.start.line, expected.line, `${where}: line`)
      if (expected.column !== undefined) equal(actual.start.column, expected.column, `${where}: column`)
      equal(
        actual.excerpt,
        test.text.slice(actual.range[0], actual.range[1]),
        `${where}: excerpt is the range`,
      )

      if (expected.suggestions === undefined) {
        if (actual.suggestions.length > 0 && test.output === undefined)
          throw new RuleTesterError(
            `${where} offers suggestions; list them in "suggestions" or give the case an "output".`,
          )
        return
      }
      equal(
        actual.suggestions.map((suggestion) => suggestion.messageId),
        expected.suggestions.map((suggestion) => suggestion.messageId),
        `${where}: suggestion messageIds`,
      )
      expected.suggestions.forEach((suggestion, suggestionIndex) => {
        if (suggestion.output === undefined) return
        const output = applyFixes(test.text, [actual], suggestionIndex).text
        equal(output, suggestion.output, `${where}: output of suggestion ${suggestionIndex}`)
      })
    })

    const fixed = applyFixes(test.text, diagnostics).text
    if (test.output !== undefined) equal(fixed, test.output, 'output after applying every first suggestion')
    if (fixed !== test.text) {
      const again = this.lint(rule, { ...test, text: fixed }).filter(
        (diagnostic) => diagnostic.suggestions.length > 0,
      )
      equal(again.map(summary), [], `fixes must converge; the fixed text still offers fixes:\n${fixed}`)
    }
  }
}

/** Runs a block at once: without a test runner, the first failure throws. */
const runNow: TestBlock = (_name, body) => body()

function globalBlock(name: 'describe' | 'it'): TestBlock | undefined {
  const block = (globalThis as Record<string, unknown>)[name]
  return typeof block === 'function' ? (block as TestBlock) : undefined
}

/** Compares JSON-like values (strings, numbers, arrays of them). */
function equal(actual: unknown, expected: unknown, message: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new RuleTesterError(
      `${message}\nexpected: ${JSON.stringify(expected)}\nactual:   ${JSON.stringify(actual)}`,
      actual,
      expected,
    )
}

function title(test: ValidCase): string {
  const text = test.name ?? test.text.replace(/\s+/g, ' ')
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}

function summary(diagnostic: Diagnostic): string {
  return `${diagnostic.ruleId}/${diagnostic.messageId} [${diagnostic.range[0]}, ${diagnostic.range[1]}] ${JSON.stringify(diagnostic.excerpt)}: ${diagnostic.message}`
}
