import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, watch } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { applyFixes, lint } from '../../src/index.js'
import type { LintOptions } from '../../src/types.js'
import { CONFIG, TEXT } from './drafts.js'
import { CLI, ensureBuilt, runCli, scratch } from './helpers.js'

// What --fix does to real files, run through the built command: it writes only inside what was
// named, only text it decoded exactly, only atomically, and never over a change it did not see.
beforeAll(() => ensureBuilt(), 300_000)

const config = JSON.parse(CONFIG) as LintOptions
/** What --fix writes for a plain-text draft under CONFIG. */
function fixed(source: string): string {
  let text = source
  for (let pass = 0; pass < 10; pass++) {
    const result = applyFixes(text, lint(text, config).diagnostics)
    if (result.applied.length === 0 || result.text === text) break
    text = result.text
  }
  return text
}
const FIXED = fixed(TEXT)

interface JsonReport {
  filePath: string
  diagnostics: { ruleId: string; start: { line: number; column: number }; excerpt: string }[]
  errorCount: number
  output?: string
  notices: { severity: string; message: string }[]
}
const json = (stdout: string) => JSON.parse(stdout) as JsonReport[]
const byName = (reports: JsonReport[], name: string) => {
  const report = reports.find((entry) => entry.filePath.endsWith(name))
  if (!report)
    throw new Error(`no report for ${name} in ${reports.map((entry) => entry.filePath).join(', ')}`)
  return report
}

/** Root may read anything: the unreadable-file case runs the command as "nobody" when that works. */
function unprivilegedUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined
  const nobody = { uid: 65534, gid: 65534 }
  const probe = spawnSync(process.execPath, [CLI, '--version'], { ...nobody, encoding: 'utf8' })
  return probe.status === 0 ? nobody : undefined
}

describe.concurrent('--fix never writes outside what was named', { timeout: 60_000 }, () => {
  it('skips a symbolic link to a file outside the folder, and a linked folder; --follow-symlinks opts in', async () => {
    const root = scratch({
      'home/.gitconfig': TEXT,
      'home/shared/reply.txt': TEXT,
      'project/reply-lint.config.json': CONFIG,
      'project/templates/own.txt': TEXT,
    })
    const templates = join(root, 'project', 'templates')
    symlinkSync(join('..', '..', 'home', '.gitconfig'), join(templates, 'welcome.txt'))
    symlinkSync(join('..', '..', 'home', 'shared'), join(templates, 'shared'))
    const cwd = join(root, 'project')

    const { code, stdout } = await runCli(['--fix', '--format', 'json', 'templates'], { cwd })
    expect(readFileSync(join(root, 'home', '.gitconfig'), 'utf8')).toBe(TEXT)
    expect(readFileSync(join(root, 'home', 'shared', 'reply.txt'), 'utf8')).toBe(TEXT)
    expect(readFileSync(join(templates, 'own.txt'), 'utf8')).toBe(FIXED)
    const reports = json(stdout)
    expect(reports.map((report) => report.filePath)).toEqual([
      join(templates, 'own.txt'),
      join(templates, 'shared'),
      join(templates, 'welcome.txt'),
    ])
    for (const [name, target] of [
      ['welcome.txt', join(root, 'home', '.gitconfig')],
      ['shared', join(root, 'home', 'shared')],
    ] as const)
      expect(byName(reports, name).notices).toEqual([
        {
          severity: 'warn',
          message: `Skipped: a symbolic link to ${target}, outside the folder being linted (--follow-symlinks follows it).`,
        },
      ])
    expect(code).toBe(FIXED === TEXT || lint(FIXED, config).errorCount === 0 ? 0 : 1)

    // Naming the link itself does not get around it: its folder bounds it too.
    const named = await runCli(['--fix', '--format', 'json', 'templates/welcome.txt'], { cwd })
    expect(byName(json(named.stdout), 'welcome.txt').notices[0]?.message).toMatch(/^Skipped: a symbolic link/)
    expect(readFileSync(join(root, 'home', '.gitconfig'), 'utf8')).toBe(TEXT)

    // Opting in writes the file the link points to; the link stays a link.
    await runCli(['--fix', '--follow-symlinks', 'templates'], { cwd })
    expect(readFileSync(join(root, 'home', '.gitconfig'), 'utf8')).toBe(FIXED)
    expect(readFileSync(join(root, 'home', 'shared', 'reply.txt'), 'utf8')).toBe(FIXED)
    expect(lstatSync(join(templates, 'welcome.txt')).isSymbolicLink()).toBe(true)
  })

  it('lints a file once however many links lead to it, and ends link loops', async () => {
    const cwd = scratch({ 'reply-lint.config.json': CONFIG, 'a/reply.txt': TEXT })
    symlinkSync('..', join(cwd, 'a', 'up'))
    symlinkSync('.', join(cwd, 'a', 'here'))
    symlinkSync('reply.txt', join(cwd, 'a', 'again.txt'))
    symlinkSync('self.txt', join(cwd, 'self.txt'))
    const { code, stdout } = await runCli(['--fix', '--format', 'json', '.'], { cwd })
    const reports = json(stdout)
    // The file is reported under its own name, not the link's.
    expect(reports.map((report) => [report.filePath, report.notices])).toEqual([
      [join(cwd, 'a', 'reply.txt'), []],
      [join(cwd, 'self.txt'), [{ severity: 'warn', message: 'Skipped: a symbolic link loop (ELOOP).' }]],
    ])
    expect(readFileSync(join(cwd, 'a', 'reply.txt'), 'utf8')).toBe(FIXED)
    expect(lstatSync(join(cwd, 'a', 'again.txt')).isSymbolicLink()).toBe(true)
    expect(code).toBe(lint(FIXED, config).errorCount > 0 ? 1 : 0)
  })
})

