/**
 * No regular expression in src/ or rules/ can backtrack catastrophically, exponentially or
 * polynomially (recheck: https://makenowjust-labs.github.io/recheck/), and hostile drafts lint fast.
 *
 * Every regex literal is found by parsing the sources with TypeScript. A `RegExp(...)` built at run
 * time is caught by wrapping the global `RegExp` while the library loads and lints every fixture;
 * each such call site must have been seen, so none goes unchecked.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { check } from 'recheck'
import ts from 'typescript'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type * as ReplyLint from '../src/index.js'

const ROOT = join(import.meta.dirname, '..')
const SOURCE_DIRS = ['src', 'rules']

interface FoundRegex {
  /** `file:line` of the literal or the `RegExp(...)` call. */
  where: string
  source: string
  flags: string
}

const sourceFiles = SOURCE_DIRS.flatMap((dir) =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(?:ts|tsx|mts|js|mjs)$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => join(dir, file))
    .sort(),
)

/** Regex literals, and the places that call `RegExp(...)` / `new RegExp(...)`. */
function scanSources(): { literals: FoundRegex[]; constructorCalls: string[] } {
  const literals: FoundRegex[] = []
  const constructorCalls: string[] = []
  for (const file of sourceFiles) {
    const source = ts.createSourceFile(
      file,
      readFileSync(join(ROOT, file), 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    )
    const where = (node: ts.Node) =>
      `${file}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const text = node.text
        const slash = text.lastIndexOf('/')
        literals.push({ where: where(node), source: text.slice(1, slash), flags: text.slice(slash + 1) })
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      )
        constructorCalls.push(where(node))
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return { literals, constructorCalls }
}

/** Wraps the global RegExp so that regexes the library builds at run time are recorded with their call site. */
function recordConstructedRegexes(): { found: FoundRegex[]; restore: () => void } {
  const original = globalThis.RegExp
  const found: FoundRegex[] = []
  const proxy = new Proxy(original, {
    construct(target, args, newTarget) {
      const regex = Reflect.construct(target, args, newTarget === proxy ? target : newTarget) as RegExp
      const site = callSite(new Error().stack ?? '')
      if (site) found.push({ where: site, source: regex.source, flags: regex.flags })
      return regex
    },
    apply(target, thisArg, args) {
      const regex = Reflect.apply(target, thisArg, args) as RegExp
      const site = callSite(new Error().stack ?? '')
      if (site) found.push({ where: site, source: regex.source, flags: regex.flags })
      return regex
    },
  })
  globalThis.RegExp = proxy
  return { found, restore: () => (globalThis.RegExp = original) }
}

/** `rules/x.ts:45` when the code that built the regex lives in src/ or rules/ (not in a dependency). */
function callSite(stack: string): string | undefined {
  for (const line of stack.split('\n').slice(1)) {
    const match = /\(?((?:file:\/\/)?\/[^\s()]+):(\d+):\d+\)?$/.exec(line.trim())
    if (!match) continue
    const file = relative(ROOT, (match[1] as string).replace(/^file:\/\//, '').replace(/\?.*$/, ''))
    if (file === 'test/redos.test.ts') continue
    return SOURCE_DIRS.some((dir) => file.startsWith(`${dir}/`)) ? `${file}:${match[2]}` : undefined
  }
  return undefined
}

const fixtureTexts = () =>
  readdirSync(join(ROOT, 'fixtures'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => readFileSync(join(ROOT, 'fixtures', file), 'utf8'))

let library: typeof ReplyLint
let constructed: FoundRegex[] = []
let restoreRegExp = () => {}

beforeAll(async () => {
  const recorder = recordConstructedRegexes()
  restoreRegExp = recorder.restore
  try {
    library = await import('../src/index.js')
    const linter = library.createLinter({ preset: 'strict' })
    for (const text of fixtureTexts()) library.applyFixes(text, linter.lint(text).diagnostics)
  } finally {
    restoreRegExp()
  }
  constructed = recorder.found
}, 60_000)
afterAll(() => restoreRegExp())

/**
 * The automaton checker decides exactly and the same way every run; past 30 repeats in all
 * (`{0,200}`) recheck would fuzz instead, and its fuzzing times the matches it tries, so on a busy
 * machine a linear bounded scan could pass for a polynomial one.
 */
const RECHECK_PARAMS = { maxRepeatCount: 2_000 }

describe('regular expressions in src/ and rules/', () => {
  const { literals, constructorCalls } = scanSources()

  it('finds the regexes it checks', () => {
    expect(literals.length).toBeGreaterThan(20)
  })

  it('has seen every RegExp(...) call site run, so dynamic regexes are checked too', () => {
    const seen = new Set(constructed.map((regex) => regex.where))
    const unseen = constructorCalls.filter((where) => !seen.has(where))
    expect(unseen, 'RegExp(...) calls never reached while linting the fixtures').toEqual([])
  })

  it('none can backtrack catastrophically (recheck)', async () => {
    const unique = new Map<string, FoundRegex>()
    for (const regex of [...literals, ...constructed]) {
      // g, y and d change where matching starts or what it returns, not how it backtracks.
      const flags = regex.flags.replace(/[gyd]/g, '')
      unique.set(`/${regex.source}/${flags}`, { ...regex, flags })
    }
    const problems: string[] = []
    const queue = [...unique.values()]
    const worker = async () => {
      for (let regex = queue.shift(); regex; regex = queue.shift()) {
        const result = await check(regex.source, regex.flags, RECHECK_PARAMS)
        if (result.status === 'safe') continue
        const detail =
          result.status === 'vulnerable'
            ? `${result.complexity.type}, e.g. ${result.attack.pattern}`
            : `could not be decided: ${result.error.kind}`
        problems.push(`${regex.where} /${regex.source}/${regex.flags}: ${detail}`)
      }
    }
    await Promise.all([worker(), worker()])
    expect(problems.sort()).toEqual([])
  }, 120_000)
})

describe('hostile drafts lint quickly', () => {
  // A safety net, not a benchmark: each of these takes milliseconds; a backtracking regex takes minutes.
  const LIMIT_MS = 2_000
  const hostile: Record<string, string> = {
    'a 100k-character word': 'a'.repeat(100_000),
    "50k '@'": '@'.repeat(50_000),
    '50k "a@"': 'a@'.repeat(50_000),
    'a long run of digits': '1'.repeat(100_000),
    'digits in phone-like groups': '12 '.repeat(30_000),
    'digits and dots': '1.'.repeat(50_000),
    braces: '{'.repeat(50_000),
    'double braces never closed': '{{a'.repeat(30_000),
    dots: '.'.repeat(100_000),
    'dots then a letter': `${'.'.repeat(60_000)}a.`,
    "'<'": '<'.repeat(100_000),
    "'<a'": '<a'.repeat(50_000),
    "'['": '['.repeat(100_000),
    "'[a'": '[a'.repeat(50_000),
    "'$'": '$'.repeat(100_000),
    "'${'": '${'.repeat(50_000),
    "'%'": '%'.repeat(100_000),
    "'%a'": '%a'.repeat(50_000),
    spaces: ' '.repeat(100_000),
    'spaces between words': `a${' '.repeat(60_000)}b`,
    'tabs then NUL': `a${'\t'.repeat(60_000)}\u0000a`,
    newlines: '\n'.repeat(100_000),
    'CRLFs between words': `a${'\r\n'.repeat(30_000)}b`,
    apostrophes: "'".repeat(100_000),
    'apostrophes in a word': "a'".repeat(50_000),
    'exclamation marks then a letter': `${'!'.repeat(60_000)}a!`,
    'question marks then a digit': `is it?${'?'.repeat(60_000)}0?`,
    'commas and spaces': `a${', '.repeat(30_000)}a`,
    'closing parentheses': `a${')'.repeat(60_000)}\u0000`,
    'x runs': 'x/'.repeat(50_000),
    'capital letters': 'A'.repeat(100_000),
    'capital letters then NUL': `${'A'.repeat(60_000)}\u0000A`,
    emoji: '😀'.repeat(50_000),
    'emoji ZWJ sequences': '👩‍👩‍👧‍👦'.repeat(10_000),
    hyphens: '-'.repeat(100_000),
    'a word with hyphens': 'a-'.repeat(50_000),
    slashes: 'a/'.repeat(50_000),
    quotes: '"'.repeat(100_000),
    'smart quotes': '“a'.repeat(50_000),
    'email-like': `${'a.'.repeat(30_000)}@example.com`,
    'url-like': `https://${'a.'.repeat(30_000)}com`,
    'greeting then spaces': `Hi${' '.repeat(60_000)}`,
    'a very long sentence': 'you will definitely get it today and '.repeat(3_000),
  }

  it.each(Object.entries(hostile))('%s', (_name, text) => {
    const linter = library.createLinter({ preset: 'strict' })
    const start = performance.now()
    const result = linter.lint(text)
    const elapsed = performance.now() - start
    for (const diagnostic of result.diagnostics) expect(diagnostic.ruleId).not.toBe('internal-error')
    expect(elapsed).toBeLessThan(LIMIT_MS)
  })
})
