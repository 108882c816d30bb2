/**
 * How long relinting takes after one keystroke, as an editor does it: the same linter lints the
 * draft, then each edited version (a letter typed or deleted somewhere). Compared with a full lint
 * of the same edited text by a linter that has seen nothing yet.
 *
 *   npx tsx scripts/relint-latency.ts [--preset strict] [--rounds 5]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { createLinter, type PresetName } from '../src/index.js'

const ROOT = join(import.meta.dirname, '..')
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'dev.jsonl')
const { values } = parseArgs({
  options: { preset: { type: 'string', default: 'recommended' }, rounds: { type: 'string', default: '5' } },
})
const preset = values.preset as PresetName
const rounds = Number(values.rounds)

/** ~100-word drafts: consecutive corpus replies joined as paragraphs, or the README examples without the corpus. */
function drafts(): string[] {
  if (existsSync(CORPUS)) {
    const joined: string[] = []
    let parts: string[] = []
    for (const line of readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean)) {
      parts.push((JSON.parse(line) as { text: string }).text)
      if (parts.join(' ').split(/\s+/).length >= 100) {
        joined.push(parts.join('\n\n'))
        parts = []
      }
    }
    return joined.slice(0, 40)
  }
  const dir = join(ROOT, 'fixtures', 'examples')
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(join(dir, name), 'utf8'))
}

/** Deterministic keystrokes: a letter typed into or deleted from a word, anywhere in the draft. */
function keystrokes(draft: string, count: number, seed: number): string[] {
  let state = seed
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
  const edited: string[] = []
  let text = draft
  for (let i = 0; i < count; i++) {
    const at = Math.floor(random() * text.length)
    text = random() < 0.7 ? `${text.slice(0, at)}e${text.slice(at)}` : text.slice(0, at) + text.slice(at + 1)
    edited.push(text)
  }
  return edited
}

const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number
}

/** Wall-clock and CPU time of one call, in ms. CPU time leaves out waiting for a core on a busy machine. */
function time(run: () => void): [wall: number, cpu: number] {
  const cpu = process.cpuUsage()
  const start = performance.now()
  run()
  const wall = performance.now() - start
  const used = process.cpuUsage(cpu)
  return [wall, (used.user + used.system) / 1000]
}

const texts = drafts()
const samples = { relint: [[], []] as number[][], full: [[], []] as number[][] }
const record = (into: number[][], [wall, cpu]: [number, number]) => {
  into[0]?.push(wall)
  into[1]?.push(cpu)
}
// Warm up the rules' lexicons and the JIT before measuring.
for (const text of texts) createLinter({ preset }).lint(text)
for (let round = 0; round < rounds; round++)
  texts.forEach((draft, i) => {
    const linter = createLinter({ preset })
    linter.lint(draft)
    for (const edited of keystrokes(draft, 10, round * 1000 + i + 1)) {
      record(
        samples.relint,
        time(() => linter.lint(edited)),
      )
      const cold = createLinter({ preset })
      record(
        samples.full,
        time(() => cold.lint(edited)),
      )
    }
  })

const ms = (value: number) => `${value.toFixed(3)} ms`
const line = ([wall = [], cpu = []]: number[][]) =>
  `p50 ${ms(percentile(wall, 50))}, p99 ${ms(percentile(wall, 99))} (CPU: p50 ${ms(percentile(cpu, 50))}, p99 ${ms(percentile(cpu, 99))})`
console.log(`${texts.length} drafts, ${samples.relint[0]?.length} keystrokes, preset ${preset}`)
console.log(`relint after a keystroke (cached): ${line(samples.relint)}`)
console.log(`full lint of the same text:        ${line(samples.full)}`)
