/**
 * Trains the learned signals that back the phrase lists of the meaning-heavy rules (see
 * src/learned/signal.ts) and writes them to rules/lexicons/learned-signals.json.
 *
 *   npx tsx scripts/train-signals.ts            # train on every labelled row, write the weights
 *   npx tsx scripts/train-signals.ts --folds    # leave one batch out: how much each signal adds
 *   npx tsx scripts/train-signals.ts --folds --structure   # the same for require-structure alone
 *
 * Data: every batch under fixtures/generalisation/ but those in HELD_OUT,
 * ../shared/corpus/{drafts,dev}.jsonl, and each signal's rule fixtures (fixtures/<rule>/), which
 * count for that rule alone.
 * Labels name the rule per reply, not the sentence, so training is multiple-instance: a labelled
 * reply's positive sentences are those the rule's phrase lists flag, else (first round) all of
 * them at a split weight, then (later rounds) the one the previous model scores highest. The other
 * sentences of a labelled reply are left out; every sentence of a reply without the label is a
 * negative. Training is seeded, so the same rows give the same weights.
 * require-structure's signals learn the same way from each row's `structure`: a reply that carries
 * a part (an acknowledgement, a status, next steps) has a sentence that says it, and no sentence of
 * a reply without it does.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { judgedByPhrases as delayNotice } from '../rules/delay-notice.js'
import { WEIGHT_DIGITS } from '../rules/lexicons/learned-signals.js'
import { judgedByPhrases as blame } from '../rules/no-blame.js'
import { judgedByPhrases as guarantees } from '../rules/no-guarantees.js'
import { judgedByPhrases as hostileTone } from '../rules/no-hostile-tone.js'
import { judgedByPhrases as marketing } from '../rules/no-marketing.js'
import { judgedByPhrases as reviewManipulation } from '../rules/no-review-manipulation.js'
import { judgedByPhrases as unreviewedRefund } from '../rules/no-unreviewed-refund.js'
import { createLinter } from '../src/index.js'
import { lengthScale, sentenceFeatures } from '../src/learned/signal.js'
import { parseDocument, type Sentence } from '../src/parse/document.js'
import { type LabelledRow, readRows as readLabelledRows } from './eval.js'

/**
 * The rules with a learned signal, and the probability each flags at. Chosen from `--folds`, then
 * checked on the held-out batches, on real replies the signal was not trained on (dev.jsonl in
 * halves) and on the near misses in the rules' tests: marketing and refunds flag lower, where no
 * real reply scored (refunds from 0.5 took "We will send you a return label"); hostile tone stays
 * high, as short questions in real replies ("Did you draw that?") score from 0.65.
 */
export const SIGNAL_THRESHOLDS: Readonly<Record<string, number>> = {
  'no-blame': 0.7,
  'no-hostile-tone': 0.8,
  'no-marketing': 0.5,
  'no-review-manipulation': 0.7,
  'no-guarantees': 0.7,
  'no-unreviewed-refund': 0.65,
  'delay-notice': 0.7,
}
const RULES = Object.keys(SIGNAL_THRESHOLDS)
type Part = 'ack' | 'status' | 'next'
/**
 * require-structure's signals, and the probability at or above which a sentence carries the part
 * (the rule also takes a part its cues missed when a sentence scores SIGNAL_SURE). Chosen from `--folds`.
 * An acknowledgement has none: its cues name what the guide counts (thanks, an apology, the
 * customer's request named), and a signal for it added two points of precision, no recall.
 */
export const STRUCTURE_SIGNALS: Readonly<Record<string, { part: Part; threshold: number }>> = {
  'require-structure/status': { part: 'status', threshold: 0.3 },
  'require-structure/next': { part: 'next', threshold: 0.1 },
}
const STRUCTURE_RULE = 'require-structure'
const MISSING_MESSAGES: Readonly<Record<Part, string>> = {
  ack: 'missingAcknowledgement',
  status: 'missingStatus',
  next: 'missingNextSteps',
}
/**
 * Batches kept out of training: they score the shipped signals as drafts no signal was trained on
 * (none of their misses was read to write a phrase list either).
 */
