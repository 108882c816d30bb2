/**
 * Precision and recall of every rule on labelled replies (reply level: did the rule fire at all,
 * against the label). All rules on (`strict`), any severity counts, each row linted with its own
 * `context` when it has one.
 *
 *   npm run eval                               # dev.jsonl and drafts.jsonl, one table each
 *   npm run eval -- --show no-blame            # also print that rule's misses and false alarms
 *   npm run eval -- --file other.jsonl         # other labelled files (repeatable)
 *   npm run eval -- --generalisation           # every batch under fixtures/generalisation/
 *   npm run eval -- --json scores.json         # also write the tables as JSON
 *
 * Labels: `labels` lists the rules that should fire (with the row's context). `no-unneeded-update`
 * needs context, so it is scored only on rows that have one. `require-structure` is scored per
 * part from `structure`.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseArgs } from 'node:util'
import { createLinter, type Diagnostic, type ReplyContext, rules } from '../src/index.js'

export interface LabelledRow {
  id: string
  text: string
  labels: string[]
  context?: ReplyContext
  structure?: { ack: boolean; status: boolean; next: boolean }
}

const ROOT = join(import.meta.dirname, '..')
const CORPUS = join(ROOT, '..', 'shared', 'corpus')
const GENERALISATION = join(ROOT, 'fixtures', 'generalisation')
const STRUCTURE_RULE = 'require-structure'
const STRUCTURE_PARTS = {
  ack: 'missingAcknowledgement',
  status: 'missingStatus',
  next: 'missingNextSteps',
} as const
const CONTEXT_RULE = 'no-unneeded-update'

interface Counts {
  tp: number
  fp: number
  fn: number
  misses: LabelledRow[]
  alarms: { row: LabelledRow; found: Diagnostic[] }[]
}

export interface Scores {
  file: string
  rows: number
  rules: Record<
    string,
    { labels: number; tp: number; fp: number; fn: number; precision: number | null; recall: number | null }
  >
  clean: number
  cleanFlagged: number
}

export function readRows(file: string): LabelledRow[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledRow)
}

/** Lints every row and counts, per rule, hits, false alarms and misses. */
export function evaluate(rows: readonly LabelledRow[]) {
  const linter = createLinter({ preset: 'strict' })
  const ruleIds = new Set(rules.map((rule) => rule.id))
  const counts = new Map<string, Counts>()
  const countsFor = (key: string) => {
    let entry = counts.get(key)
    if (!entry) {
      entry = { tp: 0, fp: 0, fn: 0, misses: [], alarms: [] }
      counts.set(key, entry)
    }
    return entry
  }
  for (const rule of rules) if (rule.id !== STRUCTURE_RULE) countsFor(rule.id)
  let clean = 0
  let cleanFlagged = 0
  const started = performance.now()
  for (const row of rows) {
    const diagnostics = linter.lint(row.text, row.context).diagnostics
    const fired = new Set(diagnostics.map((diagnostic) => diagnostic.ruleId))
    for (const id of new Set([...row.labels, ...fired])) {
      if (id === STRUCTURE_RULE || id === 'internal-error') continue
      if (id === CONTEXT_RULE && !row.context) continue
      const entry = countsFor(id)
      const labelled = row.labels.includes(id)
      if (labelled && fired.has(id)) entry.tp++
      else if (fired.has(id)) {
        entry.fp++
        entry.alarms.push({ row, found: diagnostics.filter((diagnostic) => diagnostic.ruleId === id) })
      } else {
        entry.fn++
        entry.misses.push(row)
      }
    }
    if (row.labels.length === 0) {
      clean++
      if (diagnostics.some((diagnostic) => diagnostic.ruleId !== STRUCTURE_RULE)) cleanFlagged++
    }
    if (row.structure && ruleIds.has(STRUCTURE_RULE)) {
      const messageIds = new Set(
        diagnostics.filter((d) => d.ruleId === STRUCTURE_RULE).map((d) => d.messageId),
      )
      for (const [part, messageId] of Object.entries(STRUCTURE_PARTS)) {
        const entry = countsFor(`${STRUCTURE_RULE}/${part}`)
        const missing = !row.structure[part as keyof typeof STRUCTURE_PARTS]
        const flagged = messageIds.has(messageId)
        if (missing && flagged) entry.tp++
        else if (flagged) {
          entry.fp++
          entry.alarms.push({ row, found: diagnostics.filter((d) => d.messageId === messageId) })
        } else if (missing) {
          entry.fn++
          entry.misses.push(row)
        }
      }
    }
  }
  return { counts, clean, cleanFlagged, elapsed: performance.now() - started }
}

