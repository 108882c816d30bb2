import { lstatSync, readdirSync, realpathSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import picomatch from 'picomatch'
import { reason } from './draft-file.js'
import { UsageError } from './errors.js'
import { ALWAYS_SKIPPED, type IgnoreRules } from './ignore-rules.js'

/**
 * What the arguments stand for, in order. A `skipped` file is reported (one line) but not linted.
 * `realPath` is where the text lives once symbolic links are resolved: the only path `--fix` writes.
 */
export type Input =
  | { kind: 'stdin' }
  /** `named`: the argument was this file, not a folder or glob that found it. */
  | { kind: 'file'; path: string; realPath: string; named: boolean }
  | { kind: 'skipped'; path: string; severity: 'error' | 'warn'; message: string }

export interface ExpandOptions {
  cwd: string
  /** Follow symbolic links that lead out of the folder being linted (`--follow-symlinks`). */
  followSymlinks: boolean
  /** `.reply-lintignore` and `--ignore-pattern`; undefined with `--no-ignore`. */
  ignore: IgnoreRules | undefined
}

const EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm']
const isDraftName = (path: string) => EXTENSIONS.some((extension) => path.toLowerCase().endsWith(extension))

/**
 * Turns arguments into inputs: `-` is standard input, an existing file is itself, a directory
 * means the drafts inside it (.txt, .md, .markdown, .html, .htm; not hidden files, `node_modules`
 * or `.git`), anything else is a glob. A name that is neither, or a directory or glob with no
 * drafts, is an error.
 *
 * Symbolic links never lead `--fix` out of what was named: a link (or a named file or folder that
 * is a link) pointing outside the folder it sits in is skipped with a warning unless
 * `followSymlinks`. Each file is linted once, however many links lead to it, and a link loop ends.
 */
export function expandInputs(args: readonly string[], options: ExpandOptions): Input[] {
  const inputs: Input[] = []
  const seen = new Set<string>()
  const add = (found: readonly Input[]) => {
    for (const input of found) {
      if (input.kind === 'file') {
        if (seen.has(input.realPath)) continue
        seen.add(input.realPath)
      }
      inputs.push(input)
    }
  }
  for (const arg of args) {
    if (arg === '-') {
      if (!inputs.some((input) => input.kind === 'stdin')) inputs.push({ kind: 'stdin' })
      continue
    }
    add(expandArgument(arg, options))
  }
  return inputs
}

function expandArgument(arg: string, options: ExpandOptions): Input[] {
  const absolute = resolve(options.cwd, arg)
  const link = lstatSync(absolute, { throwIfNoEntry: false })
  if (!link) {
    if (picomatch.scan(arg).isGlob) return expandGlob(arg, options)
    throw new UsageError(`No such file: ${arg}`)
  }
  const skipped = (severity: 'error' | 'warn', message: string): Input[] => [
    { kind: 'skipped', path: absolute, severity, message },
  ]
  let realPath: string
  try {
    realPath = realpathSync(absolute)
  } catch (error) {
    return skipped('warn', brokenLink(error))
  }
  // The folder the argument sits in bounds where a link may point, as it does for a file found inside a folder.
  if (
    !options.followSymlinks &&
    link.isSymbolicLink() &&
    !isInside(realPath, realpathSync(dirname(absolute)))
  )
    return skipped('warn', outsideMessage(realPath))
  const stat = statSync(realPath)
  if (stat.isDirectory()) {
    const found = walk(absolute, realPath, isDraftName, options)
    if (found.length === 0) throw new UsageError(`No drafts (.txt, .md, .html) in ${arg}`)
    return found
  }
  if (!stat.isFile()) return skipped('warn', 'Skipped: not a regular file.')
  if (options.ignore?.ignores(absolute))
    return skipped(
      'warn',
      'Skipped: ignored by .reply-lintignore or --ignore-pattern (--no-ignore lints it).',
    )
  return [{ kind: 'file', path: absolute, realPath, named: true }]
}

function expandGlob(pattern: string, options: ExpandOptions): Input[] {
  // Matched below the pattern's fixed folder, so that folder's own name may hold *, [ or (.
  const { base, glob } = picomatch.scan(pattern)
  const start = resolve(options.cwd, base)
  const isMatch = picomatch(glob, { dot: false })
  let realStart: string
  try {
    realStart = realpathSync(start)
  } catch {
    throw new UsageError(`No files match ${pattern}`)
  }
  const found = statSync(realStart).isDirectory()
    ? walk(start, realStart, (path) => isMatch(toPosix(relative(start, path))), options)
    : []
  if (found.length === 0) throw new UsageError(`No files match ${pattern}`)
  return found
}

/**
 * The files under `root` (shown as `shownRoot`) that `accept` takes, sorted by path. Symbolic links
 * are resolved one by one: inside the root they are followed (each real folder once, which ends
 * loops), outside it they are reported and left alone unless `followSymlinks`.
 */
type Found = Exclude<Input, { kind: 'stdin' }>

function walk(
  shownRoot: string,
  realRoot: string,
  accept: (path: string) => boolean,
  options: ExpandOptions,
): Found[] {
  const found: Found[] = []
  const linked = new Set<Found>()
  const visited = new Set<string>([realRoot])
  const folders = [{ shown: shownRoot, real: realRoot }]
  const ignored = (path: string, isDirectory: boolean) => options.ignore?.ignores(path, isDirectory) ?? false
  const mayFollow = (real: string) => options.followSymlinks || isInside(real, realRoot)

  for (let folder = folders.pop(); folder; folder = folders.pop()) {
    let entries: import('node:fs').Dirent[]
    try {
      entries = readdirSync(folder.shown, { withFileTypes: true })
    } catch (error) {
      const message = `Cannot read the folder: ${reason(error)}.`
      found.push({ kind: 'skipped', path: folder.shown, severity: 'error', message })
      continue
    }
    for (const entry of entries) {
      // Hidden files and folders are someone's tooling (and our own temporary files while fixing).
      if (entry.name.startsWith('.')) continue
      const shown = join(folder.shown, entry.name)
      let real = join(folder.real, entry.name)
      let isDirectory = entry.isDirectory()
      let isFile = entry.isFile()
      if (entry.isSymbolicLink()) {
        try {
          real = realpathSync(shown)
          const stat = statSync(real)
          isDirectory = stat.isDirectory()
          isFile = stat.isFile()
        } catch (error) {
          if (accept(shown))
            found.push({ kind: 'skipped', path: shown, severity: 'warn', message: brokenLink(error) })
          continue
        }
        if (!mayFollow(real)) {
          if (isDirectory || (isFile && accept(shown) && !ignored(shown, false)))
            found.push({ kind: 'skipped', path: shown, severity: 'warn', message: outsideMessage(real) })
          continue
        }
      }
      if (isDirectory) {
        if (ALWAYS_SKIPPED.has(entry.name) || ignored(shown, true) || visited.has(real)) continue
        visited.add(real)
        folders.push({ shown, real })
      } else if (isFile && accept(shown) && !ignored(shown, false)) {
        const file: Found = { kind: 'file', path: shown, realPath: real, named: false }
        found.push(file)
        if (entry.isSymbolicLink()) linked.add(file)
      }
    }
  }
  // A file reached both by its own name and through a link is reported under its own name.
  const direct = new Set<string>()
  for (const input of found) if (input.kind === 'file' && !linked.has(input)) direct.add(input.realPath)
  return found
    .filter((input) => !(input.kind === 'file' && linked.has(input) && direct.has(input.realPath)))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

function outsideMessage(realPath: string): string {
  return `Skipped: a symbolic link to ${realPath}, outside the folder being linted (--follow-symlinks follows it).`
}

function brokenLink(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ELOOP') return 'Skipped: a symbolic link loop (ELOOP).'
  if (code === 'ENOENT') return 'Skipped: a symbolic link to nothing (ENOENT).'
  return `Skipped: ${(error as Error).message}`
}

/** `path` is `folder` or inside it (both real paths). */
export function isInside(path: string, folder: string): boolean {
  if (path === folder) return true
  return path.startsWith(folder.endsWith(sep) ? folder : folder + sep)
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}

/** How a path is shown: relative to the working directory when inside it. */
export function displayPath(path: string, cwd: string): string {
  const shown = relative(cwd, path)
  return shown === '' || shown.startsWith('..') ? path : shown
}