const HELD_OUT: ReadonlySet<string> = new Set([
  'batch-49',
  'batch-56',
  'batch-57',
  'batch-58',
  'batch-59',
  'batch-60',
  'batch-62',
])
const JUDGED_BY_PHRASES: Readonly<Record<string, (sentence: Sentence) => boolean>> = {
  'no-blame': blame,
  'no-hostile-tone': hostileTone,
  'no-marketing': marketing,
  'no-review-manipulation': reviewManipulation,
  'no-guarantees': guarantees,
  'no-unreviewed-refund': unreviewedRefund,
  'delay-notice': delayNotice,
}
/**
 * Rules whose label also depends on other sentences (a delay notice is fine with a revised date or
 * a cancel option beside it): a reply without the label whose lists see the wording may be a fine
 * one, so it is no negative.
 */
const LABEL_NEEDS_MORE: ReadonlySet<string> = new Set(['delay-notice'])

const ROOT = join(import.meta.dirname, '..')
const OUT = join(ROOT, 'rules', 'lexicons', 'learned-signals.json')
const POSITIVE_WEIGHT = 3
const ROUNDS = 2
const EPOCHS = 8
const LEARNING_RATE = 0.2
const L2 = 1e-3
/** Dropping weights under this halves the file and costs little recall (compare with `--folds`). */
const PRUNE_BELOW = 0.2
/** Weights are stored as whole multiples of this, one character each: ±45 steps hold every weight trained. */
const WEIGHT_STEP = 0.16
/**
 * A word or pair seen in fewer sentences than this is noise, not a wording to learn. Trained on 37
 * batches, 12 keeps the file under the size of 8 on 24 batches and scores as well on the batches
 * written after it (README, "Learned signals").
 */
const MIN_SENTENCES = 12

/** A sentence's feature ids (a feature as often as it occurs) and the length scale of all its features. */
interface Features {
  ids: Int32Array
  scale: number
}

interface Row {
  id: string
  group: string
  labels: string[]
  sentences: Features[]
  /** Per rule, the sentences its phrase lists flag. */
  flagged: Map<string, Set<number>>
  /** Per rule, the sentences its phrase lists judged (the signal stays silent on them). */
  judged: Map<string, Set<number>>
  /** A rule fixture speaks for its own rule only: a near miss there may break another rule. */
  only?: string
  structure?: Readonly<Record<Part, boolean>>
  /** The parts require-structure's cues find missing. */
  missing: Set<Part>
}

const vocabulary = new Map<string, number>()
const idOf = (feature: string) => {
  let id = vocabulary.get(feature)
  if (id === undefined) {
    id = vocabulary.size
    vocabulary.set(feature, id)
  }
  return id
}

function readRows(): Row[] {
  const files: [string, string, string?][] = []
  const batches = join(ROOT, 'fixtures', 'generalisation')
  for (const name of readdirSync(batches).sort())
    if (name.startsWith('batch-') && !HELD_OUT.has(name))
      files.push([name, join(batches, name, 'labelled.jsonl')])
  for (const name of ['drafts', 'dev'])
    files.push([name, join(ROOT, '..', 'shared', 'corpus', `${name}.jsonl`)])
  for (const rule of RULES) files.push(['fixtures', join(ROOT, 'fixtures', rule), rule])
  const phraseListsOnly = Object.fromEntries(
    [...RULES, STRUCTURE_RULE].map((rule) => [rule, ['error', { learned: false }]]),
  )
  const linter = createLinter({ preset: 'strict', rules: phraseListsOnly as never })
  const rows: Row[] = []
  for (const [group, file, only] of files) {
    for (const raw of only ? fixtureRows(file, only) : readLabelledRows(file)) {
      const document = parseDocument(raw.text)
      const flagged = new Map<string, Set<number>>()
      const missing = new Set<Part>()
      for (const diagnostic of linter.lint(raw.text, raw.context).diagnostics) {
        for (const part of Object.keys(MISSING_MESSAGES) as Part[])
          if (diagnostic.messageId === MISSING_MESSAGES[part]) missing.add(part)
        if (!RULES.includes(diagnostic.ruleId)) continue
        const at = diagnostic.range[0]
        const index = Math.max(
          0,
          document.sentences.findIndex((s) => at >= s.range[0] && at < s.range[1]),
        )
        if (!flagged.has(diagnostic.ruleId)) flagged.set(diagnostic.ruleId, new Set())
        flagged.get(diagnostic.ruleId)?.add(index)
      }
      const judged = new Map<string, Set<number>>()
      for (const rule of RULES) {
        const indexes = new Set<number>()
        document.sentences.forEach((sentence, index) => {
          if (JUDGED_BY_PHRASES[rule]?.(sentence)) indexes.add(index)
        })
        judged.set(rule, indexes)
      }
      rows.push({
        judged,
        id: raw.id,
        group,
        labels: raw.labels,
        sentences: document.sentences.map((s) => {
          const features = sentenceFeatures(s)
          return { ids: Int32Array.from(features, idOf), scale: lengthScale(features.length) }
        }),
        flagged,
        only,
        structure: raw.structure,
        missing,
      })
    }
  }
  const seen = new Int32Array(vocabulary.size)
  for (const row of rows)
    for (const { ids } of row.sentences) for (const id of new Set(ids)) seen[id] = (seen[id] as number) + 1
  for (const row of rows)
    row.sentences = row.sentences.map(({ ids, scale }) => ({
      ids: ids.filter((id) => (seen[id] as number) >= MIN_SENTENCES),
      scale,
    }))
  return rows
}

