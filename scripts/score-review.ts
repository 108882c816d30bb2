/**
 * Acceptance of a blind review of suggested rewrites: reads the sample (from
 * scripts/sample-suggestions.ts) and the verdicts, and prints, per rule and overall, how many
 * rewrites the reviewer would send as they are.
 *
 *   npx tsx scripts/score-review.ts sample.jsonl verdicts.jsonl
 *
 * Verdict lines: `{ "id": "…", "accept": true, "why": "…" }`.
 */
import { readFileSync } from 'node:fs'
import type { SampledSuggestion } from './sample-suggestions.js'

export interface Verdict {
  id: string
  accept: boolean
  why?: string
}

export interface Score {
  rules: { rule: string; accepted: number; judged: number }[]
  accepted: number
  judged: number
  /** Sample ids without a verdict. */
  unjudged: string[]
  /** Verdict ids not in the sample. */
  unknown: string[]
}

export function scoreReview(sample: readonly SampledSuggestion[], verdicts: readonly Verdict[]): Score {
  const ruleOf = new Map(sample.map((item) => [item.id, item.rule]))
  const byRule = new Map<string, { accepted: number; judged: number }>()
  const seen = new Set<string>()
  const unknown: string[] = []
  for (const verdict of verdicts) {
    const rule = ruleOf.get(verdict.id)
    if (!rule) {
      unknown.push(verdict.id)
      continue
    }
    if (seen.has(verdict.id)) continue
    seen.add(verdict.id)
    const entry = byRule.get(rule) ?? { accepted: 0, judged: 0 }
    entry.judged++
    if (verdict.accept === true) entry.accepted++
    byRule.set(rule, entry)
  }
  const rules = [...byRule]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([rule, entry]) => ({ rule, ...entry }))
  return {
    rules,
    accepted: rules.reduce((sum, entry) => sum + entry.accepted, 0),
    judged: rules.reduce((sum, entry) => sum + entry.judged, 0),
    unjudged: sample.filter((item) => !seen.has(item.id)).map((item) => item.id),
    unknown,
  }
}

const percent = (n: number, d: number) => (d === 0 ? '-' : `${Math.round((100 * n) / d)}%`)

export function formatScore(score: Score): string {
  const lines = [`${'rule'.padEnd(26)} ${'accepted'.padStart(9)}`]
  for (const { rule, accepted, judged } of score.rules)
    lines.push(`${rule.padEnd(26)} ${`${accepted}/${judged}`.padStart(9)}  ${percent(accepted, judged)}`)
  lines.push(
    `${'overall'.padEnd(26)} ${`${score.accepted}/${score.judged}`.padStart(9)}  ${percent(score.accepted, score.judged)}`,
  )
  if (score.unjudged.length) lines.push(`no verdict: ${score.unjudged.join(', ')}`)
  if (score.unknown.length) lines.push(`verdicts for ids not in the sample: ${score.unknown.join(', ')}`)
  return lines.join('\n')
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [sampleFile, verdictFile] = process.argv.slice(2)
  if (!sampleFile || !verdictFile) {
    console.error('usage: tsx scripts/score-review.ts sample.jsonl verdicts.jsonl')
    process.exit(2)
  }
  console.log(
    formatScore(scoreReview(readJsonl<SampledSuggestion>(sampleFile), readJsonl<Verdict>(verdictFile))),
  )
}
