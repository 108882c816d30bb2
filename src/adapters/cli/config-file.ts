import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { LintOptions } from '../../types.js'
import { UsageError } from './errors.js'

export const CONFIG_NAME = 'reply-lint.config.json'

/** `LintOptions` without `plugins`: rules are code, so a JSON file cannot bring them. */
export type ConfigFile = Omit<LintOptions, 'plugins'>

const KEYS = ['preset', 'rules', 'context', 'format'] as const

/** Finds and reads config files, once per directory. */
export class ConfigFinder {
  private readonly byDirectory = new Map<string, string | undefined>()
  private readonly loaded = new Map<string, ConfigFile>()

  /** The nearest `reply-lint.config.json` in `directory` or above it. */
  find(directory: string): string | undefined {
    const start = resolve(directory)
    const visited: string[] = []
    let current = start
    let found: string | undefined
    for (;;) {
      if (this.byDirectory.has(current)) {
        found = this.byDirectory.get(current)
        break
      }
      visited.push(current)
      const candidate = join(current, CONFIG_NAME)
      if (existsSync(candidate)) {
        found = candidate
        break
      }
      const parent = dirname(current)
      if (parent === current) break
      current = parent
    }
    for (const directory of visited) this.byDirectory.set(directory, found)
    return found
  }

  /** Reads and checks a config file. Every problem is a {@link UsageError} naming the file. */
  load(path: string): ConfigFile {
    const cached = this.loaded.get(path)
    if (cached) return cached
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch {
      throw new UsageError(`Cannot read config file ${path}.`)
    }
    const config = parseConfig(text, path)
    this.loaded.set(path, config)
    return config
  }
}

/** Checks the shape; the values (rule ids, severities, context fields) are checked by the linter. */
export function parseConfig(text: string, where: string): ConfigFile {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new UsageError(`${where}: not valid JSON: ${(error as Error).message}`)
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new UsageError(`${where}: a config file holds a JSON object, e.g. {"preset": "strict"}.`)
  const config: Record<string, unknown> = {}
  for (const [key, setting] of Object.entries(value)) {
    if (key === '$schema') continue
    if (key === 'plugins')
      throw new UsageError(
        `${where}: "plugins" cannot be set in a JSON config (rules are code); pass them to createLinter() instead.`,
      )
    if (!(KEYS as readonly string[]).includes(key))
      throw new UsageError(`${where}: "${key}" is not a config key. Keys: ${KEYS.join(', ')}.`)
    config[key] = setting
  }
  if (config.preset !== undefined && typeof config.preset !== 'string')
    throw new UsageError(`${where}: "preset" must be a preset name.`)
  if (
    config.rules !== undefined &&
    (config.rules === null || typeof config.rules !== 'object' || Array.isArray(config.rules))
  )
    throw new UsageError(`${where}: "rules" must be an object, e.g. {"no-guarantees": "warn"}.`)
  if (
    config.context !== undefined &&
    (config.context === null || typeof config.context !== 'object' || Array.isArray(config.context))
  )
    throw new UsageError(`${where}: "context" must be an object, e.g. {"fulfillment": "seller"}.`)
  return config as ConfigFile
}
