import { parseArgs } from 'node:util'
import type { LintOptions, RuleSetting } from '../../types.js'
import { UsageError } from './errors.js'
import { normalizeRuleSetting } from './severity.js'

export type OutputFormat = 'stylish' | 'json' | 'sarif'

export interface CliOptions {
  inputs: string[]
  format: OutputFormat
  fix: boolean
  /** Work out the fixes and print them as a diff; save nothing. */
  fixDryRun: boolean
  stdout: boolean
  /** Write the report to this file instead of standard output. */
  outputFile: string | undefined
  /** `--color` / `--no-color`, the last one given; undefined lets the terminal and environment decide. */
  color: boolean | undefined
  ignorePatterns: string[]
  /** False with `--no-ignore`: `.reply-lintignore`, `--ignore-pattern` and config `ignores` are not used. */
  ignore: boolean
  followSymlinks: boolean
  printConfig: string | undefined
  init: boolean
  quiet: boolean
  /** `--report-unused-directives`: directives that silence nothing are errors, as with ESLint's flag. */
  reportUnusedDirectives: boolean
  maxWarnings: number | undefined
  config: string | undefined
  preset: string | undefined
  rules: Record<string, RuleSetting>
  context: NonNullable<LintOptions['context']> | undefined
  contextFile: string | undefined
  stdinFilename: string | undefined
  help: boolean
  version: boolean
  /** Run as a language server over standard input and output (`--stdio` may come with it). */
  lsp: boolean
}

export const USAGE = `Usage: reply-lint [options] [file | glob | directory | -]...

Lints seller replies to customers. Reads standard input when given "-" or no files and input is piped.
.md/.markdown files are read as Markdown, .html/.htm as HTML, anything else as plain text.

Options:
  -f, --format <name>       Output: stylish (default), json, sarif
  -o, --output-file <path>  Write the report to this file instead of standard output
      --color, --no-color   Force colours on or off (default: on for a terminal)
      --fix                 Apply the suggested rewrites and save the files
      --fix-dry-run         Print the rewrites as a diff and save nothing
      --stdout              With --fix: print the rewritten text instead of saving it
  -c, --config <path>       Use this config file instead of the nearest one
      --preset <name>       Start from this preset (recommended, strict, kingston-express)
      --rule <id:severity>  Set one rule: off, info, warn, error (or 0, 1, 2); repeatable
      --context <json>      What you know about the order, e.g. '{"fulfillment":"seller"}'
      --context-file <path> The same, read from a JSON file
      --stdin-filename <p>  Name for standard input in reports (its extension picks the format)
      --ignore-pattern <p>  Skip files matching this .gitignore-style pattern; repeatable
      --no-ignore           Lint files even if .reply-lintignore or a config's ignores name them
      --follow-symlinks     Follow symbolic links that lead out of the folders being linted
      --report-unused-directives
                            Report directives (<!-- reply-lint-disable -->) that silence nothing, as errors
      --quiet               Report errors only
      --max-warnings <n>    Exit with 1 when there are more than n warnings
      --print-config <file> Print the configuration that applies to a file, and exit
      --init                Write a starter reply-lint.config.json here, and exit
      --lsp                 Run as a language server on standard input and output (for editors)
  -h, --help                Show this help
  -v, --version             Show the version

Exit codes: 0 no errors, 1 errors (or too many warnings), 2 a usage, input or configuration problem.`

const FORMATS: readonly OutputFormat[] = ['stylish', 'json', 'sarif']

