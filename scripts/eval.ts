/**
 * Precision and recall of every rule on labelled real replies (reply level: did the rule fire at
 * all, against the label). All rules on (`strict`), no reply context, any severity counts.
 *
 *   npm run eval                         # table for ../shared/corpus/dev.jsonl
 *   npm run eval -- --show no-blame      # also print that rule's misses and false alarms
 *   npm run eval -- --file other.jsonl   # another labelled file
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createLinter, type Diagnostic, rules } from '../src/index.js'

interface Row {
  id: string
  text: string
  labels: string[]
  structure?: { ack: boolean; status: boolean; next: boolean }
}

const { values } = parseArgs({
  options: {
    file: { type: 'string', default: join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'dev.jsonl') },
    show: { type: 'string', multiple: true, default: [] },
  },
})
const rows: Row[] = readFileSync(values.file as string, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line))

const linter = createLinter({ preset: 'strict' })
const STRUCTURE_RULE = 'require-structure'
const STRUCTURE_PARTS = {
  ack: 'missingAcknowledgement',
  status: 'missingStatus',
  next: 'missingNextSteps',
} as const
/** Judged from context or structure, never put in `labels`. */
const UNLABELLED = new Set([STRUCTURE_RULE, 'no-unneeded-update'])

type Counts = {
  tp: number
  fp: number
  fn: number
  misses: Row[]
  alarms: { row: Row; found: Diagnostic[] }[]
}
const counts = new Map<string, Counts>()
const countsFor = (key: string) => {
  let entry = counts.get(key)
  if (!entry) {
    entry = { tp: 0, fp: 0, fn: 0, misses: [], alarms: [] }
    counts.set(key, entry)
  }
  return entry
}
for (const rule of rules) if (!UNLABELLED.has(rule.id)) countsFor(rule.id)
const ruleIds = new Set(rules.map((rule) => rule.id))

let clean = 0
let cleanFlagged = 0
const started = performance.now()
for (const row of rows) {
  const diagnostics = linter.lint(row.text).diagnostics
  const fired = new Set(diagnostics.map((diagnostic) => diagnostic.ruleId))
  for (const id of new Set([...row.labels, ...fired])) {
    if (UNLABELLED.has(id) || id === 'internal-error') continue
    const entry = countsFor(id)
    const labelled = row.labels.includes(id)
    const found = diagnostics.filter((diagnostic) => diagnostic.ruleId === id)
    if (labelled && fired.has(id)) entry.tp++
    else if (fired.has(id)) {
      entry.fp++
      entry.alarms.push({ row, found })
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
    const messageIds = new Set(diagnostics.filter((d) => d.ruleId === STRUCTURE_RULE).map((d) => d.messageId))
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
const elapsed = performance.now() - started

const ratio = (a: number, b: number) => (b === 0 ? '  -  ' : (a / b).toFixed(2).padStart(5))
console.log(`${rows.length} replies from ${values.file}\n`)
console.log(
  `${'rule'.padEnd(32)} ${'labels'.padStart(6)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}  precision  recall`,
)
for (const [id, entry] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
  const known = ruleIds.has(id.split('/')[0] as string) ? '' : '  (no such rule yet)'
  console.log(
    `${id.padEnd(32)} ${String(entry.tp + entry.fn).padStart(6)} ${String(entry.tp).padStart(4)} ${String(entry.fp).padStart(4)} ${String(entry.fn).padStart(4)}      ${ratio(entry.tp, entry.tp + entry.fp)}   ${ratio(entry.tp, entry.tp + entry.fn)}${known}`,
  )
}
console.log(
  `\nclean replies flagged by anything but ${STRUCTURE_RULE}: ${cleanFlagged}/${clean} (${((100 * cleanFlagged) / Math.max(clean, 1)).toFixed(1)}%)`,
)
console.log(`linted in ${elapsed.toFixed(0)} ms (${((rows.length / elapsed) * 1000).toFixed(0)} replies/s)`)

for (const id of values.show as string[]) {
  const entry = counts.get(id)
  if (!entry) continue
  console.log(`\n== ${id}: false alarms ==`)
  for (const { row, found } of entry.alarms)
    console.log(
      `- ${row.id}: ${found.map((d) => `${d.messageId} ${JSON.stringify(d.excerpt)}`).join('; ')}\n    ${JSON.stringify(row.text.slice(0, 300))}`,
    )
  console.log(`\n== ${id}: misses ==`)
  for (const row of entry.misses) console.log(`- ${row.id}: ${JSON.stringify(row.text.slice(0, 300))}`)
}
