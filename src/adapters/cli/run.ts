import { mkdirSync, readFileSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff'
import { version } from '../../../package.json'
import { ReplyLintError } from '../../errors.js'
import { applyFixes } from '../../fix/apply-fixes.js'
import { formatForPath } from '../../formats/index.js'
import { createLinter } from '../../index.js'
import type { AnyRule, LintOptions, LintResult, ReplyContext, Severity } from '../../types.js'
import { formatJson } from '../formatters/json.js'
import { formatSarif } from '../formatters/sarif.js'
import { formatStylish } from '../formatters/stylish.js'
import { oneLine, terminalSafe } from '../formatters/terminal-text.js'
import type { FileNotice, FileReport } from '../formatters/types.js'
import { type CliOptions, checkContext, parseCliArgs, USAGE } from './args.js'
import { NotWritten, writeAtomically } from './atomic-write.js'
import { ConfigLoader, type LoadedConfig } from './config-file.js'
import {
  type Draft,
  decodeDraft,
  encodeDraft,
  readSnapshot,
  type Snapshot,
  UnreadableDraft,
} from './draft-file.js'
import { UsageError } from './errors.js'
import { IgnoreRules } from './ignore-rules.js'
import { initCommand } from './init.js'
import { displayPath, expandInputs, type Input } from './inputs.js'
import { parseJsonc } from './jsonc.js'

/** Where the CLI reads and writes; the real process in `bin`, something else in tests. */
export interface CliIo {
  cwd: string
  env: Record<string, string | undefined>
  stdinIsTTY: boolean
  stdoutIsTTY: boolean
  stderrIsTTY: boolean
  readStdin(): Promise<Uint8Array>
  stdout(text: string): void
  stderr(text: string): void
  /** Asks one question on the terminal and returns the answer (`--init`). */
  ask?(question: string): Promise<string>
}

/** ESLint fixes in up to ten passes: a fix can make room for another that overlapped it. */
const FIX_PASSES = 10
const STDIN = '<stdin>'

type Linter = ReturnType<typeof createLinter>

/** Runs the CLI and returns its exit code: 0 clean, 1 problems, 2 usage, input or config error. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await lintCommand(argv, io)
  } catch (error) {
    if (error instanceof UsageError || error instanceof ReplyLintError) {
      io.stderr(`reply-lint: ${oneLine(error.message)}\n`)
      return 2
    }
    throw error
  }
}

async function lintCommand(argv: readonly string[], io: CliIo): Promise<number> {
  const options = parseCliArgs(argv)
  if (options.help) {
    io.stdout(`${USAGE}\n`)
    return 0
  }
  if (options.version) {
    io.stdout(`${version}\n`)
    return 0
  }

  const cliContext = readCliContext(options, io.cwd)
  checkCliOptions(options, cliContext)
  if (options.init) return initCommand(options, cliContext, io)

  const loader = new ConfigLoader()
  const explicitConfig =
    options.config === undefined ? undefined : await loader.load(resolve(io.cwd, options.config))
  const configFor = (directory: string) =>
    explicitConfig ? Promise.resolve(explicitConfig) : loader.forDirectory(directory)
  const linters = new Map<string, Linter>()
  // Every rule that was on in any of the run's linters, for SARIF's rule table.
  const activeRules = new Map<string, { rule: AnyRule; severity: Severity }>()
  const linterFor = (config: LoadedConfig, format: NonNullable<LintOptions['format']>) => {
    const key = `${config.path ?? ''}\u0000${format}`
    let linter = linters.get(key)
    if (!linter) {
      linter = createConfiguredLinter(options, cliContext, config, format)
      linters.set(key, linter)
      for (const { rule, severity } of linter.config.rules)
        if (!activeRules.has(rule.id)) activeRules.set(rule.id, { rule, severity })
    }
    return linter
  }
  const cwdIgnores = options.ignore
    ? IgnoreRules.forWorkingDirectory(io.cwd, options.ignorePatterns)
    : undefined

  if (options.printConfig !== undefined) {
    const path = resolve(io.cwd, options.printConfig)
    const config = await configFor(dirname(path))
    const format = config.options.format ?? formatForPath(basename(path))
    const linter = linterFor(config, format)
    const ignored =
      options.ignore && ((cwdIgnores?.ignores(path) ?? false) || (config.ignores?.ignores(path) ?? false))
    io.stdout(`${JSON.stringify(describeConfig(config, linter, format, ignored), null, 2)}\n`)
    return 0
  }

  const args = options.inputs.length > 0 ? options.inputs : io.stdinIsTTY ? [] : ['-']
  if (args.length === 0)
    throw new UsageError(
      'No drafts given: name files, globs or directories, or pipe a draft in (see --help).',
    )
  const inputs = expandInputs(args, {
    cwd: io.cwd,
    followSymlinks: options.followSymlinks,
    ignore: cwdIgnores,
  })
  if (options.stdout && inputs.length !== 1)
    throw new UsageError(`--fix --stdout prints one rewritten draft; got ${inputs.length} inputs.`)

  // Read and lint everything first, save afterwards: a file that changes meanwhile is noticed and kept.
  const reports: FileReport[] = []
  // Warnings count towards --max-warnings even when --quiet hides them from the report.
  const totals = new Map<FileReport, Totals>()
  const saves: PendingSave[] = []
  let diffs = ''
  for (const input of inputs) {
    const linted = await lintInput(input, options, io, configFor, linterFor)
    if (!linted) continue
    const { report, save, original } = linted
    reports.push(report)
    totals.set(report, linted.totals)
    if (save) saves.push(save)
    if (options.fixDryRun && report.output !== undefined && original !== undefined)
      // a/ and b/ as git writes them, so `patch -p1` applies the diff.
      diffs += createTwoFilesPatch(
        `a/${report.path}`,
        `b/${report.path}`,
        original,
        report.output,
        undefined,
        undefined,
        {
          context: 3,
          headerOptions: FILE_HEADERS_ONLY,
        },
      )
  }

  for (const save of saves) {
    try {
      writeAtomically(save.realPath, save.bytes, save.snapshot)
    } catch (error) {
      if (!(error instanceof NotWritten)) throw error
      // The report describes the file as it stays: the text that was read, its problems, why it was not saved.
      Object.assign(save.report, save.unsaved.report, { output: undefined })
      save.report.notices.push({ severity: 'error', message: error.message })
      totals.set(save.report, save.unsaved.totals)
    }
  }

  const rules = [...activeRules.values()].sort((a, b) =>
    a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0,
  )
  writeReport(reports, diffs, rules, options, io)

  let errors = 0
  let warnings = 0
  for (const total of totals.values()) {
    errors += total.errors
    warnings += total.warnings
  }
  const failedFiles = reports.filter((report) => report.notices.some((notice) => notice.severity === 'error'))
  if (failedFiles.length > 0) {
    const count = failedFiles.length
    io.stderr(
      `reply-lint: ${count} file${count === 1 ? '' : 's'} could not be read, linted or saved (see the report).\n`,
    )
    return 2
  }
  if (errors > 0) return 1
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(`reply-lint found too many warnings (maximum: ${options.maxWarnings}).\n`)
    return 1
  }
  return 0
}

interface Totals {
  errors: number
  warnings: number
}

interface PendingSave {
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

interface Linted {
  report: FileReport
  totals: Totals
  save?: PendingSave
  /** The text as read, when --fix or --fix-dry-run changed it. */
  original?: string
}