/** Reads the command line. Throws a {@link UsageError} naming the problem. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (see --help)`)
  }
  const { values, positionals, tokens } = parsed

  const format = values.format ?? 'stylish'
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got "${format}".`)
  if (values.stdout && !values.fix) throw new UsageError('--stdout only goes with --fix.')
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run do not go together.')
  if (values.init && positionals.length > 0)
    throw new UsageError('--init writes a config file and lints nothing; name no files with it.')
  if (values.stdio && !values.lsp) throw new UsageError('--stdio only goes with --lsp.')
  if (values.lsp) {
    const others = tokens.filter(
      (token) =>
        token.kind === 'positional' || (token.kind === 'option' && !['lsp', 'stdio'].includes(token.name)),
    )
    if (others.length > 0)
      throw new UsageError(
        '--lsp runs the language server, which reads its settings from config files and the editor; give it no other options or files.',
      )
  }

  let maxWarnings: number | undefined
  if (values['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(values['max-warnings']))
      throw new UsageError(`--max-warnings takes a whole number; got "${values['max-warnings']}".`)
    maxWarnings = Number(values['max-warnings'])
  }

  // fromEntries: an id such as "__proto__" stays an own key, for the linter to refuse by name.
  const rules: Record<string, RuleSetting> = Object.fromEntries((values.rule ?? []).map(parseRuleFlag))
  // The last of --color and --no-color wins, as in other tools.
  let color: boolean | undefined
  for (const token of tokens)
    if (token.kind === 'option' && (token.name === 'color' || token.name === 'no-color'))
      color = token.name === 'color'

  let context: CliOptions['context']
  if (values.context !== undefined) context = parseContext(values.context, '--context')

  return {
    inputs: positionals,
    format: format as OutputFormat,
    fix: values.fix ?? false,
    fixDryRun: values['fix-dry-run'] ?? false,
    stdout: values.stdout ?? false,
    outputFile: values['output-file'],
    color,
    ignorePatterns: values['ignore-pattern'] ?? [],
    ignore: !(values['no-ignore'] ?? false),
    followSymlinks: values['follow-symlinks'] ?? false,
    printConfig: values['print-config'],
    init: values.init ?? false,
    quiet: values.quiet ?? false,
    reportUnusedDirectives: values['report-unused-directives'] ?? false,
    maxWarnings,
    config: values.config,
    preset: values.preset,
    rules,
    context,
    contextFile: values['context-file'],
    stdinFilename: values['stdin-filename'],
    help: values.help ?? false,
    version: values.version ?? false,
    lsp: values.lsp ?? false,
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    tokens: true,
    options: {
      format: { type: 'string', short: 'f' },
      'output-file': { type: 'string', short: 'o' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      fix: { type: 'boolean' },
      'fix-dry-run': { type: 'boolean' },
      stdout: { type: 'boolean' },
      'ignore-pattern': { type: 'string', multiple: true },
      'no-ignore': { type: 'boolean' },
      'follow-symlinks': { type: 'boolean' },
      'print-config': { type: 'string' },
      init: { type: 'boolean' },
      config: { type: 'string', short: 'c' },
      preset: { type: 'string' },
      rule: { type: 'string', multiple: true },
      context: { type: 'string' },
      'context-file': { type: 'string' },
      'stdin-filename': { type: 'string' },
      quiet: { type: 'boolean' },
      'report-unused-directives': { type: 'boolean' },
      'max-warnings': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
      lsp: { type: 'boolean' },
      stdio: { type: 'boolean' },
    },
  })
}

/** `no-guarantees:warn`, or with options `readable-length:["warn",{"maxSentenceWords":30}]`. */
function parseRuleFlag(flag: string): [string, RuleSetting] {
  const colon = flag.indexOf(':')
  const id = flag.slice(0, colon).trim()
  const setting = flag.slice(colon + 1).trim()
  if (colon <= 0 || setting === '')
    throw new UsageError(`--rule takes id:severity, e.g. --rule no-guarantees:warn; got "${flag}".`)
  if (!setting.startsWith('[')) return [id, normalizeRuleSetting(setting)]
  try {
    return [id, normalizeRuleSetting(JSON.parse(setting))]
  } catch (error) {
    throw new UsageError(`--rule ${id}: the setting is not valid JSON (${(error as Error).message}).`)
  }
}

/** Parses a JSON reply context; `where` names the flag or file in the error. */
export function parseContext(json: string, where: string): NonNullable<LintOptions['context']> {
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch (error) {
    throw new UsageError(`${where} is not valid JSON: ${(error as Error).message}`)
  }
  return checkContext(value, where)
}

/** A context must be an object; its fields are checked by the linter. */
export function checkContext(value: unknown, where: string): NonNullable<LintOptions['context']> {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new UsageError(`${where} must be a JSON object, e.g. {"fulfillment":"seller"}.`)
  return value as NonNullable<LintOptions['context']>
}
