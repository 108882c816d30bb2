import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type CliIo, run } from '../../src/adapters/cli/run.js'
import { useColor } from '../../src/adapters/cli/write-report.js'
import { formatStylish } from '../../src/adapters/formatters/stylish.js'
import { lint } from '../../src/index.js'
import { CLEAN, CONFIG, TEXT } from './drafts.js'
import { onlyRules, scratch } from './helpers.js'

// The CLI's logic in-process (fast): flags, config files, colours. cli.test.ts runs the built command.
const cwd = scratch({
  'reply-lint.config.json': CONFIG,
  'draft.txt': TEXT,
  'clean.txt': CLEAN,
  'team/reply-lint.config.json': JSON.stringify({
    $schema: 'https://example.com/schema.json',
    rules: onlyRules({ 'no-off-platform': 'error' }),
  }),
  'team/nested/draft.txt': TEXT,
  'plugins.json': JSON.stringify({ plugins: ['x'] }),
  'typo.json': JSON.stringify({ rule: {} }),
  'bad.json': '{ "rules": ',
  'bad-context.json': JSON.stringify({ refund: 'maybe' }),
  'numeric.json': JSON.stringify({ rules: onlyRules({ 'no-guarantees': 'warn' }) })
    .replace(/"off"/g, '0')
    .replace('"warn"', '["warning", {}]'),
  'binary.txt': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0]),
})

async function cli(
  args: string[],
  options: { stdin?: string; env?: Record<string, string>; tty?: boolean } = {},
) {
  let stdout = ''
  let stderr = ''
  const io: CliIo = {
    cwd,
    env: options.env ?? {},
    stdinIsTTY: options.stdin === undefined,
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: false,
    readStdin: async () => Buffer.from(options.stdin ?? '', 'utf8'),
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
  }
  const code = await run(args, io)
  return { code, stdout, stderr }
}

describe('CLI usage errors: exit 2 and one line naming the problem', () => {
  it.each([
    [['--format', 'xml', 'draft.txt'], '--format must be one of stylish, json, sarif; got "xml".'],
    [['--stdout', 'draft.txt'], '--stdout only goes with --fix.'],
    [
      ['--bogus'],
      "Unknown option '--bogus'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"--bogus\" (see --help)",
    ],
    [['--context', '{bad', 'draft.txt'], /^--context is not valid JSON: /],
    [['--context', '[]', 'draft.txt'], '--context must be a JSON object, e.g. {"fulfillment":"seller"}.'],
    [
      ['--context', '{"fulfilment":"seller"}', 'draft.txt'],
      /^--context: context\.fulfilment is not a known context field\. Did you mean "fulfillment"\? Known fields: /,
    ],
    [['--context-file', 'bad-context.json', 'draft.txt'], /^--context\/--context-file: context\.refund/],
    [['--context-file', 'missing.json', 'draft.txt'], '--context-file: cannot read missing.json.'],
    [
      ['--rule', 'no-guarantee:error', 'draft.txt'],
      '--rule: Unknown rule "no-guarantee" in rules. Did you mean "no-guarantees"?',
    ],
    [['--rule', '__proto__:error', 'draft.txt'], /^--rule: Unknown rule "__proto__" in rules\./],
    [['--rule', 'constructor:error', 'draft.txt'], /^--rule: Unknown rule "constructor" in rules\./],
    [
      ['--context', '{"__proto__":{"fulfillment":"seller"}}', 'draft.txt'],
      /^--context: context\.__proto__ is not a known context field\./,
    ],
    [
      ['--context', '{"toString":"seller"}', 'draft.txt'],
      /^--context: context\.toString is not a known context field\./,
    ],
    [
      ['--rule', 'no-guarantees', 'draft.txt'],
      '--rule takes id:severity, e.g. --rule no-guarantees:warn; got "no-guarantees".',
    ],
    [
      ['--rule', 'no-guarantees:loud', 'draft.txt'],
      /^--rule: rules\.no-guarantees: severity "loud" is not one of/,
    ],
    [
      ['--preset', 'lenient', 'draft.txt'],
      /^--preset: Unknown preset "lenient"\. Presets: recommended, strict/,
    ],
    [['--max-warnings', 'many', 'draft.txt'], '--max-warnings takes a whole number; got "many".'],
    [['missing.txt'], 'No such file: missing.txt'],
    [['*.docx'], 'No files match *.docx'],
    [
      ['--config', 'plugins.json', 'draft.txt'],
      /plugins\.json: "plugins" are code; name them in a reply-lint\.config\.js \(or \.mjs\) instead of a JSON file\.$/,
    ],
    [
      ['--config', 'typo.json', 'draft.txt'],
      /typo\.json: "rule" is not a config key\. Keys: preset, rules, plugins, context, format, allow, reportUnusedDirectives, ignores\.$/,
    ],
    [['--config', 'bad.json', 'draft.txt'], /bad\.json:1:12: not valid JSON: value expected\.$/],
    [['--config', 'nope.json', 'draft.txt'], /^Cannot read config file .*nope\.json\.$/],
    [
      ['--fix', '--stdout', 'draft.txt', 'clean.txt'],
      '--fix --stdout prints one rewritten draft; got 2 inputs.',
    ],
    [[], 'No drafts given: name files, globs or directories, or pipe a draft in (see --help).'],
    [
      ['--lsp', 'draft.txt'],
      '--lsp runs the language server, which reads its settings from config files and the editor; give it no other options or files.',
    ],
    [['--stdio', 'draft.txt'], '--stdio only goes with --lsp.'],
  ] as const)('%j', async (args, message) => {
    const { code, stdout, stderr } = await cli([...args])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr.endsWith('\n')).toBe(true)
    expect(stderr.trimEnd().split('\n')).toHaveLength(1)
    const text = stderr.trimEnd().replace(/^reply-lint: /, '')
    if (typeof message === 'string') expect(text).toBe(message)
    else expect(text).toMatch(message)
  })
})

