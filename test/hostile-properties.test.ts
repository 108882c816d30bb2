/**
 * Properties for what a hostile or unlucky caller can do: apply old or already-applied fixes,
 * plug in a rule that throws, returns or reports anything at all, and nest Markdown or HTML up to
 * the limit and past it.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MARKUP_LIMITS } from '../src/formats/limits.js'
import {
  type AnyRule,
  applyFixes,
  createLinter,
  type Diagnostic,
  defineRule,
  type LintResult,
  lint,
  ReplyLintError,
  type RuleContext,
} from '../src/index.js'

const FIXTURES = join(import.meta.dirname, '..', 'fixtures')
const FIXTURE_LINES: string[] = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.txt') && !file.endsWith('.fixed.txt') && file.includes('invalid'))
  .sort()
  .flatMap((file) => readFileSync(join(FIXTURES, file), 'utf8').split(/\r?\n/))
  .filter((line) => line.trim() !== '')

/** Drafts made of fixture lines that make rules fire and offer rewrites. */
const draft = fc
  .array(fc.constantFrom(...FIXTURE_LINES), { minLength: 1, maxLength: 5 })
  .chain((lines) =>
    fc
      .array(fc.constantFrom(' ', '\n', '\n\n', '\r\n'), { minLength: lines.length, maxLength: lines.length })
      .map((separators) => lines.map((line, i) => line + separators[i]).join('')),
  )

const strict = createLinter({ preset: 'strict' })

/** `text` with one change: a character inserted, deleted or replaced somewhere. */
const editOf = (text: string) =>
  fc
    .tuple(
      fc.nat({ max: text.length }),
      fc.constantFrom('insert', 'delete', 'replace'),
      fc.string({ minLength: 1, maxLength: 1 }),
    )
    .map(([at, kind, char]) => {
      if (kind === 'insert') return text.slice(0, at) + char + text.slice(at)
      if (kind === 'delete') return text.slice(0, at) + text.slice(at + 1)
      return text.slice(0, at) + char + text.slice(at + 1)
    })

describe('applyFixes with old or already applied diagnostics', () => {
  it('refuses every diagnostic of a text on any edit of it, and leaves the edit as it is', () => {
    fc.assert(
      fc.property(
        draft.chain((text) => fc.tuple(fc.constant(text), editOf(text))),
        ([text, edited]) => {
          fc.pre(edited !== text)
          const { diagnostics } = strict.lint(text)
          const result = applyFixes(edited, diagnostics)
          expect(result.text).toBe(edited)
          expect(result.applied).toEqual([])
          for (const skipped of result.skipped) expect(skipped.reason).toBe('stale')
        },
      ),
      { numRuns: 60 },
    )
  })

  it('changes nothing when the same diagnostics are applied to their own result, even through JSON', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const { diagnostics } = strict.lint(text)
        const viaJson = JSON.parse(JSON.stringify(diagnostics)) as Diagnostic[]
        const once = applyFixes(text, diagnostics)
        expect(applyFixes(text, viaJson)).toEqual(once)
        if (once.text === text) return
        const again = applyFixes(once.text, viaJson)
        expect(again.text).toBe(once.text)
        expect(again.applied).toEqual([])
      }),
      { numRuns: 60 },
    )
  })
})

/** Values a rule may throw or return, from plain to hostile. */
const hostileValue: fc.Arbitrary<() => unknown> = fc.oneof(
  fc.anything().map((value) => () => value),
  fc.constantFrom(
    () => Object.create(null),
    () => ({
      toString() {
        throw new Error('toString')
      },
      valueOf() {
        throw new Error('valueOf')
      },
    }),
    () => {
      const error = new Error('hidden')
      Object.defineProperty(error, 'message', {
        get() {
          throw new Error('getter')
        },
      })
      return error
    },
    () => {
      const { proxy, revoke } = Proxy.revocable({}, {})
      revoke()
      return proxy
    },
    () =>
      new Proxy(
        {},
        {
          get() {
            throw new Error('trap')
          },
          getPrototypeOf() {
            throw new Error('trap')
          },
        },
      ),
    () => Promise.reject(new Error('async')),
    () => Promise.resolve(),
    // biome-ignore lint/suspicious/noThenProperty: a thenable is the point
    () => ({ then: (_: unknown, reject: (reason: unknown) => void) => reject(new Error('thenable')) }),
  ),
)

