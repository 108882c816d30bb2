/**
 * Lints the drafts in fixtures/examples/ with the recommended preset and prints each diagnostic
 * with its place, its message and the suggested rewrite, then the reply with every fix applied.
 *
 *   npm run example              # all examples
 *   npm run example -- my.txt    # your own drafts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { applyFixes, type Diagnostic, lint, type ReplyContext } from '../src/index.js'

const EXAMPLES = join(import.meta.dirname, '..', 'fixtures', 'examples')
const contexts: Record<string, ReplyContext> = existsSync(join(EXAMPLES, 'context.json'))
  ? JSON.parse(readFileSync(join(EXAMPLES, 'context.json'), 'utf8'))
  : {}
const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : readdirSync(EXAMPLES)
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => join(EXAMPLES, name))

const indent = (text: string, prefix = '    ') => text.replace(/^/gm, prefix)

for (const file of files) {
  const text = readFileSync(file, 'utf8')
  const context = contexts[basename(file)]
  const { diagnostics } = lint(text, context ? { context } : undefined)
  console.log(`\n=== ${basename(file)}${context ? ` ${JSON.stringify(context)}` : ''}`)
  console.log(indent(text.trimEnd(), '  | '))
  if (diagnostics.length === 0) {
    console.log('\n  No problems found.')
    continue
  }
  console.log('')
  for (const diagnostic of diagnostics) console.log(describe(text, diagnostic))
  const fixed = applyFixes(text, diagnostics)
  console.log(
    `\n  With the first suggestion of each diagnostic applied (${fixed.applied.length} applied, ${fixed.skipped.length} skipped as overlapping):`,
  )
  console.log(indent(fixed.text.trimEnd(), '  | '))
}

function describe(text: string, diagnostic: Diagnostic): string {
  const place = `${diagnostic.start.line}:${diagnostic.start.column}`
  const lines = [
    `  ${place.padEnd(6)} ${diagnostic.severity.padEnd(5)} ${diagnostic.ruleId}  ${JSON.stringify(diagnostic.excerpt)}`,
  ]
  lines.push(indent(diagnostic.message, '         '))
  diagnostic.suggestions.forEach((suggestion, index) => {
    lines.push(`         -> ${suggestion.message}`)
    lines.push(`            ${JSON.stringify(rewrittenLine(text, diagnostic, index))}`)
  })
  return lines.join('\n')
}

/** The line holding the diagnostic, as it reads once the suggestion is applied. */
function rewrittenLine(text: string, diagnostic: Diagnostic, index: number): string {
  const fixed = applyFixes(text, [diagnostic], index).text
  const lineStart = text.lastIndexOf('\n', diagnostic.range[0] - 1) + 1
  const lineEnd = text.indexOf('\n', diagnostic.range[1])
  const tail = lineEnd === -1 ? 0 : text.length - lineEnd
  return fixed.slice(lineStart, fixed.length - tail)
}
