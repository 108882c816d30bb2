import { readFileSync, writeFileSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { version } from '../../../package.json'
import { ReplyLintError } from '../../errors.js'
import { applyFixes } from '../../fix/apply-fixes.js'
import { formatForPath } from '../../formats/index.js'
import { createLinter } from '../../index.js'
import type { AnyRule, LintOptions, LintResult, ReplyContext, Severity } from '../../types.js'
import { formatJson } from '../formatters/json.js'
import { formatSarif } from '../formatters/sarif.js'
import { formatStylish } from '../formatters/stylish.js'
import type { FileReport } from '../formatters/types.js'
import { type CliOptions, parseCliArgs, parseContext, USAGE } from './args.js'
import { type ConfigFile, ConfigFinder } from './config-file.js'
import { UsageError } from './errors.js'
import { displayPath, expandInputs, type Input } from './inputs.js'

/** Where the CLI reads and writes; the real process in `bin`, something else in tests. */
export interface CliIo {
  cwd: string
  env: Record<string, string | undefined>
  stdinIsTTY: boolean
  stdoutIsTTY: boolean
  stderrIsTTY: boolean
  readStdin(): Promise<string>
  stdout(text: string): void
  stderr(text: string): void
}

/** ESLint fixes in up to ten passes: a fix can make room for another that overlapped it. */
const FIX_PASSES = 10
const STDIN = '<stdin>'

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

  const args = options.inputs.length > 0 ? options.inputs : io.stdinIsTTY ? [] : ['-']
  if (args.length === 0)
    throw new UsageError(
      'No drafts given: name files, globs or directories, or pipe a draft in (see --help).',
    )
  const inputs = expandInputs(args, io.cwd)
  if (options.stdout && inputs.length !== 1)
    throw new UsageError(`--fix --stdout prints one rewritten draft; got ${inputs.length} inputs.`)

  const finder = new ConfigFinder()
  const explicitConfig = options.config === undefined ? undefined : resolve(io.cwd, options.config)
  if (explicitConfig) finder.load(explicitConfig)
  const linters = new Map<string, ReturnType<typeof createLinter>>()
  const activeRules = new Map<string, { rule: AnyRule; severity: Severity }>()

  const reports: FileReport[] = []
  let warnings = 0
  let errors = 0
  for (const input of inputs) {
    const name = input.kind === 'stdin' ? (options.stdinFilename ?? STDIN) : input.path
    const source = input.kind === 'stdin' ? await io.readStdin() : readDraft(input, io.cwd)
    const configPath = explicitConfig ?? finder.find(input.kind === 'stdin' ? io.cwd : dirname(input.path))
    const config: ConfigFile = configPath ? finder.load(configPath) : {}
    const format = config.format ?? formatForPath(basename(name))
    const key = `${configPath ?? ''}\u0000${format}`
    let linter = linters.get(key)
    if (!linter) {
      linter = createConfiguredLinter(options, cliContext, config, format, configPath)
      linters.set(key, linter)
      for (const { rule, severity } of linter.config.rules)
        if (!activeRules.has(rule.id)) activeRules.set(rule.id, { rule, severity })
    }

    let text = source
    let result: LintResult = linter.lint(text)
    // Standard input has nowhere to save to: it is fixed only when the result is printed (--stdout).
    if (options.fix && (input.kind === 'file' || options.stdout)) {
      for (let pass = 0; pass < FIX_PASSES; pass++) {
        const fixed = applyFixes(text, result.diagnostics)
        if (fixed.applied.length === 0 || fixed.text === text) break
        text = fixed.text
        result = linter.lint(text)
      }
      if (text !== source && input.kind === 'file' && !options.stdout) writeFileSync(input.path, text)
      if (options.stdout) io.stdout(text)
    }

    errors += result.errorCount
    warnings += result.warningCount
    const shown = options.quiet
      ? result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')
      : result.diagnostics
    reports.push({
      path: input.kind === 'stdin' ? name : displayPath(input.path, io.cwd),
      filePath: input.kind === 'stdin' ? undefined : input.path,
      format,
      source: text,
      diagnostics: shown,
      errorCount: result.errorCount,
      warningCount: options.quiet ? 0 : result.warningCount,
      infoCount: options.quiet ? 0 : result.infoCount,
      ...(text === source ? {} : { output: text }),
    })
  }

  // With --fix --stdout the rewritten text owns standard output; the report goes to standard error.
  const toStderr = options.stdout
  const write = toStderr ? io.stderr : io.stdout
  const rules = [...activeRules.values()].sort((a, b) =>
    a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0,
  )
  if (options.format === 'json') write(formatJson(reports))
  else if (options.format === 'sarif') write(formatSarif(reports, { rules, version }))
  else write(formatStylish(reports, { color: useColor(io.env, toStderr ? io.stderrIsTTY : io.stdoutIsTTY) }))

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
  const fromFile = parseContext(text, `--context-file ${options.contextFile}`)
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

function createConfiguredLinter(
  options: CliOptions,
  context: ReplyContext | undefined,
  config: ConfigFile,
  format: NonNullable<LintOptions['format']>,
  configPath: string | undefined,
) {
  try {
    return createLinter({
      preset: options.preset ?? config.preset,
      rules: { ...config.rules, ...options.rules },
      context: config.context || context ? { ...config.context, ...context } : undefined,
      format,
    } as LintOptions)
  } catch (error) {
    if (error instanceof ReplyLintError && configPath) throw new UsageError(`${configPath}: ${error.message}`)
    throw error
  }
}

function readDraft(input: Extract<Input, { kind: 'file' }>, cwd: string): string {
  try {
    return readFileSync(input.path, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable'
    throw new UsageError(`Cannot read ${displayPath(input.path, cwd)} (${code}).`)
  }
}

/** Messages are printed on one line. */
function oneLine(message: string): string {
  return message
    .split(/[\r\n]/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ')
}

/** Colour on a terminal; `FORCE_COLOR` turns it on (or off with 0), `NO_COLOR` off. */
export function useColor(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  const force = env.FORCE_COLOR
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false'
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  return isTTY && env.TERM !== 'dumb'
}
