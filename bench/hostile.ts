/**
 * The hostile half of `npm run bench`: every pathological input shape at 100 KB and 1 MB, each in a
 * fresh process (time and peak RSS), and each rule alone on text dense with what it flags, at
 * 100 KB and 1 MB in this process (10x the input may take at most 12x the time).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type AnyRule, createLinter, type RuleSetting } from '../src/index.js'
import { HOSTILE_SHAPES, MARKDOWN_AT_LIMITS } from './hostile-shapes.mjs'
import { now } from './stats.js'

const FIXTURES = join(import.meta.dirname, '..', 'fixtures')
const KB = 1024
export const HOSTILE_SIZES = [100 * KB, 1024 * KB] as const
/** The most 10x the input may cost, as a multiple of the time of 1x. */
export const MAX_GROWTH = 12
/** The most any hostile shape may take per megabyte. */
export const MAX_MS_PER_MB = 2000

export interface HostileRun {
  chars: number
  ms: number
  cpuMs: number
  maxRss: number
  outcome: string
}

export interface HostileRow {
  shape: string
  runs: HostileRun[]
}

type Child = (args: string[], nodeFlags?: string[]) => Record<string, unknown>

/** Each shape at each size, and the one-off rows (10 MB of prose, Markdown at its limits, many allowed domains). */
export function measureHostile(child: Child, textsFile: string, preset: string): HostileRow[] {
  const run = (shape: string, size: number) =>
    child(['hostile', preset, textsFile, shape, String(size)], ['--expose-gc']) as unknown as HostileRun
  const rows: HostileRow[] = Object.keys(HOSTILE_SHAPES).map((shape) => {
    console.error(`  ${shape}`)
    return { shape, runs: HOSTILE_SIZES.map((size) => run(shape, size)) }
  })
  rows.push({ shape: 'prose (corpus replies), 10 MB', runs: [run('prose (corpus replies)', 10 * 1024 * KB)] })
  for (const shape of Object.keys(MARKDOWN_AT_LIMITS))
    rows.push({ shape: `Markdown at its limit: ${shape}`, runs: [run(shape, 0)] })
  rows.push({
    shape: '1,000 link sentences, 100,000 allowed domains',
    runs: [run('allowed domains', 0)],
  })
  return rows
}

const mbOf = (bytes: number) => Math.round(bytes / 1024 / 1024)
const perMb = (run: HostileRun) => (run.ms / run.chars) * 1024 * KB
const cpuPerMb = (run: HostileRun) => (run.cpuMs / run.chars) * 1024 * KB

export function renderHostile(rows: readonly HostileRow[], preset: string): string {
  const lines = [
    `Each shape linted in a fresh process with the \`${preset}\` preset (the default of \`lint()\`), from`,
    'the built `dist/`, after a warm-up (60 replies and the same shape up to 128 KB, by another',
    'linter) and a full GC: wall and CPU time of the lint (CPU counts the GC threads too), per MB, and the',
    "process's peak RSS (Node and reply-lint loaded take ~65 MB of it). Refused: the Markdown or",
    'HTML limits turned the draft away before parsing (README, "Markdown and HTML limits").',
    '',
    '| shape | size | time (ms) | CPU (ms) | time per MB | CPU per MB | peak RSS (MB) | outcome |',
    '|---|--:|--:|--:|--:|--:|--:|---|',
  ]
  for (const row of rows)
    for (const run of row.runs)
      lines.push(
        `| ${row.shape} | ${sizeLabel(run.chars)} | ${Math.round(run.ms)} | ${Math.round(run.cpuMs)} | ${Math.round(perMb(run))} | ${Math.round(cpuPerMb(run))} | ${mbOf(run.maxRss)} | ${run.outcome} |`,
      )
  const sized = rows.filter((row) => row.runs.length === HOSTILE_SIZES.length)
  const growths = sized.map((row) => ({
    shape: row.shape,
    ratio: (row.runs[1] as HostileRun).ms / Math.max(1, (row.runs[0] as HostileRun).ms),
  }))
  const sizedRuns = rows.flatMap((row) => row.runs.filter((r) => r.chars >= 100 * KB))
  const slowest = Math.max(...sizedRuns.map(perMb))
  const slowestCpu = Math.max(...sizedRuns.map(cpuPerMb))
  const steepest = growths.reduce((a, b) => (b.ratio > a.ratio ? b : a))
  lines.push(
    '',
    `Slowest per MB (100 KB and up): ${Math.round(slowest)} ms of wall time, ${Math.round(slowestCpu)} ms of CPU (target ${MAX_MS_PER_MB}). Steepest growth from 100 KB to 1 MB: ${steepest.ratio.toFixed(1)}× (${steepest.shape}; 10 = linear).`,
  )
  return lines.join('\n')
}

