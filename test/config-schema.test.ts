import { readFileSync } from 'node:fs'
import { parse as parseJsonc } from 'jsonc-parser'
import { describe, expect, it } from 'vitest'
import { CONFIG_SCHEMA_FILE, renderConfigSchema, schemaOfValue } from '../scripts/config-schema.js'
import { validateReplyContext } from '../src/core.js'
import { createLinter, ReplyLintError, rules } from '../src/index.js'
import { readmeFile } from './adapters/readme-examples.js'

const schema = JSON.parse(renderConfigSchema()) as {
  properties: {
    preset: { anyOf: [{ enum: string[] }, unknown] }
    rules: { properties: Record<string, { anyOf: [unknown, { items: [unknown, { properties: object }] }] }> }
    context: { properties: Record<string, unknown> }
  }
}

describe('the config file schema (config.schema.json)', () => {
  it('matches the rule registry: `npx tsx scripts/config-schema.ts` rewrites it', () => {
    expect(readFileSync(CONFIG_SCHEMA_FILE, 'utf8')).toBe(renderConfigSchema())
  })

  it('names every built-in rule with its options, and the presets', () => {
    expect(Object.keys(schema.properties.rules.properties)).toEqual(rules.map((rule) => rule.id))
    expect(
      Object.keys(schema.properties.rules.properties['readable-length']?.anyOf[1].items[1].properties ?? {}),
    ).toEqual(['maxSentenceWords', 'maxReplyWords', 'jargon', 'allowJargon', 'plainWords', 'allow'])
    // Every rule takes `allow`, the engine's, besides its own options.
    for (const rule of rules)
      expect(
        Object.keys(schema.properties.rules.properties[rule.id]?.anyOf[1].items[1].properties ?? {}),
      ).toEqual([...Object.keys(rule.meta.defaultOptions), 'allow'])
    expect(schema.properties.preset.anyOf[0].enum).toEqual(['kingston-express', 'recommended', 'strict'])
    expect([3, 'x', true, [], [1], {}].map(schemaOfValue)).toEqual([
      { type: 'number' },
      { type: 'string' },
      { type: 'boolean' },
      { type: 'array', items: { type: 'string' } },
      { type: 'array', items: { type: 'number' } },
      { type: 'object', additionalProperties: { type: 'string' } },
    ])
  })

  it('has the context fields the engine accepts, no more and no fewer', () => {
    let known: string[] = []
    try {
      validateReplyContext({ notAField: true })
    } catch (error) {
      expect(error).toBeInstanceOf(ReplyLintError)
      known = (/Known fields: ([^.]+)\./.exec((error as Error).message)?.[1] ?? '').split(', ')
    }
    expect(Object.keys(schema.properties.context.properties).sort()).toEqual(known.sort())
  })
})

describe("the README's config file", () => {
  // JSON with comments, as the command line reads it; `ignores` is the command line's alone.
  const config = parseJsonc(readmeFile('reply-lint.config.json')) as Record<string, unknown>

  it('points at the schema and is a valid configuration', () => {
    const { $schema, ignores: _, ...options } = config
    expect($schema).toBe('./node_modules/reply-lint/config.schema.json')
    expect(() => createLinter(options)).not.toThrow()
    for (const id of Object.keys(options.rules as object))
      expect(schema.properties.rules.properties).toHaveProperty([id])
  })
})
