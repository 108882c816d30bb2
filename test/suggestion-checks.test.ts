import { beforeAll, describe, expect, it } from 'vitest'
import { type Report, runChecks, STRUCTURE_RULE } from '../scripts/suggestion-checks.js'

/**
 * Every suggestion on every rule fixture and every line of ../shared/corpus/dev.jsonl,
 * ../shared/corpus/drafts.jsonl and the labelled generalisation batch, applied alone and all
 * together in passes (scripts/suggestion-checks.ts says what is checked). require-structure's own
 * rewrites are left out: they add whole sentences and are that rule's concern.
 */
let report: Report
beforeAll(() => {
  report = runChecks()
}, 120_000)

const describeFailure = (source: string, rule: string, failures: readonly string[], after: string) =>
  `${rule} on ${source}: ${failures.join(', ')}\n  -> ${after}`

describe('suggested rewrites', () => {
  it('covers the fixtures and all three corpus files', () => {
    expect(report.drafts).toBeGreaterThan(1600)
    // Every rule with rewrites but escalate-instead and no-blame, which offer none, and
    // no-unreviewed-refund, whose rewrites are off by default.
    expect(new Set(report.alone.map((check) => check.diagnostic.ruleId)).size).toBeGreaterThanOrEqual(13)
  })

  it('each suggestion applied alone keeps the text whole, raises nothing and clears its rule', () => {
    const failing = report.alone
      .filter((check) => check.diagnostic.ruleId !== STRUCTURE_RULE && check.failures.length > 0)
      .map((check) =>
        describeFailure(check.draft.source, check.diagnostic.ruleId, check.failures, check.after),
      )
    expect(failing).toEqual([])
  })

  it('all fixes applied in passes clear every fixed rule and raise none in at least 99% of drafts', () => {
    const passes = report.passesWithoutStructure
    const failing = passes.filter((check) => check.failures.length > 0)
    // Enough drafts with a rewrite for the rate to mean something (fewer since a rewrite is offered
    // only where one is safe).
    expect(passes.length).toBeGreaterThan(300)
    expect(
      failing.length / passes.length,
      failing
        .map((check) =>
          describeFailure(check.draft.source, check.fixed.join('+'), check.failures, check.after),
        )
        .join('\n'),
    ).toBeLessThanOrEqual(0.01)
  })
})
