/**
 * The published package, as users get it: `npm pack` once, install the tarball into a scratch
 * project (test/package/consumer/ is copied there), and check it from the outside. Needs
 * `npm run build` first.
 */
import { execFile } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TestClient } from '../lsp/client.js'

const ROOT = join(import.meta.dirname, '..', '..')
const BIN = join(ROOT, 'node_modules', '.bin')

/**
 * Bytes of the tarball and of its unpacked files. Raise a budget only for a reason: it is what
 * every user downloads. (Built with source maps and a copy of the engine per CommonJS entry, the
 * package was 5.6 MB packed.) 470: the command line's config loading, file walking, safe saving
 * and report formatting (dist/cli.js from 23 to 54 KB) and its README section. 520 / 2000: the
 * rules' classes of meaning (actors, failures, remedies, abuse, channels), which every build ships
 * in its ESM and CommonJS copies. 540: Markdown and HTML input limits, long texts in parts, text
 * fingerprints for applyFixes, inline directives and allowed phrases (526 KB when they came in).
 * 560 / 2100: the language server (539 KB packed, 2,046 KB unpacked when it came in). 2150
 * unpacked: newer phrase data (2,105 KB). 575 packed: more phrase data (562 KB). 2175 unpacked:
 * the shared prose fixer every rule's rewrite goes through, and the docs on rewrites (2,152 KB).
 * 610 / 2300: cue lexicons (pitch, tone, review pressure, channels) and their classes, in both
 * copies (602 KB packed, 2,250 KB unpacked when they came in). 620: every rewrite linted again
 * with the whole reply in view, and the guards that keep a rewrite whole. 660 / 2450: rewrites
 * checked when first read, and the meaning classes learnt from batch-06 and batch-07 (618 packed,
 * 2,300 unpacked before those classes; the rule lexicons are ~220 KB in each of the two copies).
 * 850 / 3000: the learned signals of six rules, 205 KB in each copy (830 packed, 2,930 unpacked
 * when they came in). 870 packed: delay-notice's signal (854 KB). 900 / 3050: the signals trained
 * on more batches and on the rules' own fixtures, 266 KB in each copy (897 packed, 3,026 unpacked).
 * 910 / 3100: rewrite and detection classes (lists, social proof, openings the seller starts),
 * in both copies (903 packed, 3,047 unpacked when they came in). 930: the signals trained on two
 * more batches (20 in all), 252 KB in each copy (918 packed, 3,060 unpacked when they came in).
 * 960 / 3200: classes of meaning read from batches 23-25 (hostile figures and limits, blame on
 * the customer and on named systems, remedy shapes, certainty in other Englishes), in every copy
 * (939 packed, 3,139 unpacked when they came in). 975 / 3250: classes read from batches 27-32
 * (settlements, hand-overs judged by what must not be in them and the case talk that breaks one,
 * slot names, a cancel option instead of waiting, review coupons), in every copy (962 KB packed,
 * 3,202 KB unpacked when they came in). 990 / 3300: the classes read from batches 33-45 and
 * signals retrained on 41 batches (223 KB in each copy; 976 KB packed, 3,260 KB unpacked). The
 * retrained signals were not kept; the budget leaves that room. 1000 / 3350: the classes read from
 * batches 42-50 and the contact-language register (988 KB packed, 3,306 KB unpacked when they came in).
 * 1030 / 3420: hand-overs by the platform's people, false-alarm classes read over every batch, the
 * `#number` slot (1,008 KB packed, 3,370 KB unpacked when they came in). 1055 / 3480: the signals
 * trained on 54 batches (251 KB raw in each copy; 1,042 KB packed, 3,459 KB unpacked when they came in).
 * 1070 / 3530: shipping updates in other words and British and Irish swearing, in every copy
 * (1,050 KB packed, 3,481 KB unpacked when they came in).
 */
const PACKED_BUDGET_KB = 1070
const UNPACKED_BUDGET_KB = 3530

/** Tools the checks run in the scratch project, taken from this repository's node_modules. */
const TOOLS = ['typescript', 'vitest', '@codemirror/lint', '@codemirror/state', '@codemirror/view']

