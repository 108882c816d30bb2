import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { API_REPORT, renderApiReport } from '../../scripts/api-report.js'

const DIST = join(import.meta.dirname, '..', '..', 'dist')

describe('the API report (api/reply-lint.api.d.ts)', () => {
  it('matches the built declarations: a change to the public surface updates it in the same commit', () => {
    if (!existsSync(join(DIST, 'index.d.ts')))
      throw new Error('The API report is checked against the build: run `npm run build` first.')
    const committed = readFileSync(API_REPORT, 'utf8')
    const built = renderApiReport(DIST)
    expect(
      built === committed,
      'The public declarations changed: review them, then run `npx tsx scripts/api-report.ts` and commit api/.',
    ).toBe(true)
  })

  it("keeps the real names of what chunks share, not the bundler's letters, which move with every new name", () => {
    const report = renderApiReport(DIST)
    expect(report).toContain('\nexport type { AnyRule, BuiltinRuleId, ')
    const lettered = [...report.matchAll(/^(?:import|export)(?: type)? \{([^}]*)\}/gm)].flatMap((match) =>
      (match[1] as string).split(',').filter((name) => / as [A-Za-z]$/.test(name.trim())),
    )
    expect(lettered).toEqual([])
  })

  it('lists what the main entry exports, and not the internals', () => {
    const index = renderApiReport(DIST).split('// ---- dist/rule-kit.d.ts')[0] as string
    const exported = [...index.matchAll(/^export \{([^}]*)\}/gm)].flatMap((match) =>
      (match[1] as string).split(',').map((name) =>
        name
          .trim()
          .replace(/^type /, '')
          .replace(/^\S+ as /, ''),
      ),
    )
    for (const name of [
      'lint',
      'createLinter',
      'applyFixes',
      'defineRule',
      'defineConfig',
      'rules',
      'presets',
      'ReplyLintError',
    ])
      expect(exported).toContain(name)
    for (const name of [
      'CompiledLexicon',
      'expandPattern',
      'NEGATORS',
      'parseDocument',
      'applyEdits',
      'validateReplyContext',
    ])
      expect(exported).not.toContain(name)
  })
})