class Model {
  readonly weights: Float64Array
  private readonly squares: Float64Array
  bias = 0
  private biasSquares = 0
  constructor(size: number) {
    this.weights = new Float64Array(size)
    this.squares = new Float64Array(size)
  }
  score({ ids, scale }: Features): number {
    let sum = 0
    for (const id of ids) sum += this.weights[id] as number
    return 1 / (1 + Math.exp(-(this.bias + sum * scale)))
  }
  /** AdaGrad on log loss with L2, over a seeded shuffle. */
  train(examples: { features: Features; label: number; weight: number }[]) {
    let seed = 1
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
      return seed / 2 ** 32
    }
    const order = examples.map((_, i) => i)
    for (let epoch = 0; epoch < EPOCHS; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1))
        ;[order[i], order[j]] = [order[j] as number, order[i] as number]
      }
      for (const index of order) {
        const { features, label, weight } = examples[index] as (typeof examples)[number]
        const gradient = (this.score(features) - label) * weight
        const { ids, scale } = features
        for (const id of ids) {
          const g = gradient * scale + L2 * (this.weights[id] as number)
          this.squares[id] = (this.squares[id] as number) + g * g
          this.weights[id] =
            (this.weights[id] as number) -
            (LEARNING_RATE * g) / Math.sqrt((this.squares[id] as number) + 1e-8)
        }
        this.biasSquares += gradient * gradient
        this.bias -= (LEARNING_RATE * gradient) / Math.sqrt(this.biasSquares + 1e-8)
      }
    }
  }
}

/**
 * A rule's own fixtures as labelled rows: each invalid one is a positive; each valid one, and each
 * invalid one as its rewrite left it (`.fixed.txt`), is a negative the signal must leave alone.
 */
function fixtureRows(folder: string, rule: string): LabelledRow[] {
  const rows: LabelledRow[] = []
  for (const kind of ['valid', 'invalid'])
    for (const name of readdirSync(join(folder, kind)).sort())
      if (name.endsWith('.txt'))
        rows.push({
          id: `${rule}/${kind}/${name}`,
          text: readFileSync(join(folder, kind, name), 'utf8'),
          labels: kind === 'invalid' && !name.endsWith('.fixed.txt') ? [rule] : [],
        })
  return rows
}

/** Whether the row is a positive for the signal; undefined when it says nothing of it. */
function labelOf(signal: string, row: Row): boolean | undefined {
  const structural = STRUCTURE_SIGNALS[signal]
  if (structural) return row.structure?.[structural.part]
  return row.only && row.only !== signal ? undefined : row.labels.includes(signal)
}

