import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { beforeAll, describe, expect, it } from 'vitest'
import { applyFixes, lint } from '../../src/index.js'
import { CLEAN, CONFIG, HTML, MARKDOWN, TEXT } from './drafts.js'
import { ensureBuilt, onlyRules, ROOT, runCli, scratch } from './helpers.js'

// The built command, spawned as a user runs it: every output format and every exit code.
let cwd: string
beforeAll(() => {
  ensureBuilt()
  cwd = scratch({
    'reply-lint.config.json': CONFIG,
    'draft.txt': TEXT,
    'clean.txt': CLEAN,
    'mail/reply.md': MARKDOWN,
    'mail/reply.html': HTML,
    'fix/reply.txt': TEXT,
    'fix/reply.md': MARKDOWN,
    'fix/reply.html': HTML,
    'broken/reply-lint.config.json': JSON.stringify({ rules: { 'no-guarantee': 'error' } }),
    'broken/draft.txt': TEXT,
  })
}, 300_000)

const at = (source: string, needle: string): [number, number] => {
  const start = source.indexOf(needle)
  return [start, start + needle.length]
}

// Each spawn starts Node and loads the rules (about half a second); the generous timeout is for loaded machines.
describe.concurrent('reply-lint (built CLI)', { timeout: 60_000 }, () => {
  it('reads piped standard input and prints stylish output; exit 1 on errors', async () => {
    const { code, stdout, stderr } = await runCli([], { cwd, input: TEXT })
    expect(stderr).toBe('')
    expect(code).toBe(1)
    const lines = stdout.split('\n')
    expect(lines[1]).toBe('<stdin>')
    expect(lines[2]).toMatch(/^ {2}2:8 {3}error {4}"definitely get it" .+ {2}no-guarantees$/)
    expect(lines[3]).toMatch(/^ {2}2:33 {2}warning {2}"Email me" .+ {2}no-off-platform$/)
    expect(stdout).toContain('\u2716 3 problems (1 error, 2 warnings)')
    expect(stdout).toContain('1 error and 2 warnings potentially fixable with the `--fix` option.')
    expect(stdout).not.toContain('\u001b[')
  })

  it('exits 0 and prints nothing for a clean draft on "-"', async () => {
    expect(await runCli(['-'], { cwd, input: CLEAN })).toEqual({ code: 0, stdout: '', stderr: '' })
  })

  it('--format json: files and globs, each with its format and ranges into the original text', async () => {
    const { code, stdout } = await runCli(['--format', 'json', 'clean.txt', 'mail/*.md'], { cwd })
    expect(code).toBe(1)
    const [clean, markdown] = JSON.parse(stdout)
    expect(clean).toMatchObject({
      filePath: join(cwd, 'clean.txt'),
      format: 'text',
      diagnostics: [],
      errorCount: 0,
    })
    expect(markdown).toMatchObject({
      filePath: join(cwd, 'mail/reply.md'),
      format: 'markdown',
      errorCount: 2,
    })
    const friday = MARKDOWN.indexOf('definitely get it on Friday')
    expect(
      markdown.diagnostics.map((d: { range: number[]; excerpt: string }) => [d.range, d.excerpt]),
    ).toEqual([
      [at(MARKDOWN, 'definitely** get it'), 'definitely** get it'],
      [[friday, friday + 17], 'definitely get it'],
    ])
    for (const d of markdown.diagnostics) expect(MARKDOWN.slice(d.range[0], d.range[1])).toBe(d.excerpt)
  })

  it('--format sarif: SARIF 2.1.0 with rules, results, 1-based regions and fixes', async () => {
    const { code, stdout } = await runCli(['--format', 'sarif', 'draft.txt', 'mail/reply.html'], { cwd })
    expect(code).toBe(1)
    const sarif = JSON.parse(stdout)
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/)
    const [run] = sarif.runs
    expect(run.tool.driver.name).toBe('reply-lint')
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual([
      'no-guarantees',
      'no-off-platform',
    ])
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text).toMatch(/\w/)
      expect(rule.helpUri).toMatch(/^https:\/\/.+\/rules\/no-[a-z-]+\.md$/)
    }
    expect(run.tool.driver.rules[1].defaultConfiguration.level).toBe('warning')
    expect(run.results).toHaveLength(6)
    const [first] = run.results
    expect(first).toMatchObject({ ruleId: 'no-guarantees', ruleIndex: 0, level: 'error' })
    expect(first.message.text).toMatch(/definitely get it/)
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'draft.txt', uriBaseId: '%SRCROOT%' },
      region: {
        startLine: 2,
        startColumn: 8,
        endLine: 2,
        endColumn: 25,
        charOffset: 15,
        charLength: 17,
        snippet: { text: 'definitely get it' },
      },
    })
    expect(first.fixes[0].artifactChanges[0].replacements[0]).toEqual({
      deletedRegion: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 25 },
      insertedContent: { text: "It's expected to arrive" },
    })
    const html = run.results.filter(
      (result: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        result.locations[0]?.physicalLocation.artifactLocation.uri === 'mail/reply.html',
    )
    expect(html.map((result: { level: string }) => result.level)).toEqual(['error', 'warning', 'warning'])
    expect(html[0].locations[0].physicalLocation.region).toMatchObject({
      startLine: 3,
      startColumn: 46,
      endColumn: 63,
    })
  })

  it('--fix rewrites files in place, in every format, and reports what is left', async () => {
    const { code, stdout } = await runCli(['--fix', '--format', 'json', 'fix'], { cwd })
    const reports = JSON.parse(stdout)
    expect(reports.map((report: { format: string }) => report.format)).toEqual(['html', 'markdown', 'text'])
    const read = (name: string) => readFileSync(join(cwd, 'fix', name), 'utf8')
    // Exactly what the library's applyFixes gives, with the files' formats.
    const config = JSON.parse(CONFIG)
    const fixed = (source: string, format: 'text' | 'markdown' | 'html') =>
      applyFixes(source, lint(source, { ...config, format }).diagnostics).text
    expect(read('reply.txt')).toBe(fixed(TEXT, 'text'))
    expect(read('reply.md')).toBe(fixed(MARKDOWN, 'markdown'))
    expect(read('reply.html')).toBe(fixed(HTML, 'html'))
    expect(read('reply.txt')).toMatch(
      /^Hi Sam,\n[Ii]t's expected to arrive today, .+ Please reply here .+\n$/,
    )
    expect(read('reply.md')).toContain('definitely** get it today.')
    expect(read('reply.md')).toContain('[the tracking page](https://wa.me/447700900123)')
    expect(read('reply.html')).toMatch(
      /<div>Thanks for waiting &mdash; [Ii]t's expected to arrive on Friday, .+<\/div>/,
    )
    // Left: the guarantee split by ** (no safe rewrite), the e-mail inside a link (warnings).
    expect(
      reports.map((report: { errorCount: number; warningCount: number }) => [
        report.errorCount,
        report.warningCount,
      ]),
    ).toEqual([
      [0, 2],
      [1, 0],
      [0, 0],
    ])
    expect(code).toBe(1)
  })

  it('--fix --stdout prints the rewritten draft; the report goes to standard error', async () => {
    const { code, stdout, stderr } = await runCli(
      ['--fix', '--stdout', '--stdin-filename', 'reply.md', '-'],
      {
        cwd,
        input: "Hi Sam,\n\nYou'll definitely get it today.\n\n`email me at a@b.com`\n",
      },
    )
    expect(stdout).toMatch(/^Hi Sam,\n\nIt's expected to arrive today, .+\.\n\n`email me at a@b\.com`\n$/)
    expect(stderr).toBe('')
    expect(code).toBe(0)
  })

  it('exit 2 with a one-line message: missing file, broken config file', async () => {
    const missing = await runCli(['nope.txt'], { cwd })
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'reply-lint: No such file: nope.txt\n' })
    const broken = await runCli(['broken/draft.txt'], { cwd })
    expect(broken.code).toBe(2)
    expect(broken.stderr).toBe(
      `reply-lint: ${join(cwd, 'broken', 'reply-lint.config.json')}: Unknown rule "no-guarantee" in rules. Did you mean "no-guarantees"?\n`,
    )
  })
})

describe('built entry points', () => {
  it('every export in package.json exists, and the retext plugin loads from ESM and CommonJS', async () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
    expect(pkg.bin['reply-lint']).toBe('./dist/cli.js')
    for (const [entry, target] of Object.entries(pkg.exports)) {
      const files =
        typeof target === 'string'
          ? [target]
          : Object.values(target as object).flatMap((t) => Object.values(t))
      for (const file of files) expect(existsSync(join(ROOT, file as string)), `${entry}: ${file}`).toBe(true)
    }
    const esm = await import(pathToFileURL(join(ROOT, 'dist/retext.js')).href)
    const cjs = createRequire(import.meta.url)(join(ROOT, 'dist/retext.cjs'))
    for (const plugin of [esm.default, cjs.default]) {
      const processor = unified()
        .use(retextEnglish)
        .use(plugin, { rules: onlyRules({ 'no-guarantees': 'error' }) })
      const file = new VFile("You'll definitely get it today.")
      await processor.run(processor.parse(file), file)
      expect(file.messages.map((message) => message.ruleId)).toEqual(['no-guarantees'])
    }
  })
})