describe.concurrent('--fix saves only what it decoded exactly', { timeout: 60_000 }, () => {
  it('skips Latin-1 and binary files with a warning and leaves their bytes alone', async () => {
    const latin1 = Buffer.from("Ren\xe9e, you'll definitely get it today.\n", 'latin1')
    const elf = Buffer.concat([
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]),
      Buffer.alloc(64),
      Buffer.from(TEXT),
    ])
    const cwd = scratch({ 'reply-lint.config.json': CONFIG, 'latin1.txt': latin1, 'program.txt': elf })
    const { code, stdout, stderr } = await runCli(['--fix', '--format', 'json', '.'], { cwd })
    expect(readFileSync(join(cwd, 'latin1.txt'))).toEqual(latin1)
    expect(readFileSync(join(cwd, 'program.txt'))).toEqual(elf)
    const reports = json(stdout)
    expect(byName(reports, 'latin1.txt')).toMatchObject({
      diagnostics: [],
      notices: [
        {
          severity: 'warn',
          message: 'Skipped: not valid UTF-8 (first bad byte at offset 3). Save it as UTF-8 to lint it.',
        },
      ],
    })
    expect(byName(reports, 'program.txt')).toMatchObject({
      diagnostics: [],
      notices: [{ severity: 'warn', message: 'Skipped: a binary file (a NUL byte at offset 7).' }],
    })
    // Skipping a file that is not a draft is a warning, not a failure.
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' })
  })

  it('reads UTF-16 with a BOM and writes it back as UTF-16 with the same BOM', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()])
    const cwd = scratch({ 'reply-lint.config.json': CONFIG, 'le.txt': le, 'be.txt': be })
    const before = json((await runCli(['--format', 'json', 'le.txt', 'be.txt'], { cwd })).stdout)
    const expected = lint(TEXT, config).diagnostics.map(({ ruleId, start, excerpt }) => ({
      ruleId,
      start,
      excerpt,
    }))
    expect(expected.length).toBeGreaterThan(0)
    for (const report of before)
      expect(report.diagnostics.map(({ ruleId, start, excerpt }) => ({ ruleId, start, excerpt }))).toEqual(
        expected,
      )

    await runCli(['--fix', 'le.txt', 'be.txt'], { cwd })
    expect(readFileSync(join(cwd, 'le.txt'))).toEqual(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(FIXED, 'utf16le')]),
    )
    expect(readFileSync(join(cwd, 'be.txt'))).toEqual(
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(FIXED, 'utf16le').swap16()]),
    )
  })

  it('leaves a UTF-8 BOM out of the columns and keeps it when saving', async () => {
    const draft = "You'll definitely get it today.\n"
    const cwd = scratch({ 'reply-lint.config.json': CONFIG, 'bom.txt': `\uFEFF${draft}` })
    const [report] = json((await runCli(['--format', 'json', 'bom.txt'], { cwd })).stdout)
    expect(report?.diagnostics[0]).toMatchObject({ ruleId: 'no-guarantees', start: { line: 1, column: 1 } })
    await runCli(['--fix', 'bom.txt'], { cwd })
    expect(readFileSync(join(cwd, 'bom.txt'), 'utf8')).toBe(`\uFEFF${fixed(draft)}`)
  })
})