/** What a hostile rule does with its context: throw, return, report junk, or mutate what it was given. */
const behaviour = fc.oneof(
  hostileValue.map((make) => (_: RuleContext) => {
    throw make()
  }),
  hostileValue.map((make) => (_: RuleContext) => make()),
  hostileValue.map((make) => (context: RuleContext) => context.report(make() as never)),
  fc.constant((context: RuleContext) => {
    for (const sentence of context.sentences) {
      const analysis = context.nlp(sentence)
      analysis.view.tag('Hostile')
      for (const term of analysis.terms)
        try {
          ;(term.tags as Set<string>).clear()
        } catch {}
    }
    try {
      ;(context.options as Record<string, unknown>).injected = true
    } catch {}
  }),
)

describe('hostile plugin rules', () => {
  it('never take a lint down, fail at most once each, and change nothing the built-in rules find', () => {
    const clean = (result: LintResult) =>
      result.diagnostics.filter((d) => d.ruleId !== 'internal-error' && !d.ruleId.startsWith('acme/'))
    fc.assert(
      fc.property(draft, fc.array(behaviour, { minLength: 1, maxLength: 3 }), (text, behaviours) => {
        const plugins: AnyRule[] = behaviours.map((check, i) =>
          defineRule({
            id: `acme/hostile-${i}`,
            meta: { description: 'Hostile.', recommended: false, defaultOptions: { level: 1 } },
            messages: { found: 'Found.' },
            check: check as (context: RuleContext) => void,
          }),
        )
        const linter = createLinter({ preset: 'strict', plugins })
        const first = linter.lint(text)
        const failures = first.diagnostics.filter((d) => d.ruleId === 'internal-error')
        expect(failures.length).toBeLessThanOrEqual(plugins.length)
        expect(new Set(failures.map((d) => d.message)).size).toBe(failures.length)
        for (const failure of failures) expect(failure.message).toMatch(/^Rule "acme\/hostile-\d" failed/)
        expect(clean(first)).toEqual(clean(strict.lint(text)))
        // And the next lint by the same linter is the same: nothing a rule did stayed behind.
        expect(linter.lint(text)).toEqual(first)
      }),
      { numRuns: 60 },
    )
  })
})

describe('nesting up to the limit and past it', () => {
  const { nesting } = MARKUP_LIMITS
  const line = fc.constantFrom("You'll definitely get it today.", 'Email me at sam@example.com.', 'Thanks!')
  const markdown = fc
    .tuple(fc.array(fc.constantFrom('> ', '- ', '1. ', '* '), { maxLength: nesting + 40 }), line)
    .map(([markers, text]) => ({ depth: markers.length, source: `Hi,\n\n${markers.join('')}${text}\n` }))
  const html = fc
    .tuple(
      fc.array(fc.constantFrom('div', 'blockquote', 'b', 'span', 'ul'), { maxLength: nesting + 40 }),
      line,
    )
    .map(([names, text]) => ({
      // <html> and <body> come first: the parser's own two levels.
      depth: names.length + 2,
      source: `${names.map((name) => `<${name}>`).join('')}${text}${names
        .reverse()
        .map((name) => `</${name}>`)
        .join('')}`,
    }))

  it('lints any nesting up to the limit with every range in the source, and refuses any past it', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          markdown.map((shape) => ({ ...shape, format: 'markdown' as const })),
          html.map((shape) => ({ ...shape, format: 'html' as const })),
        ),
        ({ depth, source, format }) => {
          if (depth > nesting) {
            let code: string | undefined
            try {
              lint(source, { format })
            } catch (error) {
              expect(error).toBeInstanceOf(ReplyLintError)
              code = (error as ReplyLintError).code
            }
            expect(code).toBe('input-too-complex')
            return
          }
          const { diagnostics } = lint(source, { format })
          for (const d of diagnostics) {
            expect(d.ruleId).not.toBe('internal-error')
            expect(d.excerpt).toBe(source.slice(...d.range))
          }
        },
      ),
      { numRuns: 60 },
    )
  })
})
