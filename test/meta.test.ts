import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { rules } from '../src/index.js'
import { loadFixtures } from './helpers/fixtures.js'

const ROOT = join(import.meta.dirname, '..')
const HEADINGS = ['## Rule Details', '## Examples', '## Options', '## When Not To Use It']

describe('rule registry', () => {
  it('is sorted by id with no duplicates', () => {
    const ids = rules.map((rule) => rule.id)
    expect(ids).toEqual([...new Set(ids)].sort())
  })
})

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
  const docPath = join(ROOT, 'rules', `${id}.md`)
  const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : ''

  it('lives in rules/<id>.ts with a docs URL to rules/<id>.md', () => {
    expect(existsSync(join(ROOT, 'rules', `${id}.ts`))).toBe(true)
    expect(rule.meta.docsUrl).toMatch(new RegExp(`/rules/${id}\\.md$`))
  })

  it('has a doc with the fixed headings, its description and every option', () => {
    expect(doc.split('\n')[0]).toBe(`# ${id}`)
    for (const heading of HEADINGS) expect(doc, `heading "${heading}"`).toContain(`\n${heading}\n`)
    expect(doc).toContain(rule.meta.description)
    const options = doc.slice(doc.indexOf('## Options'), doc.indexOf('## When Not To Use It'))
    for (const option of Object.keys(rule.meta.defaultOptions))
      expect(options, `option ${option}`).toContain(`\`${option}\``)
  })

  it('has valid and invalid fixtures that exercise every message', () => {
    const { valid, invalid } = loadFixtures(id)
    expect(valid.length, 'valid fixtures').toBeGreaterThan(0)
    expect(invalid.length, 'invalid fixtures').toBeGreaterThan(0)
    const reported = new Set(invalid.flatMap((test) => test.errors.map((error) => error.messageId)))
    const suggested = new Set(
      invalid.flatMap((test) =>
        test.errors.flatMap((error) => (error.suggestions ?? []).map((s) => s.messageId)),
      ),
    )
    for (const messageId of Object.keys(rule.messages)) {
      const seen = messageId.startsWith('suggest') ? suggested : reported
      expect(seen.has(messageId), `messageId "${messageId}" is used by a fixture`).toBe(true)
    }
  })
})