interface Result {
  code: number
  stdout: string
  stderr: string
}

/** Runs a command to its end; never throws on a non-zero exit. Variables of the outer vitest are left out. */
function run(command: string, args: readonly string[], cwd: string): Promise<Result> {
  const env = {
    ...Object.fromEntries(
      Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_OPTIONS'),
    ),
    NO_COLOR: '1',
  }
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })
}

const output = (result: Result) => `${result.stdout}\n${result.stderr}`

let scratch = ''
let consumer = ''
let tarball = ''
let packed: { size: number; unpackedSize: number; files: { path: string }[] }

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'dist', 'index.d.cts')))
    throw new Error('The package tests check the built package: run `npm run build` first.')
  scratch = mkdtempSync(join(tmpdir(), 'reply-lint-package-'))
  const pack = await run('npm', ['pack', '--json', '--pack-destination', scratch], ROOT)
  expect(pack.code, output(pack)).toBe(0)
  packed = JSON.parse(pack.stdout)[0]
  tarball = join(scratch, (packed as unknown as { filename: string }).filename)

  consumer = join(scratch, 'consumer')
  cpSync(join(import.meta.dirname, 'consumer'), consumer, { recursive: true })
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }))
  // The tarball and its dependencies as npm installs them (from npm's cache when it has them).
  const install = await run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      '--no-package-lock',
      tarball,
    ],
    consumer,
  )
  expect(install.code, output(install)).toBe(0)
  for (const tool of TOOLS) {
    const link = join(consumer, 'node_modules', tool)
    if (existsSync(link)) continue
    mkdirSync(dirname(link), { recursive: true })
    symlinkSync(join(ROOT, 'node_modules', tool), link, 'dir')
  }
}, 180_000)

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true })
})

describe('the tarball', () => {
  it('holds the built code, its declarations, the rule docs, the config schema and the README, and no source maps', () => {
    const paths = packed.files.map((file) => file.path)
    expect(
      paths.filter(
        (path) =>
          !/^(dist\/[\w.-]+\.(js|cjs|d\.ts|d\.cts)|rules\/[a-z-]+\.md|README\.md|package\.json|config\.schema\.json)$/.test(
            path,
          ),
      ),
    ).toEqual([])
    for (const entry of ['index', 'rule-kit', 'testing', 'retext', 'vitest', 'codemirror'])
      for (const extension of ['js', 'cjs', 'd.ts', 'd.cts'])
        expect(paths).toContain(`dist/${entry}.${extension}`)
    expect(paths).toContain('dist/cli.js')
    expect(paths).toContain('dist/language-server.js')
    expect(paths).toContain('config.schema.json')
  })

  it('stays within its size budget', () => {
    console.info(
      `reply-lint tarball: ${(packed.size / 1024).toFixed(1)} KB packed, ${(packed.unpackedSize / 1024).toFixed(1)} KB unpacked, ${packed.files.length} files`,
    )
    expect(statSync(tarball).size / 1024).toBeLessThanOrEqual(PACKED_BUDGET_KB)
    expect(packed.unpackedSize / 1024).toBeLessThanOrEqual(UNPACKED_BUDGET_KB)
  })

  it('passes publint', async () => {
    const result = await run(join(BIN, 'publint'), ['run', tarball, '--strict'], scratch)
    expect(result.code, output(result)).toBe(0)
    expect(result.stdout).toContain('All good!')
  })

  it('passes @arethetypeswrong/cli with its default profile', async () => {
    const result = await run(join(BIN, 'attw'), [tarball, '--format', 'ascii'], scratch)
    expect(result.code, output(result)).toBe(0)
    expect(result.stdout).toContain('No problems found')
  }, 60_000)
})

