import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import retextEnglish from 'retext-english'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { beforeAll, describe, expect, it } from 'vitest'
import { previewSuggestion } from '../../src/fix/preview.js'
import { applyFixes, lint } from '../../src/index.js'
import type { Diagnostic, LintOptions } from '../../src/types.js'
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

// The built-in rules keep improving, so what the CLI must print is worked out with the library
// (from src/, which the fresh build was made from) on the same drafts and config.
const config = JSON.parse(CONFIG) as LintOptions
const libraryLint = (source: string, format: Format) => lint(source, { ...config, format })
/** What --fix writes: suggestions applied in passes until nothing changes. */
function libraryFix(source: string, format: Format): string {
  let text = source
  for (let pass = 0; pass < 10; pass++) {
    const fixed = applyFixes(text, libraryLint(text, format).diagnostics)
    if (fixed.applied.length === 0 || fixed.text === text) break
    text = fixed.text
  }
  return text
}
type Format = 'text' | 'markdown' | 'html'
type JsonDiagnostic = Diagnostic & { range: [number, number] }

// Each spawn starts Node and loads the rules (about half a second); the generous timeout is for loaded machines.
describe.concurrent('reply-lint (built CLI)', { timeout: 60_000 }, () => {
  it('reads piped standard input and prints stylish output; exit 1 on errors', async () => {
    const expected = libraryLint(TEXT, 'text')
    expect(expected.errorCount).toBeGreaterThan(0)
    const { code, stdout, stderr } = await runCli([], { cwd, input: TEXT })
    expect(stderr).toBe('')
    expect(code).toBe(1)
    const lines = stdout.split('\n')
    expect(lines[0]).toBe('')
    expect(lines[1]).toBe('<stdin>')
    // Each problem's row, then one line per suggested rewrite.
    let next = 2
    for (const diagnostic of expected.diagnostics) {
      const label = { error: 'error', warn: 'warning', info: 'info' }[diagnostic.severity]
      const row = lines[next++] as string
      expect(row.startsWith(`  ${diagnostic.start.line}:${diagnostic.start.column} `)).toBe(true)
      expect(row).toMatch(new RegExp(` ${label} +\\S`))
      expect(row.endsWith(`  ${diagnostic.ruleId}`)).toBe(true)
      expect(row).toContain(diagnostic.message)
      for (const suggestion of diagnostic.suggestions) {
        const { before, after } = previewSuggestion(TEXT, diagnostic, suggestion)
        expect(lines[next++]).toMatch(/^ +suggestion: /)
        expect(lines[next - 1]).toContain(`${JSON.stringify(before)} -> ${JSON.stringify(after)}`)
      }
    }
    expect(lines[next]).toBe('')
    const total = expected.diagnostics.length
    expect(stdout).toContain(`\u2716 ${total} problem${total === 1 ? '' : 's'} (${expected.errorCount} error`)
    expect(stdout).toMatch(/potentially fixable with the `--fix` option\.\n$/)
    expect(stdout).not.toContain('\u001b[')
  })

  it('exits 0 and prints nothing for a clean draft on "-"', async () => {
    expect(libraryLint(CLEAN, 'text').diagnostics).toEqual([])
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
    expect(markdown).toMatchObject({ filePath: join(cwd, 'mail/reply.md'), format: 'markdown' })
    expect(markdown.diagnostics).toEqual(libraryLint(MARKDOWN, 'markdown').diagnostics)
    for (const d of markdown.diagnostics as JsonDiagnostic[])
      expect(MARKDOWN.slice(d.range[0], d.range[1])).toBe(d.excerpt)
    // Offsets are into the Markdown: the guarantee split by ** is reported with the markup inside it,
    // and nothing in the code block or the link target is.
    const excerpts = markdown.diagnostics.map((d: Diagnostic) => d.excerpt).join(' | ')
    expect(excerpts).toContain('**')
    expect(excerpts).not.toMatch(/code@example|wa\.me/)
  })

  it('--format sarif: SARIF 2.1.0 with rules, results, 1-based regions and fixes', async () => {
    const { code, stdout } = await runCli(['--format', 'sarif', 'draft.txt', 'mail/reply.html'], { cwd })
    expect(code).toBe(1)
    const sarif = JSON.parse(stdout)
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/)
    const [run] = sarif.runs
    expect(run.tool.driver.name).toBe('reply-lint')
    expect(run.columnKind).toBe('utf16CodeUnits')
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual([
      'no-guarantees',
      'no-off-platform',
    ])
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription.text).toMatch(/\w/)
      expect(rule.helpUri).toMatch(/^https:\/\/.+\/rules\/no-[a-z-]+\.md$/)
    }
    expect(
      run.tool.driver.rules.map(
        (rule: { defaultConfiguration: { level: string } }) => rule.defaultConfiguration.level,
      ),
    ).toEqual(['error', 'warning'])
    const expected = [
      ...libraryLint(TEXT, 'text').diagnostics.map((d) => ['draft.txt', TEXT, d] as const),
      ...libraryLint(HTML, 'html').diagnostics.map((d) => ['mail/reply.html', HTML, d] as const),
    ]
    expect(run.results).toHaveLength(expected.length)
    expected.forEach(([uri, source, diagnostic], index) => {
      const result = run.results[index]
      expect(result).toMatchObject({
        ruleId: diagnostic.ruleId,
        ruleIndex: diagnostic.ruleId === 'no-guarantees' ? 0 : 1,
        level: { error: 'error', warn: 'warning', info: 'note' }[diagnostic.severity],
        message: { text: diagnostic.message },
      })
      expect(result.locations[0].physicalLocation).toEqual({
        artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
        region: {
          startLine: diagnostic.start.line,
          startColumn: diagnostic.start.column,
          endLine: diagnostic.end.line,
          endColumn: diagnostic.end.column,
          charOffset: diagnostic.range[0],
          charLength: diagnostic.range[1] - diagnostic.range[0],
          snippet: { text: diagnostic.excerpt },
        },
      })
      expect(result.fixes?.length ?? 0).toBe(diagnostic.suggestions.length)
      diagnostic.suggestions.forEach((suggestion, s) => {
        const change = result.fixes[s].artifactChanges[0]
        expect(result.fixes[s].description.text).toBe(suggestion.message)
        expect(change.artifactLocation.uri).toBe(uri)
        suggestion.edits.forEach((edit, e) => {
          const { deletedRegion, insertedContent } = change.replacements[e]
          expect(insertedContent.text).toBe(edit.text)
          // Regions are 1-based with an exclusive end column: read them back as offsets.
          const offset = (line: number, column: number) =>
            source
              .split('\n')
              .slice(0, line - 1)
              .reduce((sum, text) => sum + text.length + 1, 0) +
            column -
            1
          expect(offset(deletedRegion.startLine, deletedRegion.startColumn)).toBe(edit.range[0])
          expect(offset(deletedRegion.endLine, deletedRegion.endColumn)).toBe(edit.range[1])
        })
      })
    })
    expect(run.results.some((result: { fixes?: unknown[] }) => (result.fixes?.length ?? 0) > 0)).toBe(true)
  })

  it('--fix rewrites files in place, in every format, and reports what is left', async () => {
    const { code, stdout } = await runCli(['--fix', '--format', 'json', 'fix'], { cwd })
    const reports = JSON.parse(stdout)
    expect(reports.map((report: { format: string }) => report.format)).toEqual(['html', 'markdown', 'text'])
    const drafts: [string, string, Format][] = [
      ['reply.html', HTML, 'html'],
      ['reply.md', MARKDOWN, 'markdown'],
      ['reply.txt', TEXT, 'text'],
    ]
    let errors = 0
    drafts.forEach(([name, source, format], index) => {
      const written = readFileSync(join(cwd, 'fix', name), 'utf8')
      expect(written).toBe(libraryFix(source, format))
      expect(written).not.toBe(source)
      const left = libraryLint(written, format)
      expect(reports[index]).toMatchObject({
        errorCount: left.errorCount,
        warningCount: left.warningCount,
        output: written,
      })
      errors += left.errorCount
    })
    // Markup survives: the code block, the link target, the tags.
    const markdown = readFileSync(join(cwd, 'fix', 'reply.md'), 'utf8')
    expect(markdown).toContain("```\nYou'll definitely get it today. Email me at code@example.com.\n```")
    expect(markdown).toContain('(https://wa.me/447700900123)')
    expect(readFileSync(join(cwd, 'fix', 'reply.html'), 'utf8')).toContain(
      '<a href="mailto:sam@example.com">',
    )
    expect(code).toBe(errors > 0 ? 1 : 0)
  })

  it('--fix --stdout prints the rewritten draft; the report goes to standard error', async () => {
    const draft = "Hi Sam,\n\nYou'll definitely get it today.\n\n`email me at a@b.com`\n"
    const { code, stdout, stderr } = await runCli(
      ['--fix', '--stdout', '--stdin-filename', 'reply.md', '-'],
      {
        cwd,
        input: draft,
      },
    )
    const fixed = libraryFix(draft, 'markdown')
    expect(fixed).not.toBe(draft)
    expect(stdout).toBe(fixed)
    const left = libraryLint(fixed, 'markdown')
    expect(stderr === '').toBe(left.diagnostics.length === 0)
    expect(code).toBe(left.errorCount > 0 ? 1 : 0)
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