describe('CLI options', () => {
  it('--help and --version', async () => {
    expect((await cli(['--help'])).stdout).toMatch(/^Usage: reply-lint \[options\]/)
    expect((await cli(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })

  it('--quiet shows errors only; --max-warnings counts warnings all the same', async () => {
    const quiet = await cli(['--quiet', '--format', 'json', 'draft.txt'])
    const [report] = JSON.parse(quiet.stdout)
    expect(report.diagnostics.map((d: { ruleId: string }) => d.ruleId)).toEqual(['no-guarantees'])
    expect(quiet.code).toBe(1)

    const lenient = ['--rule', 'no-guarantees:warn', 'draft.txt']
    expect((await cli(lenient)).code).toBe(0)
    expect((await cli([...lenient, '--max-warnings', '3'])).code).toBe(0)
    const over = await cli([...lenient, '--quiet', '--max-warnings', '2'])
    expect(over).toEqual({
      code: 1,
      stdout: '',
      stderr: 'reply-lint found too many warnings (maximum: 2).\n',
    })
  })

  it('finds the nearest reply-lint.config.json upward from each file; --config overrides it', async () => {
    const rulesOf = async (args: string[]) =>
      JSON.parse((await cli(['--format', 'json', ...args])).stdout).map(
        (report: { diagnostics: { ruleId: string }[] }) => [
          ...new Set(report.diagnostics.map((d) => d.ruleId)),
        ],
      )
    expect(await rulesOf(['draft.txt', 'team/nested/draft.txt'])).toEqual([
      ['no-guarantees', 'no-off-platform'],
      ['no-off-platform'],
    ])
    expect(await rulesOf(['--config', 'reply-lint.config.json', 'team/nested/draft.txt'])).toEqual([
      ['no-guarantees', 'no-off-platform'],
    ])
  })

  it('flags win over the config file; --context wins over --context-file', async () => {
    const quiet = await cli(['--format', 'json', '--rule', 'no-off-platform:off', 'draft.txt'])
    expect(JSON.parse(quiet.stdout)[0].diagnostics.map((d: { ruleId: string }) => d.ruleId)).toEqual([
      'no-guarantees',
    ])
    // The file's bad "refund" is replaced by the flag's before anything is checked.
    const merged = await cli([
      '--context-file',
      'bad-context.json',
      '--context',
      '{"refund":"approved"}',
      'clean.txt',
    ])
    expect(merged).toEqual({ code: 0, stdout: '', stderr: '' })
  })

  it('severities may be spelt 0, 1, 2 and warning, in --rule and in config files', async () => {
    const severities = async (args: string[]) =>
      JSON.parse((await cli(['--format', 'json', ...args])).stdout)[0].diagnostics.map(
        (d: { ruleId: string; severity: string }) => `${d.ruleId}:${d.severity}`,
      )
    expect(
      await severities(['--rule', 'no-guarantees:1', '--rule', 'no-off-platform:0', 'draft.txt']),
    ).toEqual(['no-guarantees:warn'])
    const expected = lint(TEXT, { rules: onlyRules({ 'no-guarantees': 'warn', 'no-off-platform': 'error' }) })
    expect(
      await severities(['--rule', 'no-guarantees:warning', '--rule', 'no-off-platform:2', 'draft.txt']),
    ).toEqual(expected.diagnostics.map((d) => `${d.ruleId}:${d.severity}`))
    expect(await severities(['--config', 'numeric.json', 'draft.txt'])).toEqual(['no-guarantees:warn'])
  })

  it('--fix --stdout prints a clean draft as it is, and nothing for one it cannot decode (exit 2)', async () => {
    expect(await cli(['--fix', '--stdout', '-'], { stdin: CLEAN })).toEqual({
      code: 0,
      stdout: CLEAN,
      stderr: '',
    })
    const binary = await cli(['--fix', '--stdout', '--format', 'json', 'binary.txt'])
    expect(binary.stdout).toBe('')
    expect(JSON.parse(binary.stderr.split('\nreply-lint: ')[0] as string)[0].notices).toEqual([
      { severity: 'error', message: 'Skipped: a binary file (a NUL byte at offset 4).' },
    ])
    expect(binary.code).toBe(2)
  })

  it('SARIF lists a skipped file as a tool notification, not a result', async () => {
    const { code, stdout } = await cli(['--format', 'sarif', 'binary.txt', 'clean.txt'])
    const [run] = JSON.parse(stdout).runs
    expect(run.invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: 'warning',
            message: { text: 'Skipped: a binary file (a NUL byte at offset 4).' },
            locations: [
              { physicalLocation: { artifactLocation: { uri: 'binary.txt', uriBaseId: '%SRCROOT%' } } },
            ],
          },
        ],
      },
    ])
    expect(run.results).toEqual([])
    expect(code).toBe(0)
  })

  it('--rule takes options as JSON', async () => {
    const link = { stdin: 'Track it at https://track.example.com/123 today.' }
    expect((await cli(['--rule', 'no-off-platform:error', '-'], link)).code).toBe(1)
    const allowed = await cli(
      ['--rule', 'no-off-platform:["error",{"allowedDomains":["example.com"]}]', '-'],
      link,
    )
    expect(allowed).toEqual({ code: 0, stdout: '', stderr: '' })
    expect((await cli(['--rule', 'no-off-platform:["error"', '-'], link)).stderr).toMatch(
      /^reply-lint: --rule no-off-platform: the setting is not valid JSON/,
    )
  })

  it('reads standard input when nothing is named and input is piped; --stdin-filename names it', async () => {
    const { code, stdout } = await cli(['--format', 'json', '--stdin-filename', 'note.html'], {
      stdin: '<p>You&#39;ll definitely get it today.</p>',
    })
    expect(code).toBe(1)
    expect(JSON.parse(stdout)[0]).toMatchObject({ filePath: 'note.html', format: 'html' })
  })

  it('does not fix standard input unless it can print the result', async () => {
    const { stdout } = await cli(['--fix', '--format', 'json', '-'], { stdin: TEXT })
    const [report] = JSON.parse(stdout)
    expect(report.output).toBeUndefined()
    expect(report.errorCount).toBe(1)
  })

  it('colours only on a terminal, or when FORCE_COLOR says so; NO_COLOR turns it off', async () => {
    expect(useColor({}, true)).toBe(true)
    expect(useColor({}, false)).toBe(false)
    expect(useColor({ TERM: 'dumb' }, true)).toBe(false)
    expect(useColor({ NO_COLOR: '1' }, true)).toBe(false)
    expect(useColor({ FORCE_COLOR: '1' }, false)).toBe(true)
    expect(useColor({ FORCE_COLOR: '0' }, true)).toBe(false)
    expect((await cli(['draft.txt'], { tty: true })).stdout).toContain('\u001b[31merror')
    expect((await cli(['draft.txt'], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[')
    expect((await cli(['draft.txt'], { env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[4mdraft.txt')
  })

  it('stylish prints nothing for clean files and lists info separately', () => {
    expect(formatStylish([], { color: false })).toBe('')
    const report = {
      path: join('a', 'b.txt'),
      filePath: undefined,
      format: 'text' as const,
      source: 'x',
      diagnostics: [
        {
          ruleId: 'r',
          messageId: 'm',
          severity: 'info' as const,
          message: 'Note\nthis.',
          range: [0, 1] as const,
          start: { line: 1, column: 1 },
          end: { line: 1, column: 2 },
          excerpt: 'x',
          suggestions: [],
          docsUrl: undefined,
        },
      ],
      errorCount: 0,
      warningCount: 0,
      infoCount: 1,
      notices: [],
    }
    expect(formatStylish([report], { color: false })).toBe(
      `\n${join('a', 'b.txt')}\n  1:1  info  Note this.  r\n\n\u2716 1 problem (0 errors, 0 warnings, 1 info)\n`,
    )
  })
})
