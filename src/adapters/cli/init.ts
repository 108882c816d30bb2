import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { presets } from '../../../rules/presets.js'
import { createLinter } from '../../index.js'
import type { LintOptions, ReplyContext } from '../../types.js'
import type { CliOptions } from './args.js'
import { writeAtomically } from './atomic-write.js'
import { CONFIG_FILES } from './config-file.js'
import { UsageError } from './errors.js'
import type { CliIo } from './run.js'

export const INIT_FILE = 'reply-lint.config.json'
/** Where editors find the schema once reply-lint is installed in the project. */
export const SCHEMA_PATH = './node_modules/reply-lint/config.schema.json'

/**
 * `--init`: writes a starter `reply-lint.config.json` in the working directory. `--preset`,
 * `--rule` and `--context` fill it in; on a terminal, what they leave open is asked (Enter keeps
 * the default); without one, nothing is asked. An existing config is never overwritten.
 */
export async function initCommand(
  options: CliOptions,
  context: ReplyContext | undefined,
  io: CliIo,
): Promise<number> {
  const existing = CONFIG_FILES.filter((name) => name !== 'package.json').find((name) =>
    existsSync(join(io.cwd, name)),
  )
  if (existing) throw new UsageError(`${existing} already exists here; edit it instead.`)

  let preset = options.preset
  const answers: ReplyContext = { ...context }
  const ask = io.stdinIsTTY ? io.ask : undefined
  if (ask) {
    const names = Object.keys(presets)
    preset ??= await choose(ask, `Preset (${names.join(', ')})`, names, 'recommended')
    if (answers.fulfillment === undefined) {
      const who = await choose(
        ask,
        'Who ships your orders (platform, seller, or Enter to skip)',
        ['platform', 'seller'],
        '',
      )
      if (who !== '') answers.fulfillment = who as ReplyContext['fulfillment']
    }
    if (answers.platformName === undefined) {
      const platform = (await ask('Marketplace name (Enter to skip): ')).trim()
      if (platform !== '') answers.platformName = platform
    }
  }

  const config = {
    $schema: SCHEMA_PATH,
    preset: preset ?? 'recommended',
    ...(Object.keys(options.rules).length > 0 ? { rules: options.rules } : {}),
    ...(Object.keys(answers).length > 0 ? { context: answers } : {}),
  }
  // What is written must load: check it as the linter will.
  const { $schema: _, ...lintOptions } = config
  createLinter(lintOptions as LintOptions)
  writeAtomically(join(io.cwd, INIT_FILE), Buffer.from(`${JSON.stringify(config, null, 2)}\n`, 'utf8'))
  io.stdout(`Wrote ${INIT_FILE}.\n`)
  return 0
}

/** Asks until the answer is one of `choices` (or empty, for the default). */
async function choose(
  ask: (question: string) => Promise<string>,
  question: string,
  choices: readonly string[],
  fallback: string,
): Promise<string> {
  for (;;) {
    const answer = (await ask(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim()
    if (answer === '') return fallback
    if (choices.includes(answer)) return answer
  }
}
