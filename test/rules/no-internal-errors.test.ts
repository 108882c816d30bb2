import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createLinter, type ReplyContext } from '../../src/index.js'

const ROOT = join(import.meta.dirname, '..', '..')

/** Every labelled row the project has: the generalisation batches, and the shared corpus when it is beside the checkout. */
function labelledRows(): { id: string; text: string; context?: ReplyContext }[] {
  const files: string[] = []
  const batches = join(ROOT, 'fixtures', 'generalisation')
  for (const name of readdirSync(batches))
    if (existsSync(join(batches, name, 'labelled.jsonl'))) files.push(join(batches, name, 'labelled.jsonl'))
  for (const name of ['dev.jsonl', 'drafts.jsonl']) {
    const file = join(ROOT, '..', 'shared', 'corpus', name)
    if (existsSync(file)) files.push(file)
  }
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line)),
  )
}

describe('the bundled rules on real and written drafts', () => {
  it('never fail: no internal-error diagnostic on any labelled row', () => {
    const linter = createLinter({ preset: 'strict' })
    const failures = labelledRows().flatMap((row) =>
      linter
        .lint(row.text, row.context)
        .diagnostics.filter((diagnostic) => diagnostic.ruleId === 'internal-error')
        .map((diagnostic) => `${row.id}: ${diagnostic.message}`),
    )
    expect(failures).toEqual([])
    // About 1,400 drafts: a second or two alone, longer while the machine is shared.
  }, 60_000)
})
