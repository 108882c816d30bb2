/**
 * Mechanical checks on suggested rewrites: every suggestion applied alone, and every first
 * suggestion applied in passes (as `--fix` does), must leave balanced quotes and brackets, the
 * sentences' final punctuation, no doubled words or spaces, no ", and … , and" chain, no edit
 * inside a template slot, quote or URL; must raise no rule that was not there and must clear the
 * rule it fixes. `npx tsx scripts/suggestion-checks.ts [rule…|all] [passes]` prints the rates (and the failures of the rules named); test/suggestion-checks.test.ts
 * holds them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { changedSpan } from '../rules/shared/vet-suggestions.js'
import { applyEdits, applyFixes, parseDocument } from '../src/core.js'
import {
  createLinter,
  type Diagnostic,
  type Edit,
  type LintOptions,
  type ReplyContext,
  type RuleOptions,
  rules,
} from '../src/index.js'

export interface Draft {
  /** Where the draft comes from: a fixture path or `file:id`. */
  source: string
  text: string
  context?: ReplyContext
  /** Options for one rule (from a fixture's `.json`). */
  ruleOptions?: { ruleId: string; options: RuleOptions }
}

const ROOT = join(import.meta.dirname, '..')
const FIXTURES = join(ROOT, 'fixtures')
export const CORPUS_FILES = [
  join(ROOT, '..', 'shared', 'corpus', 'dev.jsonl'),
  join(ROOT, '..', 'shared', 'corpus', 'drafts.jsonl'),
  join(FIXTURES, 'generalisation', 'batch-01', 'labelled.jsonl'),
]

/** Every rule fixture (valid and invalid) and every line of the corpus files. */
export function allDrafts(): Draft[] {
  const drafts: Draft[] = []
  for (const rule of rules) {
    for (const kind of ['valid', 'invalid']) {
      const folder = join(FIXTURES, rule.id, kind)
      if (!existsSync(folder)) continue
      for (const name of readdirSync(folder).sort()) {
        if (!name.endsWith('.txt') || name.endsWith('.fixed.txt')) continue
        const metaPath = join(folder, `${name.slice(0, -4)}.json`)
        const meta = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, 'utf8')) : {}
        drafts.push({
          source: `${rule.id}/${kind}/${name}`,
          text: readFileSync(join(folder, name), 'utf8'),
          ...(meta.context ? { context: meta.context } : {}),
          ...(meta.options ? { ruleOptions: { ruleId: rule.id, options: meta.options } } : {}),
        })
      }
    }
  }
  for (const file of CORPUS_FILES) drafts.push(...readJsonlDrafts(file))
  return drafts
}

export function readJsonlDrafts(file: string): Draft[] {
  const name = file.split('/').pop()
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const row = JSON.parse(line) as { id?: string; text: string; context?: ReplyContext }
      return {
        source: `${name}:${row.id ?? index + 1}`,
        text: row.text,
        ...(row.context ? { context: row.context } : {}),
      }
    })
}

const linters = new Map<string, ReturnType<typeof createLinter>>()
/** Every rule on (`strict`), with a fixture's options for its rule. */
export function lintDraft(draft: Draft, text = draft.text): Diagnostic[] {
  const key = draft.ruleOptions ? JSON.stringify(draft.ruleOptions) : ''
  let linter = linters.get(key)
  if (!linter) {
    const options: LintOptions = { preset: 'strict' }
    if (draft.ruleOptions)
      options.rules = {
        [draft.ruleOptions.ruleId]: ['warn', draft.ruleOptions.options],
      } as unknown as LintOptions['rules']
    linter = createLinter(options)
    linters.set(key, linter)
  }
  return linter.lint(text, draft.context).diagnostics
}

export type Failure =
  | 'unbalanced'
  | 'lost-ending'
  | 'doubled-word'
  | 'doubled-space'
  | 'stray-punctuation'
  | 'and-chain'
  | 'inside-protected'
  | 'new-rule'
  | 'not-cleared'

/**
 * require-structure reads a reply's parts from its sentences, so a dropped promise or pitch can
 * leave it missing a "next steps" part: counted apart from the failures, since the rewrite is
 * right and the seller has to add the part in their own words.
 */
export const STRUCTURE_RULE = 'require-structure'

