import { describe, expect, it } from 'vitest'
import { diffEdits } from '../../src/adapters/lsp/text-edits.js'
import { applyEdits } from '../../src/fix/apply-fixes.js'

describe('diffEdits', () => {
  it('keeps a rewritten phrase as one edit and unchanged words out of it', () => {
    const before = "Hi Sam,\n\nYou'll definitely get it today.\n"
    const after = "Hi Sam,\n\nIt's expected to arrive today, and we'll update you if anything changes.\n"
    expect(diffEdits(before, after)).toEqual([
      { range: [9, 33], text: "It's expected to arrive" },
      { range: [39, 39], text: ", and we'll update you if anything changes" },
    ])
  })

  it('gives the text it was made from, whatever changed', () => {
    const cases: [string, string][] = [
      ['', 'new text'],
      ['old text', ''],
      ['a b c', 'a x c'],
      ['one\ntwo\nthree', 'one\n2\nthree!'],
      ['Call me 😀 now!!', 'Message me 😀 now!'],
    ]
    for (const [before, after] of cases) expect(applyEdits(before, diffEdits(before, after))).toBe(after)
  })
})