function trainSignal(rule: string, rows: readonly Row[]): Model {
  // Most replies carry each part of the formula: their positives need no extra weight.
  const positiveWeight = STRUCTURE_SIGNALS[rule] ? 1 : POSITIVE_WEIGHT
  let model: Model | undefined
  for (let round = 0; round <= ROUNDS; round++) {
    const examples: { features: Features; label: number; weight: number }[] = []
    for (const row of rows) {
      const label = labelOf(rule, row)
      if (label === undefined || row.sentences.length === 0) continue
      if (!label) {
        if (LABEL_NEEDS_MORE.has(rule) && (row.judged.get(rule)?.size ?? 0) > 0) continue
        for (const features of row.sentences) examples.push({ features, label: 0, weight: 1 })
        continue
      }
      const positives = new Set(row.flagged.get(rule))
      if (!model && positives.size === 0) {
        for (const features of row.sentences)
          examples.push({ features, label: 1, weight: positiveWeight / row.sentences.length })
        continue
      }
      if (model && positives.size === 0) positives.add(highest(model, row))
      for (const index of positives)
        examples.push({ features: row.sentences[index] as Features, label: 1, weight: positiveWeight })
    }
    model = new Model(vocabulary.size)
    model.train(examples)
  }
  // What is shipped: small weights dropped.
  const trained = model as Model
  trained.weights.forEach((weight, id) => {
    if (Math.abs(weight) < PRUNE_BELOW) trained.weights[id] = 0
  })
  return trained
}

function highest(model: Model, row: Row): number {
  let best = 0
  let bestScore = -1
  row.sentences.forEach((features, index) => {
    const score = model.score(features)
    if (score > bestScore) [best, bestScore] = [index, score]
  })
  return best
}

function writeSignals(rows: readonly Row[]) {
  const names = [...vocabulary.keys()]
  const trained = [...RULES, ...Object.keys(STRUCTURE_SIGNALS)].map(
    (rule) => [rule, trainSignal(rule, rows)] as const,
  )
  // One feature list for every signal: the features any of them weighs.
  const used = names.map((_, id) => trained.some(([, model]) => model.weights[id] !== 0))
  const features = names.filter((_, id) => used[id])
  const signals: Record<string, { bias: number; threshold: number; step: number; weights: string }> = {}
  const zero = (WEIGHT_DIGITS.length - 1) / 2
  for (const [rule, model] of trained) {
    let weights = ''
    let kept = 0
    model.weights.forEach((weight, id) => {
      if (!used[id]) return
      const steps = Math.max(-zero, Math.min(zero, Math.round(weight / WEIGHT_STEP)))
      weights += WEIGHT_DIGITS[zero + steps]
      if (steps !== 0) kept++
    })
    signals[rule] = {
      bias: Math.round(model.bias * 1000) / 1000,
      threshold: SIGNAL_THRESHOLDS[rule] ?? (STRUCTURE_SIGNALS[rule]?.threshold as number),
      step: WEIGHT_STEP,
      weights,
    }
    console.log(`${rule}: ${kept} weights`)
  }
  writeFileSync(OUT, `${JSON.stringify({ features, signals })}\n`)
  console.log(`wrote ${features.length} features to ${OUT}`)
}

/** Leave one batch out (and dev, the real replies, out of every training set): what each signal adds. */
function folds(rows: readonly Row[]) {
  const groups = [...new Set(rows.map((row) => row.group))].filter((g) => g.startsWith('batch-'))
  const best = new Map<string, number>() // rule + row -> highest sentence score
  for (const held of [...groups, 'dev']) {
    const train = rows.filter((row) => row.group !== held && row.group !== 'dev')
    for (const rule of RULES) {
      const model = trainSignal(rule, train)
      for (const row of rows)
        if (row.group === held)
          best.set(
            `${rule} ${row.group} ${row.id}`,
            row.sentences.reduce(
              (m, f, i) => (row.judged.get(rule)?.has(i) ? m : Math.max(m, model.score(f))),
              0,
            ),
          )
    }
    process.stderr.write(`${held} `)
  }
  process.stderr.write('\n')
  const thresholds = [0.5, 0.6, 0.7, 0.8, 0.9]
  for (const scope of ['batches', 'dev']) {
    const set = rows.filter((row) => (scope === 'dev' ? row.group === 'dev' : row.group.startsWith('batch-')))
    console.log(
      `\n${scope}: ${set.length} replies held out. Phrase lists alone, then with the signal at each threshold (+ added hits / - added false alarms)`,
    )
    for (const rule of RULES) {
      const cells = [rule.padEnd(23), cell(set, rule, () => false)]
      for (const t of thresholds)
        cells.push(
          `${t}: ${cell(set, rule, (row) => (best.get(`${rule} ${row.group} ${row.id}`) ?? 0) >= t)}`,
        )
      console.log(cells.join(' | '))
    }
    const clean = set.filter((row) => row.labels.length === 0)
    for (const t of thresholds) {
      const added = clean.filter((row) =>
        RULES.some(
          (rule) => !row.flagged.has(rule) && (best.get(`${rule} ${row.group} ${row.id}`) ?? 0) >= t,
        ),
      ).length
      console.log(`at ${t}: ${added}/${clean.length} clean replies newly flagged`)
    }
  }
}