describe.concurrent('a file that cannot be read, linted or saved is one line; the run goes on', {
  timeout: 60_000,
}, () => {
  const user = unprivilegedUser()
  it.skipIf(process.getuid?.() === 0 && !user)(
    'an unreadable file: the others are still fixed; exit 2',
    async () => {
      const cwd = scratch({ 'reply-lint.config.json': CONFIG, 'a.txt': TEXT, 'b.txt': TEXT, 'c.txt': TEXT })
      chmodSync(cwd, 0o777)
      for (const name of ['a.txt', 'c.txt', 'reply-lint.config.json']) chmodSync(join(cwd, name), 0o666)
      chmodSync(join(cwd, 'b.txt'), 0o000)
      const { code, stdout, stderr } = await runCli(['--fix', '--format', 'json', '.'], { cwd, user })
      const reports = json(stdout)
      expect(reports.map((report) => [report.filePath, report.notices])).toEqual([
        [join(cwd, 'a.txt'), []],
        [join(cwd, 'b.txt'), [{ severity: 'error', message: 'Cannot read: permission denied (EACCES).' }]],
        [join(cwd, 'c.txt'), []],
      ])
      expect(readFileSync(join(cwd, 'a.txt'), 'utf8')).toBe(FIXED)
      expect(readFileSync(join(cwd, 'c.txt'), 'utf8')).toBe(FIXED)
      expect(code).toBe(2)
      expect(stderr).toBe('reply-lint: 1 file could not be read, linted or saved (see the report).\n')
    },
  )

  it('a file whose reading fails (EIO), reached through a followed link: one line, and the run goes on', async () => {
    const cwd = scratch({ 'reply-lint.config.json': CONFIG, 'a.txt': TEXT })
    // Reading a process's memory at offset 0 fails with EIO, even for root.
    symlinkSync('/proc/self/mem', join(cwd, 'memory.txt'))
    const { code, stdout } = await runCli(['--follow-symlinks', '--format', 'json', '.'], { cwd })
    const reports = json(stdout)
    expect(byName(reports, 'memory.txt').notices).toEqual([
      { severity: 'error', message: 'Cannot read: an input/output error (EIO).' },
    ])
    expect(byName(reports, 'a.txt').errorCount).toBe(lint(TEXT, config).errorCount)
    expect(code).toBe(2)
  })

  it('a read-only file under --fix is reported and left alone; the writable one is fixed', async () => {
    const cwd = scratch({ 'reply-lint.config.json': CONFIG, 'locked.txt': TEXT, 'open.txt': TEXT })
    chmodSync(join(cwd, 'locked.txt'), 0o444)
    const { code, stdout, stderr } = await runCli(['--fix', '--format', 'json', '.'], { cwd })
    expect(readFileSync(join(cwd, 'locked.txt'), 'utf8')).toBe(TEXT)
    expect(statSync(join(cwd, 'locked.txt')).mode & 0o777).toBe(0o444)
    expect(readFileSync(join(cwd, 'open.txt'), 'utf8')).toBe(FIXED)
    const locked = byName(json(stdout), 'locked.txt')
    expect(locked.notices).toEqual([{ severity: 'error', message: 'Not fixed: the file is read-only.' }])
    // The report describes the file as it stays: its own problems, no output.
    expect(locked.errorCount).toBe(lint(TEXT, config).errorCount)
    expect(locked.output).toBeUndefined()
    expect(code).toBe(2)
    expect(stderr).toMatch(/^reply-lint: 1 file could not be read, linted or saved/)
  })

  it('a draft the parser cannot take (deep nesting) is one line; the others are linted', async () => {
    const cwd = scratch({
      'reply-lint.config.json': CONFIG,
      'deep.md': `${'>'.repeat(5000)} You'll definitely get it today.\n`,
      'deep.html': `${'<b>'.repeat(5000)}You'll definitely get it today.\n`,
      'ok.txt': TEXT,
    })
    const { code, stdout } = await runCli(['--format', 'json', '.'], { cwd })
    const reports = json(stdout)
    for (const name of ['deep.md', 'deep.html']) {
      const { notices } = byName(reports, name)
      expect(notices).toHaveLength(1)
      expect(notices[0]).toMatchObject({ severity: 'error', message: expect.stringMatching(/^Cannot lint/) })
    }
    expect(byName(reports, 'ok.txt').errorCount).toBe(lint(TEXT, config).errorCount)
    expect(code).toBe(2)
  })
})

