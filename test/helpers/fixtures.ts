import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ReplyContext, RuleOptions } from '../../src/index.js'
import type { ExpectedError, InvalidCase, RuleTests, ValidCase } from '../../src/testing/index.js'

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures')

interface FixtureMeta {
  context?: ReplyContext
  options?: RuleOptions
  errors?: ExpectedError[]
}

/**
 * Reads `fixtures/<ruleId>/`: `valid/*.txt` must not fire; `invalid/*.txt` fire exactly as
 * `invalid/<name>.json` says (`errors` with messageId, excerpt, line, column, suggestion ids), and
 * `invalid/<name>.fixed.txt` is the text after applying every first suggestion. A `<name>.json`
 * beside a valid draft may carry its `context` and `options`.
 */
export function loadFixtures(ruleId: string): RuleTests & { files: string[] } {
  const dir = join(FIXTURES, ruleId)
  const files: string[] = []
  const read = (kind: 'valid' | 'invalid') => {
    const folder = join(dir, kind)
    if (!existsSync(folder)) return []
    return readdirSync(folder)
      .filter((name) => name.endsWith('.txt') && !name.endsWith('.fixed.txt'))
      .sort()
      .map((name) => {
        const base = name.slice(0, -'.txt'.length)
        files.push(join(kind, name))
        const metaPath = join(folder, `${base}.json`)
        const meta: FixtureMeta = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, 'utf8')) : {}
        const fixedPath = join(folder, `${base}.fixed.txt`)
        return {
          name: `${kind}/${name}`,
          text: readFileSync(join(folder, name), 'utf8'),
          ...(meta.context ? { context: meta.context } : {}),
          ...(meta.options ? { options: meta.options } : {}),
          ...(kind === 'invalid' ? { errors: meta.errors ?? [] } : {}),
          ...(existsSync(fixedPath) ? { output: readFileSync(fixedPath, 'utf8') } : {}),
        }
      })
  }
  return { valid: read('valid') as ValidCase[], invalid: read('invalid') as InvalidCase[], files }
}