function cell(rows: readonly Row[], rule: string, signalFlags: (row: Row) => boolean): string {
  let tp = 0,
    fp = 0,
    fn = 0,
    added = 0,
    addedFalse = 0
  for (const row of rows) {
    const labelled = row.labels.includes(rule)
    const byList = row.flagged.has(rule)
    const bySignal = !byList && signalFlags(row)
    if (bySignal) labelled ? added++ : addedFalse++
    if (byList || bySignal) labelled ? tp++ : fp++
    else if (labelled) fn++
  }
  const p = tp + fp === 0 ? '-' : (tp / (tp + fp)).toFixed(2)
  const r = tp + fn === 0 ? '-' : (tp / (tp + fn)).toFixed(2)
  return `P ${p} R ${r}${added + addedFalse ? ` +${added}/-${addedFalse}` : ''}`
}

/**
 * Leave one group out, as `folds`, for require-structure: a part counts as missing when no sentence
 * reaches the signal's threshold, or when the cues miss it and no sentence reaches `sure`.
 */
function structureFolds(rows: readonly Row[]) {
  const withStructure = rows.filter((row) => row.structure && row.sentences.length > 0)
  const groups = [...new Set(withStructure.map((row) => row.group))]
  const best = new Map<string, number>() // signal + row -> highest sentence score
  for (const held of groups) {
    const train = withStructure.filter((row) => row.group !== held && row.group !== 'dev')
    for (const signal of Object.keys(STRUCTURE_SIGNALS)) {
      const model = trainSignal(signal, train)
      for (const row of withStructure)
        if (row.group === held)
          best.set(`${signal} ${row.group} ${row.id}`, Math.max(...row.sentences.map((f) => model.score(f))))
    }
    process.stderr.write(`${held} `)
  }
  process.stderr.write('\n')
  const scopes: [string, (row: Row) => boolean][] = [
    ['batches', (row) => row.group.startsWith('batch-')],
    ['drafts', (row) => row.group === 'drafts'],
    ['dev', (row) => row.group === 'dev'],
  ]
  console.log('\nrequire-structure: a missing part, P/R, per held-out scope')
  for (const [signal, { part }] of Object.entries(STRUCTURE_SIGNALS)) {
    console.log(`\n${part.padEnd(22)}${scopes.map(([name]) => name.padEnd(11)).join('')}`)
    const line = (name: string, missing: (row: Row, score: number) => boolean) => {
      const cells = scopes.map(([, inScope]) => {
        let tp = 0,
          fp = 0,
          fn = 0
        for (const row of withStructure) {
          if (!inScope(row)) continue
          const labelled = !row.structure?.[part]
          const flagged = missing(row, best.get(`${signal} ${row.group} ${row.id}`) ?? 0)
          if (flagged) labelled ? tp++ : fp++
          else if (labelled) fn++
        }
        return `${(tp / Math.max(1, tp + fp)).toFixed(2)}/${(tp / Math.max(1, tp + fn)).toFixed(2)}`.padEnd(
          11,
        )
      })
      console.log(name.padEnd(22) + cells.join(''))
    }
    line('cues alone', (row) => row.missing.has(part))
    for (const sure of [0.5, 0.7, 0.9])
      line(`cues, unless sure ${sure}`, (row, score) => row.missing.has(part) && score < sure)
    for (const threshold of [0.1, 0.2, 0.3, 0.4])
      for (const sure of [0.5, 0.7, 0.9])
        line(
          `below ${threshold}, sure ${sure}`,
          (row, score) => score < threshold || (row.missing.has(part) && score < sure),
        )
  }
}

const { values } = parseArgs({
  options: { folds: { type: 'boolean', default: false }, structure: { type: 'boolean', default: false } },
})
const rows = readRows()
if (values.folds) {
  if (!values.structure) folds(rows)
  structureFolds(rows)
} else writeSignals(rows)
