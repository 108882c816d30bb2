import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { formatStylish } from '../../src/adapters/formatters/stylish.js'
import type { FileReport } from '../../src/adapters/formatters/types.js'
import { applyFixes, lint } from '../../src/index.js'
import type { Diagnostic, LintOptions } from '../../src/types.js'
import { CONFIG, MARKDOWN, TEXT } from './drafts.js'
import { CLI, ensureBuilt, runCli, type Spawned, scratch } from './helpers.js'
import { readmeCommands } from './readme-examples.js'

// What the built command prints, and where: the README's commands, diffs, report files, colours,
// terminal safety, a reader that goes away.
beforeAll(() => ensureBuilt(), 300_000)

const config = JSON.parse(CONFIG) as LintOptions
// biome-ignore lint/suspicious/noControlCharactersInRegex: colour codes start with ESC.
const SGR = /\u001b\[\d+m/g
/** What a terminal would act on, short of a line break. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point.
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/
const fixOnce = (text: string, format: 'text' | 'markdown') =>
  applyFixes(text, lint(text, { ...config, format }).diagnostics).text

function bash(script: string, cwd: string): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

const tree = (withConfig: boolean) =>
  scratch({
    ...(withConfig ? { 'reply-lint.config.json': CONFIG } : {}),
    'draft.txt': TEXT,
    'reply.md': MARKDOWN,
    'replies/welcome.md': MARKDOWN,
    'replies/order/late.md': MARKDOWN,
    'outbox/note.txt': TEXT,
    'drafts/old/stale.txt': TEXT,
  })

describe.concurrent('the README command lines, each run as written', { timeout: 60_000 }, () => {
  const commands = readmeCommands('## Command line')
  it('has the commands this test knows', () => {
    expect(commands).toHaveLength(10)
  })
  it.each(commands)('%s', async (command) => {
    const cwd = tree(!command.includes('--init'))
    const { code, stdout, stderr } = await bash(
      command.replace(/npx reply-lint/g, `"${process.execPath}" "${CLI}"`),
      cwd,
    )
    const welcome = () => readFileSync(join(cwd, 'replies', 'welcome.md'), 'utf8')
    // Each command does what its comment says; none fails on its own account.
    if (command.includes('--init')) {
      expect({ code, stdout, stderr }).toEqual({
        code: 0,
        stdout: 'Wrote reply-lint.config.json.\n',
        stderr: '',
      })
      expect(JSON.parse(readFileSync(join(cwd, 'reply-lint.config.json'), 'utf8')).preset).toBe(
        'kingston-express',
      )
      return
    }
    if (command.includes('--print-config')) {
      expect(JSON.parse(stdout)).toMatchObject({
        configFile: join(cwd, 'reply-lint.config.json'),
        format: 'markdown',
      })
      expect(code).toBe(0)
      return
    }
    expect(code === 0 || code === 1).toBe(true)
    expect(stderr).not.toMatch(/unexpected|reply-lint: /)
    if (command.includes('--fix-dry-run')) {
      expect(welcome()).toBe(MARKDOWN)
      expect(stdout).toContain(`--- a/replies/welcome.md\n+++ b/replies/welcome.md\n`)
    } else if (command.includes('--fix --stdout'))
      expect(stdout.startsWith(fixOnce(MARKDOWN, 'markdown').slice(0, 20))).toBe(true)
    else if (command.includes('--fix ')) expect(welcome()).not.toBe(MARKDOWN)
    else expect(welcome()).toBe(MARKDOWN)
    if (command.includes('-o report.json')) {
      expect(stdout).toBe('')
      const files = JSON.parse(readFileSync(join(cwd, 'report.json'), 'utf8')).map(
        (r: { filePath: string }) => r.filePath,
      )
      expect(files).toContain(join(cwd, 'draft.txt'))
      expect(files).not.toContain(join(cwd, 'drafts', 'old', 'stale.txt'))
    }
    if (command.includes('--format json')) expect(JSON.parse(stdout)).toHaveLength(2)
  })
})

describe.concurrent('output (built CLI)', { timeout: 60_000 }, () => {
  it('--fix-dry-run prints a unified diff of each file and saves nothing', async () => {
    const cwd = tree(true)
    const { code, stdout } = await runCli(['--fix-dry-run', 'draft.txt'], { cwd })
    expect(readFileSync(join(cwd, 'draft.txt'), 'utf8')).toBe(TEXT)
    const after = fixOnce(TEXT, 'text')
    expect(stdout.startsWith('--- a/draft.txt\n+++ b/draft.txt\n@@ -1,2 +1,2 @@\n Hi Sam,\n')).toBe(true)
    expect(stdout).toContain(`\n-${TEXT.split('\n')[1]}\n+${after.split('\n')[1]}\n`)
    expect(code).toBe(lint(after, config).errorCount > 0 ? 1 : 0)
    const [report] = JSON.parse((await runCli(['--fix-dry-run', '-f', 'json', 'draft.txt'], { cwd })).stdout)
    expect(report.output).toBe(after)
  })

  it('-o writes the report to a file, without colour unless --color; the last of --color and --no-color wins', async () => {
    const cwd = tree(true)
    const plain = await runCli(['-o', 'out/report.txt', 'draft.txt'], { cwd, env: { FORCE_COLOR: '1' } })
    expect(plain.stdout).toBe('')
    const report = readFileSync(join(cwd, 'out', 'report.txt'), 'utf8')
    expect(report).toMatch(/^\ndraft\.txt\n {2}2:1 +error/)
    expect(report).not.toContain('\u001b')
    await runCli(['--color', '-o', 'coloured.txt', 'draft.txt'], { cwd })
    expect(readFileSync(join(cwd, 'coloured.txt'), 'utf8')).toContain('\u001b[4mdraft.txt\u001b[24m')
    expect((await runCli(['--color', 'draft.txt'], { cwd })).stdout).toContain('\u001b[31merror')
    expect(
      (await runCli(['--color', '--no-color', 'draft.txt'], { cwd, env: { FORCE_COLOR: '1' } })).stdout,
    ).not.toContain('\u001b')
    expect(existsSync(join(cwd, 'out', 'report.txt'))).toBe(true)
  })

  it('prints no control character from a draft or a file name', async () => {
    const hostile = 'bad\u001b[2J\u001b]0;owned\u0007\u009b31m\u202ename.txt'
    const cwd = scratch({
      'reply-lint.config.json': CONFIG,
      [hostile]: "You'll definitely get it today \u001b[2J\u001b]0;title\u0007 \u009b1m now.\n",
    })
    for (const args of [['.'], ['--color', '.'], ['--fix-dry-run', '.']]) {
      const { stdout } = await runCli(args, { cwd })
      // The report escapes a file name as \x1B; the diff quotes it as git does ("a/bad\033[2J…").
      expect(stdout).toContain(
        args[0] === '--fix-dry-run'
          ? '"a/bad\\033[2J\\033]0;owned\\a'
          : 'bad\\x1B[2J\\x1B]0;owned\\x07\\x9B31m\\u202Ename.txt',
      )
      // What is left of ESC is colour from reply-lint itself: SGR sequences, nothing else.
      expect(stdout.replace(SGR, '')).not.toMatch(UNSAFE)
    }
  })

  it('stops quietly when the reader goes away (| head -c 10) and exits with its own code', async () => {
    const files: Record<string, string> = { 'reply-lint.config.json': CONFIG }
    for (let index = 0; index < 40; index++) files[`d${index}.txt`] = TEXT.repeat(20)
    const cwd = scratch(files)
    const result = await bash(
      `"${process.execPath}" "${CLI}" -f json . | head -c 10; echo "|\${PIPESTATUS[0]}"`,
      cwd,
    )
    expect(result).toEqual({ code: 0, stdout: '[\n  {\n    |1\n', stderr: '' })
  })
})

describe('stylish at scale', () => {
  it('prints a report of 300,000 problems in one pass (no spread of a big array)', {
    timeout: 60_000,
  }, () => {
    const diagnostic = (index: number): Diagnostic => ({
      ruleId: 'no-shouting',
      messageId: 'm',
      severity: index % 2 === 0 ? 'error' : 'warn',
      message: 'Too loud.',
      range: [index * 3, index * 3 + 2],
      start: { line: index + 1, column: 1 },
      end: { line: index + 1, column: 3 },
      excerpt: '!!',
      suggestions: [],
      docsUrl: undefined,
    })
    const count = 300_000
    const report: FileReport = {
      path: 'big.txt',
      filePath: undefined,
      format: 'text',
      source: '!!\n'.repeat(count),
      diagnostics: Array.from({ length: count }, (_, index) => diagnostic(index)),
      errorCount: count / 2,
      warningCount: count / 2,
      infoCount: 0,
      notices: [],
    }
    const output = formatStylish([report], { color: false })
    const lines = output.split('\n')
    expect(lines).toHaveLength(count + 5)
    expect(lines[2]).toBe('  1:1       error    Too loud.  no-shouting')
    expect(lines[count + 1]).toBe('  300000:1  warning  Too loud.  no-shouting')
    expect(lines[count + 3]).toBe('\u2716 300000 problems (150000 errors, 150000 warnings)')
  })
})
