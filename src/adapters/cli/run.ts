import { readFileSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { version } from '../../../package.json'
import { ReplyLintError } from '../../errors.js'
import { formatForPath } from '../../formats/index.js'
import { createLinter } from '../../index.js'
import type { AnyRule, LintOptions, ReplyContext, Severity } from '../../types.js'
import { oneLine } from '../formatters/terminal-text.js'
import type { FileReport } from '../formatters/types.js'
import { type CliOptions, checkContext, parseCliArgs, USAGE } from './args.js'
import { ConfigLoader, type LoadedConfig } from './config-file.js'
import { UsageError } from './errors.js'
import { IgnoreRules } from './ignore-rules.js'
import { initCommand } from './init.js'
import { expandInputs } from './inputs.js'
import { parseJsonc } from './jsonc.js'
import { lintInput, type PendingSave, saveFixes, type Totals } from './lint-input.js'
import { fixDiff, writeReport } from './write-report.js'

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
      diffs += fixDiff(report.path, original, report.output)
  }

  saveFixes(saves, totals)

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
      allow: base.allow,
      reportUnusedDirectives: options.reportUnusedDirectives ? 'error' : base.reportUnusedDirectives,
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
      linter.config.rules.map(({ rule, severity, options, allow }) => {
        const shown = allow.length === 0 ? options : { ...options, allow }
        return [rule.id, Object.keys(shown).length === 0 ? severity : [severity, shown]]
      }),
    ),
    allow: linter.config.allow,
    reportUnusedDirectives: linter.config.reportUnusedDirectives,
    context: linter.config.context,
  }
}
