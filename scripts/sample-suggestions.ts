/**
 * A stratified random sample of suggested rewrites for a blind human review: for each, the whole
 * draft before and after applying only that suggestion. Rules take turns, so each rule is sampled
 * about equally (a rule with fewer suggestions gives all it has). The same seed gives the same sample.
 *
 *   npx tsx scripts/sample-suggestions.ts drafts.jsonl [more.jsonl…] --n 150 --seed 7 --out sample.jsonl
 *
 * Input lines: `{ "text": "…", "context": { … } }` (other fields are ignored). Output lines:
 * `{ "id", "rule", "before", "after", "message" }`. Judge them, then score the verdicts with
 * scripts/score-review.ts.
 */
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { seededRandom } from '../bench/stats.js'
import { applyEdits } from '../src/core.js'
import { createLinter, type ReplyContext } from '../src/index.js'

export interface SampleDraft {
  text: string
  context?: ReplyContext
}

export interface SampledSuggestion {
  id: string
  rule: string
  /** The whole draft. */
  before: string
  /** The whole draft with only this suggestion applied. */
  after: string
  /** What the suggestion says it does. */
  message: string
}

/** Every suggestion of every draft (all rules on), each applied alone. */
export function allSuggestions(drafts: readonly SampleDraft[]): SampledSuggestion[] {
  const linter = createLinter({ preset: 'strict' })
  const found: SampledSuggestion[] = []
  drafts.forEach((draft, draftIndex) => {
    linter.lint(draft.text, draft.context).diagnostics.forEach((diagnostic, diagnosticIndex) => {
      diagnostic.suggestions.forEach((suggestion, suggestionIndex) => {
        const edits = [...suggestion.edits].sort((a, b) => a.range[0] - b.range[0])
        const key = `${draftIndex}/${diagnosticIndex}/${suggestionIndex}/${draft.text}`
        found.push({
          id: createHash('sha256').update(key).digest('hex').slice(0, 12),
          rule: diagnostic.ruleId,
          before: draft.text,
          after: applyEdits(draft.text, edits),
          message: suggestion.message,
        })
      })
    })
  })
  return found
}

function shuffled<T>(items: readonly T[], next: () => number): T[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j] as T, copy[i] as T]
  }
  return copy
}

/** Up to `n` suggestions, rules taking turns (in a shuffled order), each rule's own drawn at random. */
export function sampleSuggestions(
  suggestions: readonly SampledSuggestion[],
  { n, seed }: { n: number; seed: number },
): SampledSuggestion[] {
  const next = seededRandom(seed)
  const byRule = new Map<string, SampledSuggestion[]>()
  for (const suggestion of suggestions) {
    const list = byRule.get(suggestion.rule) ?? []
    list.push(suggestion)
    byRule.set(suggestion.rule, list)
  }
  const queues = shuffled([...byRule.keys()].sort(), next).map((rule) =>
    shuffled(byRule.get(rule) as SampledSuggestion[], next),
  )
  const picked: SampledSuggestion[] = []
  while (picked.length < n && queues.some((queue) => queue.length > 0))
    for (const queue of queues) {
      const item = queue.shift()
      if (item && picked.length < n) picked.push(item)
    }
  // Shown in random order, so the reviewer does not judge one rule's in a row.
  return shuffled(picked, next)
}

export function readDrafts(file: string): SampleDraft[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const row = JSON.parse(line) as Partial<SampleDraft>
      if (typeof row.text !== 'string')
        throw new Error(`${file}:${index + 1}: every line needs a "text" string`)
      return { text: row.text, ...(row.context ? { context: row.context } : {}) }
    })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      n: { type: 'string', default: '150' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  })
  if (positionals.length === 0 || !values.out) {
    console.error(
      'usage: tsx scripts/sample-suggestions.ts drafts.jsonl [more.jsonl…] --out sample.jsonl [--n 150] [--seed 1]',
    )
    process.exit(2)
  }
  const drafts = positionals.flatMap(readDrafts)
  const all = allSuggestions(drafts)
  const sample = sampleSuggestions(all, { n: Number(values.n), seed: Number(values.seed) })
  writeFileSync(
    values.out,
    sample.map((item) => JSON.stringify(item)).join('\n') + (sample.length ? '\n' : ''),
  )
  const perRule = new Map<string, number>()
  for (const item of sample) perRule.set(item.rule, (perRule.get(item.rule) ?? 0) + 1)
  console.log(`${sample.length} of ${all.length} suggestions from ${drafts.length} drafts -> ${values.out}`)
  for (const [rule, count] of [...perRule].sort()) console.log(`  ${rule.padEnd(26)} ${count}`)
}