describe('--fix saves atomically and never over a change it did not see', { timeout: 120_000 }, () => {
  it('keeps a line appended while --fix runs, and reports the file as changed', async () => {
    // The config of the second folder is code that runs when that folder is reached: after the
    // first folder's draft was read and fixed in memory, before anything is saved.
    const append = "P.S. I'll be away tomorrow.\n"
    const cwd = scratch({
      'reply-lint.config.json': CONFIG,
      'a/reply.txt': TEXT,
      'b/reply.txt': TEXT,
      'b/reply-lint.config.mjs': [
        "import { appendFileSync, readFileSync } from 'node:fs'",
        `appendFileSync(new URL('../a/reply.txt', import.meta.url), ${JSON.stringify(append)})`,
        "export default JSON.parse(readFileSync(new URL('../reply-lint.config.json', import.meta.url), 'utf8'))",
      ].join('\n'),
    })
    const { code, stdout } = await runCli(['--fix', '--format', 'json', '.'], { cwd })
    expect(readFileSync(join(cwd, 'a', 'reply.txt'), 'utf8')).toBe(TEXT + append)
    expect(readFileSync(join(cwd, 'b', 'reply.txt'), 'utf8')).toBe(FIXED)
    const changed = byName(json(stdout), join('a', 'reply.txt'))
    expect(changed.notices).toEqual([
      {
        severity: 'error',
        message: 'Not fixed: the file changed while it was being linted; run --fix again.',
      },
    ])
    expect(changed.output).toBeUndefined()
    expect(code).toBe(2)
  })

  it('a SIGKILL while --fix saves a tree leaves every file either as it was or fully fixed', async () => {
    const files: Record<string, string> = { 'reply-lint.config.json': CONFIG }
    const FOLDERS = 10
    for (let index = 0; index < 300; index++)
      files[`f${index % FOLDERS}/draft-${index}.txt`] =
        `Order ${index}.\n${TEXT}${'Thanks for waiting.\n'.repeat(40)}`
    const cwd = scratch(files)
    const expected = new Map(
      Object.entries(files)
        .filter(([name]) => name.endsWith('.txt'))
        .map(([name, text]) => [name, { old: text, fixed: fixed(text) }]),
    )

    const child = spawn(process.execPath, [CLI, '--fix', '.'], { cwd, stdio: 'ignore' })
    // The first draft saved is the moment: kill the command there, in the middle of saving the tree.
    const watchers = Array.from({ length: FOLDERS }, (_, folder) =>
      watch(join(cwd, `f${folder}`), (_, name) => {
        const draft = expected.get(`f${folder}/${name}`)
        if (draft && readFileSync(join(cwd, `f${folder}`, String(name)), 'utf8') !== draft.old)
          child.kill('SIGKILL')
      }),
    )
    const signal = await new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_, sig) => resolve(sig)),
    )
    for (const watcher of watchers) watcher.close()
    expect(signal).toBe('SIGKILL')

    let fixedCount = 0
    for (const [name, { old, fixed: done }] of expected) {
      const text = readFileSync(join(cwd, name), 'utf8')
      expect([old, done]).toContain(text)
      if (text === done) fixedCount++
    }
    expect(fixedCount).toBeGreaterThan(0)
    expect(fixedCount).toBeLessThan(expected.size)
    // What a kill can leave behind is a hidden temporary file, which no later run lints.
    for (let folder = 0; folder < FOLDERS; folder++)
      for (const name of readdirSync(join(cwd, `f${folder}`)))
        expect(name.startsWith('draft-') || /^\.draft-\d+\.txt\.\d+-[0-9a-f]{8}\.tmp$/.test(name)).toBe(true)
  })

  it('keeps the mode of a file it saves', async () => {
    const cwd = scratch({ 'reply-lint.config.json': CONFIG, 'script.txt': TEXT })
    chmodSync(join(cwd, 'script.txt'), 0o640)
    await runCli(['--fix', 'script.txt'], { cwd })
    expect(readFileSync(join(cwd, 'script.txt'), 'utf8')).toBe(FIXED)
    expect(statSync(join(cwd, 'script.txt')).mode & 0o777).toBe(0o640)
    expect(readdirSync(cwd).sort()).toEqual(['reply-lint.config.json', 'script.txt'])
  })

  it('reports and fixes a 10 MB file', async () => {
    const head = "You'll definitely get it today.\n"
    const draft = `${head}${'a'.repeat(10 * 1024 * 1024)}\n`
    const cwd = scratch({ 'reply-lint.config.json': CONFIG, 'big.txt': draft })
    const report = await runCli(['big.txt'], { cwd })
    expect(report.code).toBe(1)
    expect(report.stdout).toMatch(/^\nbig\.txt\n {2}1:1 {2}error .* no-guarantees\n/)
    expect(report.stdout).toContain('\u2716 1 problem (1 error, 0 warnings)')
    await runCli(['--fix', 'big.txt'], { cwd })
    expect(readFileSync(join(cwd, 'big.txt'), 'utf8')).toBe(`${fixed(head)}${'a'.repeat(10 * 1024 * 1024)}\n`)
  })
})