function sizeLabel(chars: number): string {
  if (chars >= 1024 * KB) return `${Math.round((chars / 1024 / KB) * 10) / 10} MB`
  if (chars >= KB) return `${Math.round(chars / KB)} KB`
  return `${chars} chars`
}

export interface GrowthRow {
  rule: string
  shape: string
  ms: [number, number]
  ratio: number
}

/** The invalid fixture drafts of a rule, joined as paragraphs: text dense with what it flags. */
function drafts(rule: AnyRule): string {
  const folder = join(FIXTURES, rule.id, 'invalid')
  return readdirSync(folder)
    .filter((file) => file.endsWith('.txt') && !file.endsWith('.fixed.txt'))
    .sort()
    .map((file) => readFileSync(join(folder, file), 'utf8').trim())
    .join('\n\n')
}

const repeatTo = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size)

/**
 * Each rule alone (every other rule off) on its own fixture drafts repeated, as paragraphs and run
 * together into one line without sentence ends, at 100 KB and 1 MB: the fastest of three runs
 * at 100 KB, of two at 1 MB, each with a fresh linter.
 */
export function measureGrowth(rules: readonly AnyRule[], quick: boolean): GrowthRow[] {
  const rows: GrowthRow[] = []
  for (const rule of rules) {
    const only: Record<string, RuleSetting> = Object.fromEntries(
      rules.map((other) => [other.id, other.id === rule.id ? 'error' : 'off']),
    )
    const dense = `${drafts(rule)}\n\n`
    const shapes: Record<string, string> = {
      'its drafts': dense,
      'its drafts, one line': `${dense.replace(/[.!?]+(?=\s)/g, ',').replace(/\s+/g, ' ')} `,
    }
    for (const [shape, unit] of Object.entries(shapes)) {
      const time = (size: number, runs: number) => {
        const text = repeatTo(unit, size)
        let best = Number.POSITIVE_INFINITY
        for (let i = 0; i < runs; i++) {
          const linter = createLinter({ preset: 'strict', rules: only })
          // From a collected heap, so no run pays for the garbage of the one before.
          ;(globalThis as { gc?: () => void }).gc?.()
          const start = now()
          linter.lint(text)
          best = Math.min(best, now() - start)
        }
        return best
      }
      const small = time(HOSTILE_SIZES[0], quick ? 1 : 3)
      const large = time(HOSTILE_SIZES[1], quick ? 1 : 2)
      rows.push({ rule: rule.id, shape, ms: [small, large], ratio: large / small })
    }
  }
  return rows
}

export function renderGrowth(rows: readonly GrowthRow[]): string {
  const lines = [
    `Each rule alone on its own invalid fixture drafts, repeated to 100 KB and to 1 MB, as paragraphs and run together into one line with no sentence end; in the bench's process, fastest of 3 runs (100 KB) and of 2 (1 MB). 10x the input may take at most ${MAX_GROWTH}x the time.`,
    '',
    '| rule | text | 100 KB (ms) | 1 MB (ms) | 1 MB ÷ 100 KB |',
    '|---|---|--:|--:|--:|',
  ]
  for (const row of rows)
    lines.push(
      `| ${row.rule} | ${row.shape} | ${Math.round(row.ms[0])} | ${Math.round(row.ms[1])} | ${row.ratio.toFixed(1)}${row.ratio > MAX_GROWTH ? ' (over)' : ''} |`,
    )
  const over = rows.filter((row) => row.ratio > MAX_GROWTH)
  lines.push(
    '',
    over.length === 0
      ? `Every rule grows at most ${Math.max(...rows.map((row) => row.ratio)).toFixed(1)}× for 10× the input.`
      : `Over ${MAX_GROWTH}×: ${over.map((row) => `${row.rule} (${row.shape}, ${row.ratio.toFixed(1)}×)`).join(', ')}.`,
  )
  return lines.join('\n')
}
