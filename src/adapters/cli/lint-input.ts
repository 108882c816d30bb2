import { basename, dirname } from 'node:path'
import { ReplyLintError } from '../../errors.js'
import { fixAll } from '../../fix/fix-in-passes.js'
import { formatForPath } from '../../formats/index.js'
import type { createLinter } from '../../index.js'
import type { LintOptions, LintResult } from '../../types.js'
import type { FileNotice, FileReport } from '../formatters/types.js'
import type { CliOptions } from './args.js'
import { NotWritten, writeAtomically } from './atomic-write.js'
import type { LoadedConfig } from './config-file.js'
import {
  type Draft,
  decodeDraft,
  encodeDraft,
  readSnapshot,
  type Snapshot,
  UnreadableDraft,
} from './draft-file.js'
import { displayPath, type Input } from './inputs.js'
import type { CliIo } from './run.js'

const STDIN = '<stdin>'

type Linter = ReturnType<typeof createLinter>

export interface Totals {
  errors: number
  warnings: number
}

export interface PendingSave {
  report: FileReport
  realPath: string
  bytes: Buffer
  snapshot: Snapshot
  /** What the report says if the save fails: the text as read and its problems. */
  unsaved: {
    report: Pick<FileReport, 'source' | 'diagnostics' | 'errorCount' | 'warningCount' | 'infoCount'>
    totals: Totals
  }
}

export interface Linted {
  report: FileReport
  totals: Totals
  save?: PendingSave
  /** The text as read, when --fix or --fix-dry-run changed it. */
  original?: string
}

/**
 * One input read, decoded and linted, and with --fix or --fix-dry-run fixed in memory; undefined
 * for a file a config ignores. Nothing is saved here: see {@link saveFixes}.
 */
export async function lintInput(
  input: Input,
  options: CliOptions,
  io: CliIo,
  configFor: (directory: string) => Promise<LoadedConfig>,
  linterFor: (config: LoadedConfig, format: NonNullable<LintOptions['format']>) => Linter,
): Promise<Linted | undefined> {
  const name = input.kind === 'stdin' ? (options.stdinFilename ?? STDIN) : input.path
  const report: FileReport = {
    path: input.kind === 'stdin' ? name : displayPath(input.path, io.cwd),
    filePath: input.kind === 'stdin' ? undefined : input.path,
    format: formatForPath(basename(name)),
    source: '',
    diagnostics: [],
    errorCount: 0,
    warningCount: 0,
    infoCount: 0,
    notices: [],
  }
  const fail = (notice: FileNotice): Linted => {
    // With --stdout the draft is the output: a pipeline must not take an empty one for a fixed one.
    const severity = options.stdout ? 'error' : notice.severity
    report.notices.push({ severity, message: notice.message })
    return { report, totals: { errors: 0, warnings: 0 } }
  }
  if (input.kind === 'skipped') return fail(input)

  const config = await configFor(input.kind === 'stdin' ? io.cwd : dirname(input.path))
  if (input.kind === 'file' && options.ignore && config.ignores?.ignores(input.path)) {
    if (!input.named) return undefined
    return fail({ severity: 'warn', message: `Skipped: ignored by ${config.path} (--no-ignore lints it).` })
  }
  report.format = config.options.format ?? report.format

  let draft: Draft
  let snapshot: Snapshot | undefined
  try {
    if (input.kind === 'stdin') draft = decodeDraft(await io.readStdin())
    else {
      const read = readSnapshot(input.realPath)
      snapshot = read.snapshot
      draft = decodeDraft(read.bytes)
    }
  } catch (error) {
    if (error instanceof UnreadableDraft) return fail(error)
    throw error
  }

  const linter = linterFor(config, report.format)
  const source = draft.text
  let text = source
  let first: LintResult
  let result: LintResult
  try {
    first = linter.lint(text)
    result = first
    // Standard input has nowhere to save to: it is fixed only to print it (--stdout) or show the diff.
    if (options.fixDryRun || (options.fix && (input.kind === 'file' || options.stdout)))
      ({ text, result } = fixAll(text, (draft) => linter.lint(draft), first))
  } catch (error) {
    // One draft the parser cannot take (too deeply nested, say) is reported; the others are linted.
    const code = error instanceof ReplyLintError ? ` (${error.code})` : ''
    return fail({ severity: 'error', message: `Cannot lint${code}: ${(error as Error)?.message ?? error}` })
  }
  if (options.stdout) io.stdout(text)

  const shown = (lint: LintResult) => ({
    diagnostics: options.quiet
      ? lint.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')
      : lint.diagnostics,
    errorCount: lint.errorCount,
    warningCount: options.quiet ? 0 : lint.warningCount,
    infoCount: options.quiet ? 0 : lint.infoCount,
  })
  const totalsOf = (lint: LintResult): Totals => ({ errors: lint.errorCount, warnings: lint.warningCount })
  Object.assign(report, { source: text, ...shown(result) })
  const totals = totalsOf(result)
  if (text === source) return { report, totals }
  report.output = text
  if (input.kind !== 'file' || !snapshot || !options.fix || options.stdout)
    return { report, totals, original: source }
  return {
    report,
    totals,
    original: source,
    save: {
      report,
      realPath: input.realPath,
      bytes: encodeDraft(text, draft.encoding, draft.bom),
      snapshot,
      unsaved: { report: { source, ...shown(first) }, totals: totalsOf(first) },
    },
  }
}

/**
 * Saves the fixed drafts, after every file was read: one that cannot be saved (read-only, changed
 * since it was read) keeps its text, and its report goes back to that text's problems plus a line
 * saying why.
 */
export function saveFixes(saves: readonly PendingSave[], totals: Map<FileReport, Totals>): void {
  for (const save of saves) {
    try {
      writeAtomically(save.realPath, save.bytes, save.snapshot)
    } catch (error) {
      if (!(error instanceof NotWritten)) throw error
      Object.assign(save.report, save.unsaved.report, { output: undefined })
      save.report.notices.push({ severity: 'error', message: error.message })
      totals.set(save.report, save.unsaved.totals)
    }
  }
}
