import { parseArgs } from 'node:util'
import type { LintOptions, RuleSetting } from '../../types.js'
import { UsageError } from './errors.js'

export type OutputFormat = 'stylish' | 'json' | 'sarif'

export interface CliOptions {
  inputs: string[]
  format: OutputFormat
  fix: boolean
  stdout: boolean
  quiet: boolean
  maxWarnings: number | undefined
  config: string | undefined
  preset: string | undefined
  rules: Record<string, RuleSetting>
  context: NonNullable<LintOptions['context']> | undefined
  contextFile: string | undefined
  stdinFilename: string | undefined
  help: boolean
  version: boolean
}

export const USAGE = `Usage: reply-lint [options] [file | glob | directory | -]...

Lints seller replies to customers. Reads standard input when given "-" or no files and input is piped.
.md/.markdown files are read as Markdown, .html/.htm as HTML, anything else as plain text.

Options:
  -f, --format <name>       Output: stylish (default), json, sarif
      --fix                 Apply the suggested rewrites and save the files
      --stdout              With --fix: print the rewritten text instead of saving it
  -c, --config <path>       Use this config file instead of the nearest reply-lint.config.json
      --preset <name>       Start from this preset (recommended, strict, kingston-express)
      --rule <id:severity>  Set one rule: off, info, warn or error; repeatable
      --context <json>      What you know about the order, e.g. '{"fulfillment":"seller"}'
      --context-file <path> The same, read from a JSON file
      --stdin-filename <p>  Name for standard input in reports (its extension picks the format)
      --quiet               Report errors only
      --max-warnings <n>    Exit with 1 when there are more than n warnings
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
  const { values, positionals } = parsed

  const format = values.format ?? 'stylish'
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}; got "${format}".`)
  if (values.stdout && !values.fix) throw new UsageError('--stdout only goes with --fix.')

  let maxWarnings: number | undefined
  if (values['max-warnings'] !== undefined) {
    if (!/^\d+$/.test(values['max-warnings']))
      throw new UsageError(`--max-warnings takes a whole number; got "${values['max-warnings']}".`)
    maxWarnings = Number(values['max-warnings'])
  }

  const rules: Record<string, RuleSetting> = {}
  for (const flag of values.rule ?? []) {
    const [id, setting] = parseRuleFlag(flag)
    rules[id] = setting
  }

  let context: CliOptions['context']
  if (values.context !== undefined) context = parseContext(values.context, '--context')

  return {
    inputs: positionals,
    format: format as OutputFormat,
    fix: values.fix ?? false,
    stdout: values.stdout ?? false,
    quiet: values.quiet ?? false,
    maxWarnings,
    config: values.config,
    preset: values.preset,
    rules,
    context,
    contextFile: values['context-file'],
    stdinFilename: values['stdin-filename'],
    help: values.help ?? false,
    version: values.version ?? false,
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      fix: { type: 'boolean' },
      stdout: { type: 'boolean' },
      config: { type: 'string', short: 'c' },
      preset: { type: 'string' },
      rule: { type: 'string', multiple: true },
      context: { type: 'string' },
      'context-file': { type: 'string' },
      'stdin-filename': { type: 'string' },
      quiet: { type: 'boolean' },
      'max-warnings': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
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
  if (!setting.startsWith('[')) return [id, setting as RuleSetting]
  try {
    return [id, JSON.parse(setting) as RuleSetting]
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
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new UsageError(`${where} must be a JSON object, e.g. {"fulfillment":"seller"}.`)
  return value as NonNullable<LintOptions['context']>
}
