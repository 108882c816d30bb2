import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { rules } from '../../src/index.js'
import type { RuleSetting } from '../../src/types.js'

export const ROOT = join(import.meta.dirname, '..', '..')
export const CLI = join(ROOT, 'dist', 'cli.js')

/** Newest modification time of anything the build reads. */
function newestInput(): number {
  let newest = 0
  const consider = (path: string) => {
    newest = Math.max(newest, statSync(path).mtimeMs)
  }
  for (const directory of ['src', 'rules'])
    for (const entry of readdirSync(join(ROOT, directory), { recursive: true, withFileTypes: true }))
      if (entry.isFile() && entry.name.endsWith('.ts')) consider(join(entry.parentPath, entry.name))
  for (const file of ['package.json', 'tsup.config.ts']) consider(join(ROOT, file))
  return newest
}

/**
 * The CLI tests run the built `dist/cli.js`. CI builds before testing; locally the build runs here
 * when dist is missing or older than the sources, so `npm test` alone always tests current code.
 */
export function ensureBuilt(): void {
  const built = statSync(CLI, { throwIfNoEntry: false })?.mtimeMs
  if (built !== undefined && built >= newestInput()) return
  const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`)
}

export interface Spawned {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs the built CLI with `args` in `cwd`, feeding `input` on standard input. */
export function runCli(
  args: readonly string[],
  options: {
    cwd: string
    input?: string | Buffer
    env?: NodeJS.ProcessEnv
    user?: { uid: number; gid: number }
  },
): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
      ...options.user,
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
    child.stdin.end(options.input ?? '')
  })
}

/** Rule settings with only the given rules on: other rules may change without changing these tests. */
export function onlyRules(on: Record<string, 'info' | 'warn' | 'error'>): Record<string, RuleSetting> {
  return Object.fromEntries(rules.map((rule) => [rule.id, on[rule.id] ?? 'off']))
}

/** A scratch folder with the given files (text, or exact bytes). */
export function scratch(files: Record<string, string | Uint8Array>): string {
  const directory = mkdtempSync(join(tmpdir(), 'reply-lint-'))
  for (const [name, text] of Object.entries(files)) {
    const path = join(directory, name)
    mkdirSync(join(path, '..'), { recursive: true })
    writeFileSync(path, text)
  }
  return directory
}