const ratio = (a: number, b: number) => (b === 0 ? null : a / b)
const show = (value: number | null) => (value === null ? '  -  ' : value.toFixed(2).padStart(5))

function report(file: string, rows: readonly LabelledRow[], showRules: readonly string[]): Scores {
  const { counts, clean, cleanFlagged, elapsed } = evaluate(rows)
  const scores: Scores = { file, rows: rows.length, rules: {}, clean, cleanFlagged }
  console.log(`\n${rows.length} replies from ${file}\n`)
  console.log(
    `${'rule'.padEnd(32)} ${'labels'.padStart(6)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}  precision  recall`,
  )
  for (const [id, entry] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    const precision = ratio(entry.tp, entry.tp + entry.fp)
    const recall = ratio(entry.tp, entry.tp + entry.fn)
    scores.rules[id] = { labels: entry.tp + entry.fn, ...entry, precision, recall }
    console.log(
      `${id.padEnd(32)} ${String(entry.tp + entry.fn).padStart(6)} ${String(entry.tp).padStart(4)} ${String(entry.fp).padStart(4)} ${String(entry.fn).padStart(4)}      ${show(precision)}   ${show(recall)}`,
    )
  }
  console.log(
    `\nclean replies flagged by anything but ${STRUCTURE_RULE}: ${cleanFlagged}/${clean} (${((100 * cleanFlagged) / Math.max(clean, 1)).toFixed(1)}%)`,
  )
  console.log(`linted in ${elapsed.toFixed(0)} ms (${((rows.length / elapsed) * 1000).toFixed(0)} replies/s)`)
  for (const id of showRules) {
    const entry = counts.get(id)
    if (!entry) continue
    console.log(`\n== ${id}: false alarms ==`)
    for (const { row, found } of entry.alarms)
      console.log(
        `- ${row.id}: ${found.map((d) => `${d.messageId} ${JSON.stringify(d.excerpt)}`).join('; ')}${row.context ? ` ${JSON.stringify(row.context)}` : ''}\n    ${JSON.stringify(row.text.slice(0, 400))}`,
      )
    console.log(`\n== ${id}: misses ==`)
    for (const row of entry.misses)
      console.log(
        `- ${row.id}${row.context ? ` ${JSON.stringify(row.context)}` : ''}: ${JSON.stringify(row.text.slice(0, 400))}`,
      )
  }
  return scores
}

/** The settled, labelled file of every batch under fixtures/generalisation/, in batch order. */
function generalisationFiles(): string[] {
  if (!existsSync(GENERALISATION)) return []
  return readdirSync(GENERALISATION)
    .filter((name) => name.startsWith('batch-'))
    .sort()
    .map((name) => join(GENERALISATION, name, 'labelled.jsonl'))
    .filter((file) => existsSync(file))
}

if (process.argv[1]?.endsWith('eval.ts')) {
  const { values } = parseArgs({
    options: {
      file: { type: 'string', multiple: true },
      generalisation: { type: 'boolean', default: false },
      show: { type: 'string', multiple: true, default: [] },
      json: { type: 'string' },
    },
  })
  const files = values.file?.length
    ? values.file
    : values.generalisation
      ? generalisationFiles()
      : [join(CORPUS, 'dev.jsonl'), join(CORPUS, 'drafts.jsonl')]
  const all: Scores[] = []
  for (const file of files)
    all.push(report(relative(process.cwd(), file) || file, readRows(file), values.show as string[]))
  if (values.json) writeFileSync(values.json, `${JSON.stringify(all, null, 2)}\n`)
}