/** Template slots, URLs and quotations: text a rewrite must leave whole (it may remove all of one). */
const PROTECTED =
  /\{\{[^{}\n]*\}\}|\[[^[\]\n]*\]|<<[^<>\n]*>>|\*\|[^|\n]*\|\*|\b(?:https?:\/\/|www\.)[^\s<>"')\]]+|"[^"\n]{1,200}"|\u201C[^\u201D\n]{1,200}\u201D/g

export function protectedSpans(text: string): [number, number][] {
  return [...text.matchAll(PROTECTED)].map((match) => [match.index, match.index + match[0].length])
}

function insideProtected(text: string, edits: readonly Edit[]): boolean {
  const spans = protectedSpans(text)
  const strictlyInside = (offset: number, [start, end]: [number, number]) => offset > start && offset < end
  return edits.some((edit) =>
    spans.some((span) => strictlyInside(edit.range[0], span) || strictlyInside(edit.range[1], span)),
  )
}

const count = (text: string, pattern: RegExp) => [...text.matchAll(pattern)].length

function imbalance(text: string): number {
  const pairs: [string, string][] = [
    ['(', ')'],
    ['[', ']'],
    ['{', '}'],
    ['\u201C', '\u201D'],
  ]
  let total = 0
  for (const [open, close] of pairs) total += Math.abs(text.split(open).length - text.split(close).length)
  return total + (count(text, /"/g) % 2)
}

/** Sentences that end in a letter or digit where a full stop, "!" or "?" belongs (list lines and greetings aside). */
function unendedSentences(text: string): number {
  let unended = 0
  for (const sentence of parseDocument(text).sentences) {
    const words = sentence.words
    if (words.length < 4) continue
    if (/[\p{L}\p{N}]$/u.test(sentence.text.trimEnd())) unended++
  }
  return unended
}

/** Text-level problems a rewrite must not add: [failure, count in text]. */
function surfaceCounts(text: string): [Failure, number][] {
  return [
    ['unbalanced', imbalance(text)],
    ['lost-ending', unendedSentences(text)],
    ['doubled-word', count(text, /\b(\p{L}+)\s+\1\b/giu) - count(text, /\b(that|had|is)\s+\1\b/giu)],
    ['doubled-space', count(text, /[^\S\n]{2,}/g)],
    ['stray-punctuation', count(text, /[^\S\n][,.;:!?](?!\w)|[,;:]\s*[,.;:!?]|\.\s*\.(?!\.)|^\s*[,;:]/gm)],
    ['and-chain', count(text, /,\s+and\b[^.!?\n]*,\s+and\b/gi)],
  ]
}

function surfaceFailures(before: string, after: string): Failure[] {
  const was = new Map(surfaceCounts(before))
  return surfaceCounts(after)
    .filter(([failure, n]) => n > (was.get(failure) ?? 0))
    .map(([failure]) => failure)
}

function countByRule(diagnostics: readonly Diagnostic[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const d of diagnostics) counts.set(d.ruleId, (counts.get(d.ruleId) ?? 0) + 1)
  return counts
}

export interface SuggestionCheck {
  draft: Draft
  diagnostic: Diagnostic
  index: number
  after: string
  failures: Failure[]
  /** Rules the suggestion raised. */
  raised: string[]
}

/** Each suggestion of each diagnostic, applied alone. */
export function checkEachSuggestion(draft: Draft, diagnostics = lintDraft(draft)): SuggestionCheck[] {
  const results: SuggestionCheck[] = []
  const before = countByRule(diagnostics)
  for (const diagnostic of diagnostics) {
    diagnostic.suggestions.forEach((suggestion, index) => {
      const edits = [...suggestion.edits].sort((a, b) => a.range[0] - b.range[0])
      const after = applyEdits(draft.text, edits)
      const failures = surfaceFailures(draft.text, after)
      if (insideProtected(draft.text, edits)) failures.push('inside-protected')
      const afterDiagnostics = lintDraft(draft, after)
      const afterCounts = countByRule(afterDiagnostics)
      const raised = [...afterCounts].filter(
        ([rule, n]) => rule !== diagnostic.ruleId && n > (before.get(rule) ?? 0),
      )
      if (raised.some(([rule]) => rule !== STRUCTURE_RULE)) failures.push('new-rule')
      if (
        (afterCounts.get(diagnostic.ruleId) ?? 0) >= (before.get(diagnostic.ruleId) ?? 0) ||
        leftInEditedSentence(draft.text, after, afterDiagnostics, diagnostic, diagnostics)
      )
        failures.push('not-cleared')
      results.push({ draft, diagnostic, index, after, failures, raised: raised.map(([rule]) => rule) })
    })
  }
  return results
}

/** The rule still fires in a sentence the suggestion changed: a partial fix. */
function leftInEditedSentence(
  before: string,
  after: string,
  diagnostics: Diagnostic[],
  fixed: Diagnostic,
  original: readonly Diagnostic[],
): boolean {
  // Other findings of the rule the suggestion did not set out to fix ("UP TO" and "WORKING DAYS") may stay.
  const others = new Set(
    original
      .filter((d) => d !== fixed && d.ruleId === fixed.ruleId && d.messageId === fixed.messageId)
      .map((d) => d.excerpt),
  )
  const [start, end] = changedSpan(before, after)
  // A deletion between two sentences edited neither of them.
  const edited = parseDocument(after).sentences.filter((s) =>
    start === end ? s.range[0] < start && start < s.range[1] : s.range[0] < end && start < s.range[1],
  )
  return diagnostics.some(
    (d) =>
      d.ruleId === fixed.ruleId &&
      d.messageId === fixed.messageId &&
      !others.has(d.excerpt) &&
      d.range[1] - d.range[0] < after.length &&
      edited.some((s) => d.range[0] < s.range[1] && s.range[0] < d.range[1]),
  )
}

export interface PassesCheck {
  draft: Draft
  after: string
  /** Rules whose suggestion was applied in some pass. */
  fixed: string[]
  failures: Failure[]
  raised: string[]
}

export const FIX_PASSES = 10

/** Every first suggestion, in passes until nothing changes; undefined when the draft has none. */
export function checkFixPasses(
  draft: Draft,
  diagnostics = lintDraft(draft),
  skip: ReadonlySet<string> = new Set(),
): PassesCheck | undefined {
  const pick = (d: Diagnostic) => (skip.has(d.ruleId) ? undefined : 0)
  if (!diagnostics.some((d) => d.suggestions.length > 0 && !skip.has(d.ruleId))) return undefined
  const failures = new Set<Failure>()
  const fixed = new Set<string>()
  let text = draft.text
  let current = diagnostics
  for (let pass = 0; pass < FIX_PASSES; pass++) {
    const result = applyFixes(text, current, pick)
    if (result.applied.length === 0 || result.text === text) break
    const edits = result.applied.flatMap((d) => d.suggestions[0]?.edits ?? [])
    if (insideProtected(text, edits)) failures.add('inside-protected')
    for (const d of result.applied) fixed.add(d.ruleId)
    text = result.text
    current = lintDraft(draft, text)
  }
  for (const failure of surfaceFailures(draft.text, text)) failures.add(failure)
  const before = new Set(diagnostics.map((d) => d.ruleId))
  const raised = [...new Set(current.filter((d) => !before.has(d.ruleId)).map((d) => d.ruleId))]
  if (raised.some((rule) => rule !== STRUCTURE_RULE)) failures.add('new-rule')
  // A fixed rule clears: nothing of it is left but what had no rewrite to begin with.
  for (const rule of fixed) {
    const unfixable = diagnostics.filter((d) => d.ruleId === rule && d.suggestions.length === 0).length
    const left = current.filter((d) => d.ruleId === rule)
    if (left.some((d) => d.suggestions.length > 0) || left.length > unfixable) failures.add('not-cleared')
  }
  // A rule whose suggestions were not applied must not be raised by the others' either.
  for (const rule of skip) {
    const was = diagnostics.filter((d) => d.ruleId === rule).map((d) => d.messageId)
    if (current.some((d) => d.ruleId === rule && !was.includes(d.messageId))) raised.push(rule)
  }
  return { draft, after: text, fixed: [...fixed], failures: [...failures], raised }
}

export interface Report {
  drafts: number
  alone: SuggestionCheck[]
  passes: PassesCheck[]
  /** The same, with require-structure's own suggestions left out (its added sentences are its own concern). */
  passesWithoutStructure: PassesCheck[]
}

export function runChecks(drafts: readonly Draft[] = allDrafts()): Report {
  const alone: SuggestionCheck[] = []
  const passes: PassesCheck[] = []
  const passesWithoutStructure: PassesCheck[] = []
  const structure = new Set([STRUCTURE_RULE])
  for (const draft of drafts) {
    const diagnostics = lintDraft(draft)
    alone.push(...checkEachSuggestion(draft, diagnostics))
    const all = checkFixPasses(draft, diagnostics)
    if (all) passes.push(all)
    const most = checkFixPasses(draft, diagnostics, structure)
    if (most) passesWithoutStructure.push(most)
  }
  return { drafts: drafts.length, alone, passes, passesWithoutStructure }
}

/** A table of pass rates per rule (suggestions alone) and for all fixes in passes. */
export function formatReport(report: Report): string {
  const byRule = new Map<
    string,
    { total: number; ok: number; failures: Map<Failure, number>; structureGaps: number }
  >()
  for (const check of report.alone) {
    let entry = byRule.get(check.diagnostic.ruleId)
    if (!entry) {
      entry = { total: 0, ok: 0, failures: new Map(), structureGaps: 0 }
      byRule.set(check.diagnostic.ruleId, entry)
    }
    entry.total++
    if (check.failures.length === 0) entry.ok++
    if (check.raised.includes(STRUCTURE_RULE)) entry.structureGaps++
    for (const f of check.failures) entry.failures.set(f, (entry.failures.get(f) ?? 0) + 1)
  }
  const lines = [`${report.drafts} drafts`, '', 'suggestion applied alone']
  lines.push(`${'rule'.padEnd(26)} ${'ok'.padStart(9)}  failures`)
  let ok = 0
  let total = 0
  for (const [rule, entry] of [...byRule].sort()) {
    ok += entry.ok
    total += entry.total
    const gaps = entry.structureGaps ? `; ${STRUCTURE_RULE} gap ${entry.structureGaps}` : ''
    const failures = [...entry.failures].map(([f, n]) => `${f} ${n}`).join(', ') + gaps
    lines.push(`${rule.padEnd(26)} ${`${entry.ok}/${entry.total}`.padStart(9)}  ${failures}`)
  }
  lines.push(`${'all'.padEnd(26)} ${`${ok}/${total}`.padStart(9)}  (${percent(ok, total)})`)
  for (const [title, passes] of [
    ['all fixes in passes', report.passes],
    [`all fixes but ${STRUCTURE_RULE}'s in passes`, report.passesWithoutStructure],
  ] as const) {
    const passed = passes.filter((p) => p.failures.length === 0).length
    const failures = new Map<Failure, number>()
    for (const p of passes) for (const f of p.failures) failures.set(f, (failures.get(f) ?? 0) + 1)
    lines.push(
      '',
      `${title}: ${passed}/${passes.length} drafts with a suggestion pass (${percent(passed, passes.length)})`,
      `  ${[...failures].map(([f, n]) => `${f} ${n}`).join(', ')}`,
      `  ${STRUCTURE_RULE} raised where it was not: ${passes.filter((p) => p.raised.includes(STRUCTURE_RULE)).length}`,
    )
  }
  return lines.join('\n')
}

const percent = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`)

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = runChecks()
  console.log(formatReport(report))
  const verbose = process.argv.slice(2)
  if (verbose.length > 0) {
    for (const check of report.alone)
      if (check.failures.length > 0 && verbose.some((v) => check.diagnostic.ruleId === v || v === 'all'))
        console.log(
          `\n[${check.diagnostic.ruleId} #${check.index}] ${check.draft.source}: ${check.failures.join(', ')} ${check.raised.join(' ')}\n  - ${check.draft.text.replace(/\n/g, '⏎')}\n  + ${check.after.replace(/\n/g, '⏎')}`,
        )
    for (const p of verbose.includes('structure') ? report.passes : report.passesWithoutStructure)
      if (p.failures.length > 0 && verbose.includes('passes'))
        console.log(
          `\n[passes ${p.fixed.join(',')}] ${p.draft.source}: ${p.failures.join(', ')}\n  - ${p.draft.text.replace(/\n/g, '⏎')}\n  + ${p.after.replace(/\n/g, '⏎')}`,
        )
  }
}
