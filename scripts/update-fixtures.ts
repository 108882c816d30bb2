/**
 * Writes the expected results of `fixtures/<rule-id>/invalid/*.txt` from the rule's current output:
 * `<name>.json` (errors, keeping any context/options already there) and `<name>.fixed.txt`.
 * Review the diff before committing: a fixture is only as good as the reading it got.
 *
 *   npx tsx scripts/update-fixtures.ts no-guarantees [more-rule-ids...]
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { applyFixes, rules } from '../src/index.js'
import { RuleTester } from '../src/testing/rule-tester.js'

const ids = process.argv.slice(2)
if (ids.length === 0) {
  console.error('usage: tsx scripts/update-fixtures.ts <rule-id>...')
  process.exit(2)
}
const tester = new RuleTester()
for (const id of ids) {
  const rule = rules.find((candidate) => candidate.id === id)
  if (!rule) {
    console.error(`unknown rule ${id}`)
    process.exit(2)
  }
  const folder = join(import.meta.dirname, '..', 'fixtures', id, 'invalid')
  for (const name of readdirSync(folder).filter(
    (file) => file.endsWith('.txt') && !file.endsWith('.fixed.txt'),
  )) {
    const base = name.slice(0, -4)
    const metaPath = join(folder, `${base}.json`)
    const meta = existsSync(metaPath) ? JSON.parse(readFileSync(metaPath, 'utf8')) : {}
    const text = readFileSync(join(folder, name), 'utf8')
    const diagnostics = tester.lint(rule, { text, context: meta.context, options: meta.options })
    meta.errors = diagnostics.map((diagnostic) => ({
      messageId: diagnostic.messageId,
      excerpt: diagnostic.excerpt,
      line: diagnostic.start.line,
      column: diagnostic.start.column,
      ...(diagnostic.suggestions.length > 0
        ? { suggestions: diagnostic.suggestions.map((suggestion) => ({ messageId: suggestion.messageId })) }
        : {}),
    }))
    writeFileSync(metaPath, `${JSON.stringify(meta, null, 2)}\n`)
    const fixed = applyFixes(text, diagnostics).text
    const fixedPath = join(folder, `${base}.fixed.txt`)
    if (fixed !== text) writeFileSync(fixedPath, fixed)
    else if (existsSync(fixedPath)) rmSync(fixedPath)
    console.log(`${id}/invalid/${name}`)
    for (const diagnostic of diagnostics)
      console.log(
        `  ${diagnostic.start.line}:${diagnostic.start.column} ${diagnostic.messageId} ${JSON.stringify(diagnostic.excerpt)}`,
      )
    if (fixed !== text) console.log(`  fixed: ${JSON.stringify(fixed)}`)
  }
}