/** One input read, decoded and linted (and fixed in memory); undefined for a file a config ignores. */
async function lintInput(
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
    if (options.fixDryRun || (options.fix && (input.kind === 'file' || options.stdout))) {
      for (let pass = 0; pass < FIX_PASSES; pass++) {
        const fixed = applyFixes(text, result.diagnostics)
        if (fixed.applied.length === 0 || fixed.text === text) break
        text = fixed.text
        result = linter.lint(text)
      }
    }
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

/** The report (after the diffs of --fix-dry-run) to standard output, standard error or --output-file. */
function writeReport(
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

function readCliContext(options: CliOptions, cwd: string): ReplyContext | undefined {
  if (options.contextFile === undefined) return options.context
  let text: string
  try {
    text = readFileSync(resolve(cwd, options.contextFile), 'utf8')
  } catch {
    throw new UsageError(`--context-file: cannot read ${options.contextFile}.`)
  }
  const where = `--context-file ${options.contextFile}`
  const fromFile = checkContext(parseJsonc(text, where), where)
  return { ...fromFile, ...options.context }
}

/** Checks the flags on their own first, so a mistake there is blamed on the flag, not on a config file. */
function checkCliOptions(options: CliOptions, context: ReplyContext | undefined): void {
  try {
    // Flags are strings from the command line: the engine checks them (their types cannot).
    createLinter({ preset: options.preset, rules: options.rules, context } as LintOptions)
  } catch (error) {
    if (!(error instanceof ReplyLintError)) throw error
    const field = error.field ?? ''
    const flag = field.startsWith('rules')
      ? '--rule'
      : field.startsWith('preset')
        ? '--preset'
        : options.contextFile
          ? '--context/--context-file'
          : '--context'
    throw new UsageError(`${flag}: ${error.message}`)
  }
}

/** The linter for files under one config in one format: the config, then the flags over it. */
function createConfiguredLinter(
  options: CliOptions,
  context: ReplyContext | undefined,
  config: LoadedConfig,
  format: NonNullable<LintOptions['format']>,
): Linter {
  const base = config.options
  try {
    return createLinter({
      preset: options.preset ?? base.preset,
      rules: { ...base.rules, ...options.rules },
      ...(base.plugins ? { plugins: base.plugins } : {}),
      context: base.context || context ? { ...base.context, ...context } : undefined,
      format,
    } as LintOptions)
  } catch (error) {
    if (error instanceof ReplyLintError && config.path)
      throw new UsageError(`${config.path}: ${error.message}`)
    throw error
  }
}

/** What --print-config shows: everything that decides how a file is linted. */
function describeConfig(
  config: LoadedConfig,
  linter: Linter,
  format: string,
  ignored: boolean,
): Record<string, unknown> {
  return {
    configFile: config.path ?? null,
    presetPackages: config.presetPackages,
    format,
    ignored,
    rules: Object.fromEntries(
      linter.config.rules.map(({ rule, severity, options }) => [
        rule.id,
        Object.keys(options).length === 0 ? severity : [severity, options],
      ]),
    ),
    context: linter.config.context,
  }
}

/** Colour on a terminal; `FORCE_COLOR` turns it on (or off with 0), `NO_COLOR` off. */
export function useColor(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false'
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  return isTTY && env.TERM !== 'dumb'
}
