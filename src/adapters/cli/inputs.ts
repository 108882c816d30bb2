import { statSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { convertPathToPattern, globSync, isDynamicPattern } from 'tinyglobby'
import { UsageError } from './errors.js'

export type Input = { kind: 'stdin' } | { kind: 'file'; path: string }

/** What a directory argument stands for: the drafts inside it. */
const DRAFTS = '**/*.{txt,md,markdown,html,htm}'
const IGNORE = ['**/node_modules/**', '**/.git/**']

/**
 * Turns arguments into inputs, in the order given: `-` is standard input, an existing file is
 * itself, a directory means the drafts inside it, anything else is a glob. A name that is neither
 * a file nor a glob, or a glob that matches nothing, is an error. Each file is linted once.
 */
export function expandInputs(args: readonly string[], cwd: string): Input[] {
  const inputs: Input[] = []
  const seen = new Set<string>()
  const add = (path: string) => {
    if (seen.has(path)) return
    seen.add(path)
    inputs.push({ kind: 'file', path })
  }
  for (const arg of args) {
    if (arg === '-') {
      if (!inputs.some((input) => input.kind === 'stdin')) inputs.push({ kind: 'stdin' })
      continue
    }
    const absolute = resolve(cwd, arg)
    const stat = statSync(absolute, { throwIfNoEntry: false })
    if (stat?.isFile()) {
      add(absolute)
      continue
    }
    if (!stat && !isDynamicPattern(arg)) throw new UsageError(`No such file: ${arg}`)
    const pattern = stat?.isDirectory() ? `${convertPathToPattern(absolute)}/${DRAFTS}` : arg
    const matches = globSync(pattern, { cwd, absolute: true, onlyFiles: true, ignore: IGNORE })
    if (matches.length === 0)
      throw new UsageError(stat ? `No drafts (.txt, .md, .html) in ${arg}` : `No files match ${arg}`)
    for (const match of matches.sort()) add(resolve(match))
  }
  return inputs
}

/** How a path is shown: relative to the working directory when inside it. */
export function displayPath(path: string, cwd: string): string {
  const shown = relative(cwd, path)
  return shown === '' || shown.startsWith('..') ? path : shown
}
