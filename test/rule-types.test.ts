import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RULE_TYPES_FILE, renderRuleTypes, typeOfValue } from '../scripts/rule-types.js'

describe('the generated rule types (src/generated/builtin-rules.ts)', () => {
  it('match the rule registry: `npx tsx scripts/rule-types.ts` rewrites them', () => {
    expect(readFileSync(RULE_TYPES_FILE, 'utf8')).toBe(renderRuleTypes())
  })

  it("type each option as the engine checks it, from its default's shape", () => {
    expect([25, 'x', true, [], ['a'], [1], {}, { a: 1 }].map(typeOfValue)).toEqual([
      'number',
      'string',
      'boolean',
      'readonly string[]',
      'readonly string[]',
      'readonly number[]',
      'Readonly<Record<string, string>>',
      'Readonly<Record<string, number>>',
    ])
  })
})
