import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { allSuggestions, type SampledSuggestion, sampleSuggestions } from '../scripts/sample-suggestions.js'
import { formatScore, scoreReview } from '../scripts/score-review.js'

const drafts = [
  { text: "Thanks for waiting. You'll definitely get it today." },
  { text: 'Glad it arrived. Follow us on Instagram for new designs!' },
  { text: 'Thanks for your message. Your parcel is in transit with DPD.' },
  {
    text: "Sorry about the wait. I'll refund you now, no need to return it.",
    context: { refund: 'requested' as const },
  },
]

describe('scripts/sample-suggestions.ts', () => {
  const all = allSuggestions(drafts)

  it('gives each suggestion as the whole draft before and after applying only it', () => {
    const estimate = all.find((item) => item.rule === 'no-guarantees') as SampledSuggestion
    expect(estimate).toMatchObject({
      before: "Thanks for waiting. You'll definitely get it today.",
      after: "Thanks for waiting. It's expected to arrive today.",
      message: 'Phrase it as an estimate.',
    })
    expect(estimate.id).toMatch(/^[0-9a-f]{12}$/)
    const refund = all.filter((item) => item.rule === 'no-unreviewed-refund').map((item) => item.after)
    // The refund rule offers no rewrite by default.
    expect(refund).toEqual([])
  })

  it('takes rules in turn, and the same seed draws the same sample', () => {
    const sample = sampleSuggestions(all, { n: 3, seed: 7 })
    expect(new Set(sample.map((item) => item.rule)).size).toBe(3)
    expect(sampleSuggestions(all, { n: 3, seed: 7 })).toEqual(sample)
    expect(sampleSuggestions(all, { n: 100, seed: 7 })).toHaveLength(all.length)
  })
})

describe('scripts/score-review.ts', () => {
  const sample = [
    { id: 'a', rule: 'no-blame', before: '', after: '', message: '' },
    { id: 'b', rule: 'no-blame', before: '', after: '', message: '' },
    { id: 'c', rule: 'no-guarantees', before: '', after: '', message: '' },
  ]

  it('counts acceptance per rule and overall, and names what is missing or unknown', () => {
    const score = scoreReview(sample, [
      { id: 'a', accept: true, why: 'reads well' },
      { id: 'b', accept: false, why: 'loses the date' },
      { id: 'z', accept: true },
    ])
    expect(score).toEqual({
      rules: [{ rule: 'no-blame', accepted: 1, judged: 2 }],
      accepted: 1,
      judged: 2,
      unjudged: ['c'],
      unknown: ['z'],
    })
    expect(formatScore(score).split('\n')).toEqual([
      'rule                        accepted',
      'no-blame                         1/2  50%',
      'overall                          1/2  50%',
      'no verdict: c',
      'verdicts for ids not in the sample: z',
    ])
  })
})

describe('the review scripts from the command line, as the README runs them', () => {
  it('samples, then scores the verdicts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reply-lint-review-'))
    try {
      const root = join(import.meta.dirname, '..')
      const tsx = join(root, 'node_modules', '.bin', 'tsx')
      writeFileSync(join(dir, 'drafts.jsonl'), drafts.map((draft) => JSON.stringify(draft)).join('\n'))
      execFileSync(
        tsx,
        [
          'scripts/sample-suggestions.ts',
          join(dir, 'drafts.jsonl'),
          '--n',
          '2',
          '--seed',
          '7',
          '--out',
          join(dir, 'sample.jsonl'),
        ],
        { cwd: root },
      )
      const sample = readFileSync(join(dir, 'sample.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line))
      expect(sample).toHaveLength(2)
      writeFileSync(
        join(dir, 'verdicts.jsonl'),
        sample
          .map((item, index) => JSON.stringify({ id: item.id, accept: index === 0, why: 'test' }))
          .join('\n'),
      )
      const printed = execFileSync(
        tsx,
        ['scripts/score-review.ts', join(dir, 'sample.jsonl'), join(dir, 'verdicts.jsonl')],
        {
          cwd: root,
          encoding: 'utf8',
        },
      )
      expect(printed.trim().split('\n').at(-1)).toBe('overall                          1/2  50%')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 30_000)
})
