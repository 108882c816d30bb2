import { mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff'
import { version } from '../../../package.json'
import type { AnyRule, Severity } from '../../types.js'
import { formatJson } from '../formatters/json.js'
import { formatSarif } from '../formatters/sarif.js'
import { formatStylish } from '../formatters/stylish.js'
import { terminalSafe } from '../formatters/terminal-text.js'
import type { FileReport } from '../formatters/types.js'
import type { CliOptions } from './args.js'
import { writeAtomically } from './atomic-write.js'
import { UsageError } from './errors.js'
import type { CliIo } from './run.js'

/** What --fix-dry-run shows for one file: a unified diff with a/ and b/ as git writes them, so `patch -p1` applies it. */
export function fixDiff(path: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, undefined, undefined, {
    context: 3,
    headerOptions: FILE_HEADERS_ONLY,
  })
}

/** The report (after the diffs of --fix-dry-run) to standard output, standard error or --output-file. */
export function writeReport(
  reports: FileReport[],
  diffs: string,
  rules: ReadonlyArray<{ rule: AnyRule; severity: Severity }>,
  options: CliOptions,
  io: CliIo,
): void {
  // With --fix --stdout the rewritten text owns standard output; the report goes to standard error.
  const toStderr = options.stdout
  const isTTY = options.outputFile === undefined && (toStderr ? io.stderrIsTTY : io.stdoutIsTTY)
  const color = options.color ?? (options.outputFile === undefined && useColor(io.env, isTTY))
  let text: string
  if (options.format === 'json') text = formatJson(reports)
  else if (options.format === 'sarif') text = formatSarif(reports, { rules, version })
  else text = (diffs === '' ? '' : colorDiff(diffs, color)) + formatStylish(reports, { color })

  if (options.outputFile === undefined) {
    if (text !== '') (toStderr ? io.stderr : io.stdout)(text)
    return
  }
  const path = resolve(io.cwd, options.outputFile)
  try {
    mkdirSync(dirname(path), { recursive: true })
    writeAtomically(path, Buffer.from(text, 'utf8'))
  } catch (error) {
    throw new UsageError(`--output-file: cannot write ${options.outputFile}: ${(error as Error).message}`)
  }
}

/** A unified diff, made terminal-safe line by line; coloured like git's when colour is on. */
function colorDiff(diff: string, color: boolean): string {
  return diff
    .split('\n')
    .map((line) => {
      const safe = terminalSafe(line)
      if (!color) return safe
      if (line.startsWith('+') && !line.startsWith('+++')) return `\u001b[32m${safe}\u001b[39m`
      if (line.startsWith('-') && !line.startsWith('---')) return `\u001b[31m${safe}\u001b[39m`
      if (line.startsWith('@@')) return `\u001b[36m${safe}\u001b[39m`
      return safe
    })
    .join('\n')
}

/** Colour on a terminal; `FORCE_COLOR` turns it on (or off with 0), `NO_COLOR` off. */
export function useColor(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false'
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  return isTTY && env.TERM !== 'dumb'
}
