import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { bundledLemmas, lemmasIn } from '../scripts/inflection-table.js'
import { createLinter, rules } from '../src/index.js'
import { INFLECTION_TABLE } from '../src/phrases/inflection-table.js'
import { inflectWithCompromise } from '../src/phrases/pattern.js'

/** Whether compromise has been loaded in this worker (it is loaded through `require`). */
const compromiseLoaded = () =>
  Object.keys(createRequire(import.meta.url).cache).some((path) => path.includes('/compromise/'))

describe('the inflection table', () => {
  // First in this file: the checks below load compromise themselves.
  it('lets every bundled rule compile its lexicons and lint without loading compromise', () => {
    const all = Object.fromEntries(rules.map((rule) => [rule.id, 'warn' as const]))
    const linter = createLinter({ preset: 'strict', rules: all })
    const text =
      'Thanks for your message, we will definitely refund you and the courier lost it. Email me at a@b.co!'
    expect(linter.lint(text).diagnostics.length).toBeGreaterThan(0)
    expect(compromiseLoaded()).toBe(false)
  })

  it('finds lemmas as patterns write them', () => {
    expect(lemmasIn(`match: "(will|'ll) ~arrive (~get|~cancel)? ~ship?"`)).toEqual([
      'arrive',
      'get',
      'cancel',
      'ship',
    ])
  })

  it('holds exactly the lemmas of the bundled lexicons, with the forms compromise gives (else: npx tsx scripts/inflection-table.ts)', () => {
    expect([...INFLECTION_TABLE.keys()]).toEqual(bundledLemmas())
    for (const [lemma, forms] of INFLECTION_TABLE) expect(forms, lemma).toEqual(inflectWithCompromise(lemma))
  })
})