describe('a TypeScript project using the installed package type-checks', () => {
  it.each([
    ['node16', 'ESM and CommonJS consumers, and the typos that must not compile'],
    ['nodenext', 'ESM and CommonJS consumers, and the typos'],
    ['bundler', 'ESM and CommonJS consumers (module preserve), and the typos'],
    ['node10', 'a consumer that resolves subpaths through typesVersions'],
    // Alone, so that nothing but the setup file can give the test file the matchers' types (esm.mts
    // imports reply-lint/vitest too, which would hide a setup file that declares nothing).
    ['vitest', "the README's vitest setup alone, under bundler: the setup file types the matchers"],
  ])(
    'tsconfig.%s.json: %s',
    async (mode) => {
      const result = await run(
        process.execPath,
        [join(consumer, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', `tsconfig.${mode}.json`],
        consumer,
      )
      expect(output(result).trim()).toBe('')
      expect(result.code).toBe(0)
    },
    60_000,
  )
})

describe('at run time', () => {
  it('tests a plugin rule written with only id, messages and check under node --test', async () => {
    const result = await run(process.execPath, ['--test', 'acme-plugin.test.mjs'], consumer)
    expect(result.code, output(result)).toBe(0)
    expect(result.stdout).toMatch(/^# pass 5$/m)
    expect(result.stdout).toMatch(/^# fail 0$/m)
  }, 60_000)

  it('fails a duplicated RuleTester case alone under node --test, through the CommonJS build', async () => {
    const result = await run(process.execPath, ['--test', 'duplicate.test.cjs'], consumer)
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^# pass 3$/m)
    expect(result.stdout).toMatch(/^# fail 1$/m)
    expect(result.stdout).toContain("not ok 2 - We'll reply soon. (duplicate)")
  }, 60_000)

  it("runs the README's vitest setup", async () => {
    const result = await run(
      process.execPath,
      [join(consumer, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', 'vitest.config.mts'],
      consumer,
    )
    expect(result.code, output(result)).toBe(0)
    expect(result.stdout).toMatch(/Tests\s+1 passed/)
  }, 60_000)

  it.each([
    [
      'CommonJS',
      'one-engine.cjs',
      ['reply-lint/retext', 'reply-lint/testing', 'reply-lint/rule-kit', 'reply-lint/codemirror'],
    ],
    [
      'ESM',
      'one-engine.mjs',
      [
        'reply-lint/retext',
        'reply-lint/testing',
        'reply-lint/rule-kit',
        'reply-lint/codemirror',
        'reply-lint/vitest',
      ],
    ],
  ])(
    'has one engine in %s: one ReplyLintError class across entries',
    async (_, script, entries) => {
      const result = await run(process.execPath, [script as string], consumer)
      expect(result.stderr).toBe('')
      const codes = {
        'reply-lint/retext': 'unknown-preset',
        'reply-lint/testing': 'invalid-rule',
        'reply-lint/rule-kit': 'invalid-rule',
        'reply-lint/codemirror': 'unknown-preset',
        'reply-lint/vitest': 'invalid-options',
      }
      expect(result.stdout.trim().split('\n')).toEqual(
        (entries as (keyof typeof codes)[]).map((entry) => `${entry}: ReplyLintError ${codes[entry]}`),
      )
    },
    60_000,
  )

  it('runs the reply-lint-language-server command, with its dependencies installed', async () => {
    const { client, initialized } = await TestClient.start({
      command: [join(consumer, 'node_modules', '.bin', 'reply-lint-language-server'), '--stdio'],
      root: consumer,
    })
    try {
      expect(initialized.serverInfo).toEqual({ name: 'reply-lint' })
      const diagnostics = await client.open(
        `file://${join(consumer, 'draft.md')}`,
        'markdown',
        "You'll definitely get it today.\n",
      )
      expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['no-guarantees'])
      expect(await client.stop()).toBe(0)
    } finally {
      client.kill()
    }
  }, 60_000)

  it('runs the reply-lint command', async () => {
    const result = await run(
      join(consumer, 'node_modules', '.bin', 'reply-lint'),
      ['--format', 'json', 'draft.txt'],
      consumer,
    )
    expect(result.code, result.stderr).toBe(1)
    expect(
      JSON.parse(result.stdout)[0].diagnostics.map((diagnostic: { ruleId: string }) => diagnostic.ruleId),
    ).toEqual(['no-guarantees'])
  }, 60_000)
})
