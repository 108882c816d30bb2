import { readFileSync } from 'node:fs'
import { isAbsolute, join, relative, sep } from 'node:path'
import ignore, { type Ignore } from 'ignore'
import { UsageError } from './errors.js'

export const IGNORE_FILE = '.reply-lintignore'

/** Folders never walked into: other people's packages and version control. */
export const ALWAYS_SKIPPED = new Set(['node_modules', '.git'])

/**
 * Paths to leave alone, in .gitignore syntax, relative to one folder: the working directory for
 * `.reply-lintignore` and `--ignore-pattern`, the config file's folder for its `ignores`. One
 * mechanism for all three, so a pattern means the same wherever it is written.
 */
export class IgnoreRules {
  private readonly matcher: Ignore
  /** Blank lines and comments only: nothing to check. */
  private readonly empty: boolean

  constructor(
    readonly base: string,
    readonly patterns: readonly string[],
  ) {
    this.matcher = ignore().add([...patterns])
    this.empty = patterns.every((pattern) => pattern.trim() === '' || pattern.trimStart().startsWith('#'))
  }

  /** The working directory's `.reply-lintignore` (if any) and the `--ignore-pattern` flags. */
  static forWorkingDirectory(cwd: string, flagPatterns: readonly string[]): IgnoreRules {
    let filePatterns: string[] = []
    const path = join(cwd, IGNORE_FILE)
    let text: string | undefined
    try {
      text = readFileSync(path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        throw new UsageError(`Cannot read ${IGNORE_FILE} (${(error as NodeJS.ErrnoException).code}).`)
    }
    if (text !== undefined) filePatterns = text.replace(/^\uFEFF/, '').split(/\r?\n/)
    return new IgnoreRules(cwd, [...filePatterns, ...flagPatterns])
  }

  /** Whether a path (absolute) is ignored. Paths outside the base folder never are. */
  ignores(path: string, isDirectory = false): boolean {
    if (this.empty) return false
    const shown = relative(this.base, path)
    if (shown === '' || shown.startsWith('..') || isAbsolute(shown)) return false
    const posix = sep === '/' ? shown : shown.split(sep).join('/')
    return this.matcher.ignores(isDirectory ? `${posix}/` : posix)
  }
}
