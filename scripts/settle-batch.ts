/**
 * Builds a generalisation batch's labelled file from its parts: what the writer meant
 * (`written-*.jsonl`, `intended`), what a second person labelled blind (`labels-*.jsonl`), and the
 * decisions on every disagreement (`settled-*.jsonl`).
 *
 *   npx tsx scripts/settle-batch.ts fixtures/generalisation/batch-01            # writes labelled.jsonl
 *   npx tsx scripts/settle-batch.ts fixtures/generalisation/batch-01 --disputes # lists what is unsettled
 *
 * A label both agree on stays; a label only one gave, or a structure part they disagree on, needs
 * a decision in `settled-*.jsonl` (`{"id", "labels"?, "structure"?, "reason"}`, the final values).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

type Structure = { ack: boolean; status: boolean; next: boolean }
interface Written {
  id: string
  class: string
  text: string
  context?: Record<string, unknown>
  intended: string[]
  structure: Structure
  notes?: string
}
interface Blind {
  id: string
  labels: string[]
  structure: Structure
  notes?: string
}
interface Settled {
  id: string
  labels?: string[]
  structure?: Structure
  reason: string
}

const [folder, flag] = process.argv.slice(2)
if (!folder) throw new Error('usage: settle-batch.ts <batch folder> [--disputes]')
const read = <T>(file: string): T[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T)
const files = readdirSync(folder)
const byId = <T extends { id: string }>(prefix: string) =>
  new Map(
    files
      .filter((name) => name.startsWith(prefix) && name.endsWith('.jsonl'))
      .flatMap((name) => read<T>(join(folder, name)))
      .map((row) => [row.id, row]),
  )
const written = byId<Written>('written-')
const blind = byId<Blind>('labels-')
const settled = byId<Settled>('settled-')

const PARTS = ['ack', 'status', 'next'] as const
const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((label) => b.includes(label))

const labelled: object[] = []
const disputes: object[] = []
for (const row of written.values()) {
  const second = blind.get(row.id)
  if (!second) {
    disputes.push({ id: row.id, problem: 'no blind label' })
    continue
  }
  const decision = settled.get(row.id)
  const labelsAgree = sameSet(row.intended, second.labels)
  const structureAgrees = PARTS.every((part) => row.structure[part] === second.structure[part])
  if ((!labelsAgree && !decision?.labels) || (!structureAgrees && !decision?.structure))
    disputes.push({
      id: row.id,
      text: row.text,
      context: row.context,
      writer: { labels: row.intended, structure: row.structure, notes: row.notes },
      blind: { labels: second.labels, structure: second.structure, notes: second.notes },
    })
  labelled.push({
    id: row.id,
    class: row.class,
    text: row.text,
    ...(row.context ? { context: row.context } : {}),
    labels:
      decision?.labels ??
      (labelsAgree ? row.intended : second.labels.filter((l) => row.intended.includes(l))),
    structure: decision?.structure ?? (structureAgrees ? row.structure : second.structure),
  })
}

if (flag === '--disputes') {
  for (const dispute of disputes) console.log(JSON.stringify(dispute))
  console.error(`${disputes.length} of ${written.size} rows unsettled`)
} else {
  if (disputes.length > 0) console.error(`warning: ${disputes.length} rows unsettled (run with --disputes)`)
  writeFileSync(join(folder, 'labelled.jsonl'), `${labelled.map((row) => JSON.stringify(row)).join('\n')}\n`)
  console.error(`${labelled.length} rows -> ${join(folder, 'labelled.jsonl')}`)
}
