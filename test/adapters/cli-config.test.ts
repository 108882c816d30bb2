import { spawn } from 'node:child_process'
import { existsSync, readFileSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { parse as parseJsonc } from 'jsonc-parser'
import { beforeAll, describe, expect, it } from 'vitest'
import { type CliIo, run } from '../../src/adapters/cli/run.js'
import { lint, rules } from '../../src/index.js'
import type { LintOptions } from '../../src/types.js'
import { CONFIG } from './drafts.js'
import { CLI, ensureBuilt, ROOT, runCli, scratch } from './helpers.js'
import { readmeFile } from './readme-examples.js'

// Config files as users write them (the README's examples, written out as they are), read by the built command.
beforeAll(() => ensureBuilt(), 300_000)

interface JsonReport {
  filePath: string
  diagnostics: { ruleId: string; message: string }[]
  notices: { severity: string; message: string }[]
}
const json = (stdout: string) => JSON.parse(stdout) as JsonReport[]
const ruleIds = (report: JsonReport | undefined) =>
  [...new Set(report?.diagnostics.map((d) => d.ruleId))].sort()
const expectedIds = (text: string, options: LintOptions) =>
  [...new Set(lint(text, options).diagnostics.map((d) => d.ruleId))].sort()

const schema = () => JSON.parse(readFileSync(join(ROOT, 'config.schema.json'), 'utf8'))

const DRAFT =
  "Hi Sam, thanks for waiting!! You'll definitely get it today. Email me at sam@example.com. " +
  'Check out our new spring collection with 20% off, and follow us on Instagram.\n'

describe.concurrent('config files (built CLI)', { timeout: 60_000 }, () => {
  it('the README JSON config: comments, trailing commas, ignores, .reply-lintignore; the schema accepts it', async () => {
    const config = readmeFile('reply-lint.config.json')
    const cwd = scratch({
      'reply-lint.config.json': config,
      '.reply-lintignore': readmeFile('.reply-lintignore'),
      'draft.txt': DRAFT,
      'archive/draft.txt': DRAFT,
      'replies/welcome.old.md': DRAFT,
      'node_modules/pkg/draft.txt': DRAFT,
      '.git/draft.txt': DRAFT,
    })
    const { code, stdout } = await runCli(['--format', 'json', '.'], { cwd })
    const reports = json(stdout)
    expect(reports.map((report) => report.filePath)).toEqual([join(cwd, 'draft.txt')])
    const options = parseJsonc(config) as LintOptions & { $schema?: string; ignores?: string[] }
    const { $schema: _, ignores: __, ...lintOptions } = options
    expect(ruleIds(reports[0])).toEqual(expectedIds(DRAFT, lintOptions))
    expect(ruleIds(reports[0])).not.toContain('readable-length')
    expect(code).toBe(1)

    const validate = new Ajv({ strict: false }).compile(schema())
    expect(validate(options)).toBe(true)
    expect(validate({ ...options, rule: {} })).toBe(false)
    expect(validate({ ...options, context: { fulfilment: 'seller' } })).toBe(false)
    expect(validate({ rules: { 'no-blame': 2, 'no-guarantees': ['warning', {}] } })).toBe(true)
    expect(validate({ preset: 'reply-lint-preset-acme', rules: { 'acme/no-double-bang': 'error' } })).toBe(
      true,
    )
    expect(validate({ rules: { 'no-guarantee': 'error' } })).toBe(false)
    expect(validate({ rules: { 'readable-length': ['warn', { maxSentenceWords: 'many' }] } })).toBe(false)

    // A file named on the command line that an ignore matches is skipped with a warning; --no-ignore lints it.
    const named = await runCli(['--format', 'json', 'archive/draft.txt', 'replies/welcome.old.md'], { cwd })
    expect(json(named.stdout).map((report) => report.notices)).toEqual([
      [
        {
          severity: 'warn',
          message: 'Skipped: ignored by .reply-lintignore or --ignore-pattern (--no-ignore lints it).',
        },
      ],
      [
        {
          severity: 'warn',
          message: 'Skipped: ignored by .reply-lintignore or --ignore-pattern (--no-ignore lints it).',
        },
      ],
    ])
    expect(named.code).toBe(0)
    const unignored = await runCli(['--format', 'json', '--no-ignore', '.'], { cwd })
    expect(json(unignored.stdout).map((report) => report.filePath)).toEqual([
      join(cwd, 'archive', 'draft.txt'),
      join(cwd, 'draft.txt'),
      join(cwd, 'replies', 'welcome.old.md'),
    ])
  })

  it('the README JavaScript config: a plugin rule and a preset package', async () => {
    const cwd = scratch({
      'reply-lint.config.mjs': readmeFile('reply-lint.config.mjs'),
      'node_modules/reply-lint-preset-acme/index.js': readmeFile(
        'node_modules/reply-lint-preset-acme/index.js',
      ),
      'node_modules/reply-lint-preset-acme/package.json': JSON.stringify({
        name: 'reply-lint-preset-acme',
        type: 'module',
        main: 'index.js',
      }),
      'draft.txt': DRAFT,
    })
    symlinkSync(ROOT, join(cwd, 'node_modules', 'reply-lint'))
    const { code, stdout } = await runCli(['--format', 'json', 'draft.txt'], { cwd })
    const [report] = json(stdout)
    // strict from the preset package (no-marketing is on), no-shouting off in the config, the plugin's rule on.
    expect(ruleIds(report)).toContain('acme/no-double-bang')
    expect(ruleIds(report)).toContain('no-marketing')
    expect(ruleIds(report)).not.toContain('no-shouting')
    expect(report?.diagnostics.find((d) => d.ruleId === 'acme/no-double-bang')?.message).toBe(
      'One "!" is enough.',
    )
    expect(code).toBe(1)

    const printed = await runCli(['--print-config', 'draft.txt'], { cwd })
    const resolved = JSON.parse(printed.stdout)
    expect(resolved).toMatchObject({
      configFile: join(cwd, 'reply-lint.config.mjs'),
      presetPackages: ['reply-lint-preset-acme'],
      format: 'text',
      ignored: false,
      context: { platformName: 'Acme Market' },
    })
    expect(resolved.rules['acme/no-double-bang']).toBe('error')
    expect(resolved.rules['no-shouting']).toBeUndefined()
    expect(resolved.rules['readable-length']).toEqual([
      'warn',
      expect.objectContaining({ maxSentenceWords: 30 }),
    ])
    expect(Object.keys(resolved.rules)).toEqual(
      [...rules.map((rule) => rule.id).filter((id) => id !== 'no-shouting'), 'acme/no-double-bang'].sort(),
    )
  })

  it('the README package.json key; a BOM; a preset package that is not there', async () => {
    const cwd = scratch({
      'package.json': readmeFile('package.json'),
      'shop/draft.txt': DRAFT,
      'bom/reply-lint.config.json': `\uFEFF${CONFIG}`,
      'bom/draft.txt': DRAFT,
      'missing/reply-lint.config.json': JSON.stringify({ preset: 'reply-lint-preset-nowhere' }),
      'missing/draft.txt': DRAFT,
    })
    const printed = JSON.parse((await runCli(['--print-config', 'shop/draft.txt'], { cwd })).stdout)
    expect(printed.configFile).toBe(join(cwd, 'package.json'))
    expect(Object.keys(printed.rules)).toEqual(
      rules
        .map((rule) => rule.id)
        .filter((id) => id !== 'no-marketing')
        .sort(),
    )

    const bom = await runCli(['--format', 'json', 'bom/draft.txt'], { cwd })
    expect(ruleIds(json(bom.stdout)[0])).toEqual(expectedIds(DRAFT, JSON.parse(CONFIG)))

    const missing = await runCli(['missing/draft.txt'], { cwd })
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe(
      `reply-lint: ${join(cwd, 'missing', 'reply-lint.config.json')}: preset "reply-lint-preset-nowhere" is neither a built-in preset (recommended, strict, kingston-express) nor a package installed there (npm install reply-lint-preset-nowhere).\n`,
    )
  })

  it('JSON mistakes name the line and column; a config module that throws is one line', async () => {
    const cwd = scratch({
      'json/reply-lint.config.jsonc':
        '{\n  // fine\n  "preset": "strict",\n  "rules": {\n    "no-blame": "warn"\n    "no-shouting": "off"\n  }\n}\n',
      'json/draft.txt': DRAFT,
      'js/reply-lint.config.js': "throw new Error('no config today')\n",
      'js/draft.txt': DRAFT,
    })
    const jsonc = await runCli(['json/draft.txt'], { cwd })
    expect(jsonc).toMatchObject({ code: 2, stdout: '' })
    expect(jsonc.stderr).toBe(
      `reply-lint: ${join(cwd, 'json', 'reply-lint.config.jsonc')}:6:5: not valid JSON: comma expected.\n`,
    )
    const js = await runCli(['js/draft.txt'], { cwd })
    expect(js).toMatchObject({ code: 2, stdout: '' })
    expect(js.stderr).toBe(
      `reply-lint: ${join(cwd, 'js', 'reply-lint.config.js')}: the config failed to load: no config today\n`,
    )
  })

  it('--init writes a starter config from flags without asking, which the schema accepts; never over one', async () => {
    const cwd = scratch({ 'draft.txt': DRAFT })
    const first = await runCli(
      ['--init', '--preset', 'kingston-express', '--context', '{"fulfillment":"seller"}'],
      {
        cwd,
      },
    )
    expect(first).toEqual({ code: 0, stdout: 'Wrote reply-lint.config.json.\n', stderr: '' })
    const written = JSON.parse(readFileSync(join(cwd, 'reply-lint.config.json'), 'utf8'))
    expect(written).toEqual({
      $schema: './node_modules/reply-lint/config.schema.json',
      preset: 'kingston-express',
      context: { fulfillment: 'seller' },
    })
    expect(new Ajv({ strict: false }).compile(schema())(written)).toBe(true)
    const again = await runCli(['--init'], { cwd })
    expect(again).toEqual({
      code: 2,
      stdout: '',
      stderr: 'reply-lint: reply-lint.config.json already exists here; edit it instead.\n',
    })
    // The config it wrote is the one the next run uses.
    const printed = JSON.parse((await runCli(['--print-config', 'draft.txt'], { cwd })).stdout)
    expect(printed.configFile).toBe(join(cwd, 'reply-lint.config.json'))
    expect(printed.context).toEqual({ fulfillment: 'seller', platformName: 'Kingston Express' })
  })
})

describe('--init on a terminal asks what the flags leave open', () => {
  // util-linux's script gives the command a terminal; the answers are typed ahead, all at once.
  it.skipIf(!existsSync('/usr/bin/script'))(
    'in the built command, with answers typed ahead',
    async () => {
      const cwd = scratch({})
      const command = `"${process.execPath}" "${CLI}" --init --rule no-blame:warn`
      await new Promise<void>((resolve, reject) => {
        const child = spawn('script', ['-qec', command, '/dev/null'], {
          cwd,
          stdio: ['pipe', 'ignore', 'ignore'],
        })
        child.on('error', reject)
        child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`script exited ${code}`))))
        child.stdin.end('kingston-express\nseller\n\n')
      })
      expect(JSON.parse(readFileSync(join(cwd, 'reply-lint.config.json'), 'utf8'))).toEqual({
        $schema: './node_modules/reply-lint/config.schema.json',
        preset: 'kingston-express',
        rules: { 'no-blame': 'warn' },
        context: { fulfillment: 'seller' },
      })
    },
    60_000,
  )

  it('asks for the preset, who ships and the marketplace; Enter keeps the default', async () => {
    const cwd = scratch({})
    const questions: string[] = []
    const answers = ['loud', 'strict', 'seller', '']
    const io: CliIo = {
      cwd,
      env: {},
      stdinIsTTY: true,
      stdoutIsTTY: false,
      stderrIsTTY: false,
      readStdin: async () => new Uint8Array(),
      stdout: () => {},
      stderr: () => {},
      ask: async (question) => {
        questions.push(question)
        return answers.shift() ?? ''
      },
    }
    expect(await run(['--init', '--rule', 'no-marketing:2'], io)).toBe(0)
    expect(questions).toEqual([
      'Preset (recommended, strict, kingston-express) [recommended]: ',
      'Preset (recommended, strict, kingston-express) [recommended]: ',
      'Who ships your orders (platform, seller, or Enter to skip): ',
      'Marketplace name (Enter to skip): ',
    ])
    expect(JSON.parse(readFileSync(join(cwd, 'reply-lint.config.json'), 'utf8'))).toEqual({
      $schema: './node_modules/reply-lint/config.schema.json',
      preset: 'strict',
      rules: { 'no-marketing': 'error' },
      context: { fulfillment: 'seller' },
    })
  })
})
