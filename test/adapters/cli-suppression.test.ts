import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { parse as parseJsonc } from 'jsonc-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt, ROOT, runCli, scratch } from './helpers.js'
import { readmeFile } from './readme-examples.js'

// The README's template and config (Silencing a finding), written out as they are and linted by the built command.
beforeAll(() => ensureBuilt(), 300_000)

interface JsonReport {
  filePath: string
  diagnostics: { ruleId: string; messageId: string; severity: string; excerpt: string; message: string }[]
  errorCount: number
  warningCount: number
  output?: string
}
const json = (stdout: string) => JSON.parse(stdout) as JsonReport[]
const found = (report: JsonReport | undefined) =>
  report?.diagnostics.map((d) => [d.ruleId, d.severity, d.excerpt]) ?? []

const TEMPLATE = readmeFile('templates/delivery.md')
const CONFIG = readmeFile('templates/reply-lint.config.json')

describe.concurrent('silencing findings (built CLI)', { timeout: 60_000 }, () => {
  it('the README template and config: allowed names and directives leave nothing to report', async () => {
    const cwd = scratch({ 'templates/delivery.md': TEMPLATE, 'templates/reply-lint.config.json': CONFIG })
    const { code, stdout } = await runCli(['--format', 'json', 'templates/'], { cwd })
    expect(json(stdout).map(found)).toEqual([[]])
    expect(code).toBe(0)
    // With every directive checked too: each one silenced something.
    const strict = await runCli(['--format', 'json', '--report-unused-directives', 'templates/'], { cwd })
    expect(json(strict.stdout).map(found)).toEqual([[]])
  })

  it('without the config the names are reported; without the directives, what they silence', async () => {
    const cwd = scratch({
      'delivery.md': TEMPLATE,
      'bare.md': TEMPLATE.replace(/<!--.*-->\n/g, ''),
    })
    const { code, stdout } = await runCli(['--format', 'json', 'delivery.md', 'bare.md'], { cwd })
    const [withDirectives, bare] = json(stdout)
    expect(found(withDirectives)).toEqual([
      ['no-off-platform', 'error', 'Text Me'],
      ['no-guarantees', 'error', 'with Guaranteed'],
    ])
    expect(found(bare)).toEqual([
      ...found(withDirectives),
      ['no-guarantees', 'error', "You'll definitely get it"],
      ['no-off-platform', 'error', 'trade@textmetees.example'],
    ])
    expect(code).toBe(1)
  })

  it('reports directives that silence nothing (as errors with the flag) and --fix removes them', async () => {
    const stale = TEMPLATE.replace("You'll definitely get it tomorrow.", 'It should arrive tomorrow.')
    const cwd = scratch({ 'templates/delivery.md': stale, 'templates/reply-lint.config.json': CONFIG })
    const warned = await runCli(['--format', 'json', 'templates/'], { cwd })
    const directive =
      "<!-- reply-lint-disable-next-line no-guarantees -- the courier's own next-day promise -->"
    // The config's "warning".
    expect(json(warned.stdout).map(found)).toEqual([[['unused-directive', 'warn', directive]]])
    expect(warned.code).toBe(0)
    const flagged = await runCli(['--report-unused-directives', 'templates/'], { cwd })
    expect(flagged.code).toBe(1)
    expect(flagged.stdout).toContain(
      'error  Unused reply-lint-disable-next-line: no problem from no-guarantees was reported where it applies.  unused-directive',
    )
    const fixed = await runCli(['--fix', '--report-unused-directives', 'templates/'], { cwd })
    expect(fixed).toMatchObject({ code: 0, stdout: '' })
    expect(readFileSync(join(cwd, 'templates', 'delivery.md'), 'utf8')).toBe(
      stale.replace(`${directive}\n`, ''),
    )
  })

  it('in a plain-text draft a directive silences nothing, and is reported as text the customer reads', async () => {
    const cwd = scratch({ 'delivery.txt': TEMPLATE, 'reply-lint.config.json': CONFIG })
    const { stdout } = await runCli(['--format', 'json', 'delivery.txt'], { cwd })
    const [report] = json(stdout)
    expect(report?.diagnostics.map((d) => [d.ruleId, d.messageId, d.severity])).toEqual([
      ['unused-directive', 'directiveInText', 'warn'],
      ['no-guarantees', 'certain', 'error'],
      ['unused-directive', 'directiveInText', 'warn'],
      ['no-off-platform', 'email', 'error'],
      ['unused-directive', 'directiveInText', 'warn'],
    ])
  })

  it('the README config is valid against config.schema.json, and a bad allow is not', () => {
    const validate = new Ajv({ strict: false }).compile(
      JSON.parse(readFileSync(join(ROOT, 'config.schema.json'), 'utf8')),
    )
    const config = parseJsonc(CONFIG) as Record<string, unknown>
    expect(validate(config)).toBe(true)
    expect(validate({ allow: 'Text Me Tees' })).toBe(false)
    expect(validate({ rules: { 'no-guarantees': ['error', { allow: [1] }] } })).toBe(false)
    expect(
      validate({ rules: { 'acme/x': ['error', { allow: ['Acme'] }] }, reportUnusedDirectives: true }),
    ).toBe(true)
    expect(validate({ reportUnusedDirectives: 'loud' })).toBe(false)
  })

  it('HTML templates, --print-config, and a bad phrase named with its file', async () => {
    const cwd = scratch({
      'reply.html':
        '<p>Thanks from Text Me Tees.</p>\n<!-- reply-lint-disable-next-line -->\n<p>Email trade@textmetees.example.</p>\n',
      'bad/reply-lint.config.json': '{ "allow": ["(Next Day"] }',
      'bad/draft.txt': 'Hi.',
      'reply-lint.config.json': CONFIG,
    })
    const html = await runCli(['--format', 'json', 'reply.html'], { cwd })
    expect(json(html.stdout).map(found)).toEqual([[]])

    const printed = JSON.parse((await runCli(['--print-config', 'reply.html'], { cwd })).stdout)
    expect(printed).toMatchObject({ format: 'html', allow: ['Text Me Tees'], reportUnusedDirectives: 'warn' })
    expect(printed.rules['no-guarantees']).toEqual([
      'error',
      { learned: true, allow: ['Guaranteed Delivery'] },
    ])
    expect(printed.rules['no-non-apology']).toBe('warn')

    const bad = await runCli(['bad/draft.txt'], { cwd })
    expect(bad).toMatchObject({ code: 2, stdout: '' })
    expect(bad.stderr).toBe(
      `reply-lint: ${join(cwd, 'bad', 'reply-lint.config.json')}: allow[0]: unbalanced parentheses in "(Next Day".\n`,
    )
  })
})
