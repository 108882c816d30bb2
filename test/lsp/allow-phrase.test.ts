import { parse } from 'jsonc-parser'
import { describe, expect, it } from 'vitest'
import { allowablePhrase, allowInsertion } from '../../src/adapters/lsp/allow-phrase.js'
import { applyEdits } from '../../src/fix/apply-fixes.js'
import { lint } from '../../src/index.js'

const add = (text: string, phrase = 'Guaranteed Delivery', keyPath = ['allow']) => {
  const edit = allowInsertion(text, keyPath, phrase)
  return edit && applyEdits(text, [edit])
}

describe('allowInsertion: a phrase added to a JSON config in its own layout', () => {
  it('appends to a multi-line allow list, a one-line one, and an empty one', () => {
    expect(add('{\n  "allow": [\n    "Kingston Express"\n  ]\n}\n')).toBe(
      '{\n  "allow": [\n    "Kingston Express",\n    "Guaranteed Delivery"\n  ]\n}\n',
    )
    expect(add('{ "allow": ["Kingston Express"], "preset": "strict" }')).toBe(
      '{ "allow": ["Kingston Express", "Guaranteed Delivery"], "preset": "strict" }',
    )
    expect(add('{ "allow": [] }')).toBe('{ "allow": ["Guaranteed Delivery"] }')
  })

  it('adds the allow list after the last key, keeping comments, a trailing comma, tabs and CRLF', () => {
    expect(add('{\n  // ours\n  "rules": { "no-blame": "off" }, // kept\n}\n')).toBe(
      '{\n  // ours\n  "rules": { "no-blame": "off" },\n  "allow": [\n    "Guaranteed Delivery"\n  ], // kept\n}\n',
    )
    expect(add('{\r\n\t"preset": "strict"\r\n}\r\n')).toBe(
      '{\r\n\t"preset": "strict",\r\n\t"allow": [\r\n\t\t"Guaranteed Delivery"\r\n\t]\r\n}\r\n',
    )
    expect(add('{}')).toBe('{\n  "allow": [\n    "Guaranteed Delivery"\n  ]\n}')
  })

  it("writes under package.json's reply-lint key, and escapes the phrase as JSON", () => {
    const edited = add(
      '{\n  "name": "shop",\n  "reply-lint": {\n    "preset": "strict"\n  }\n}\n',
      'The "Fast" line',
      ['reply-lint', 'allow'],
    )
    expect(parse(edited as string)).toEqual({
      name: 'shop',
      'reply-lint': { preset: 'strict', allow: ['The "Fast" line'] },
    })
  })

  it('offers nothing for a phrase already allowed, or an allow that is not a list', () => {
    expect(add('{ "allow": ["Guaranteed Delivery"] }')).toBeUndefined()
    expect(add('{ "allow": "Guaranteed Delivery" }')).toBeUndefined()
    expect(add('[]')).toBeUndefined()
  })
})

describe('allowablePhrase', () => {
  it('takes plain words, with single spaces', () => {
    const [diagnostic] = lint("You'll   definitely get it today.", {
      context: { fulfillment: 'seller' },
    }).diagnostics
    expect(diagnostic && allowablePhrase(diagnostic)).toBe("You'll definitely get it")
  })

  it('refuses markup, the lexicon syntax, long stretches and internal errors', () => {
    const base = lint("You'll definitely get it today.").diagnostics[0]
    if (!base) throw new Error('no diagnostic')
    for (const excerpt of [
      'definitely **get** it',
      'get (it|them)',
      'call me?',
      '',
      'one two three four five six seven eight nine',
    ])
      expect(allowablePhrase({ ...base, excerpt })).toBeUndefined()
    expect(allowablePhrase({ ...base, ruleId: 'internal-error', excerpt: 'boom' })).toBeUndefined()
  })
})

describe('an allowed excerpt is no longer reported', () => {
  it('for the phrase "Allow this phrase" offers', () => {
    const draft = "You'll definitely get it today. Email me."
    const [first, ...others] = lint(draft).diagnostics
    const phrase = first && allowablePhrase(first)
    expect(phrase).toBe("You'll definitely get it")
    const allowed = lint(draft, { allow: [phrase as string] }).diagnostics
    expect(allowed.map((d) => d.ruleId)).toEqual(others.map((d) => d.ruleId))
  })
})
