import { statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, parse as parsePath, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { type Loader, lilconfig } from 'lilconfig'
import { presets } from '../../../rules/presets.js'
import { OPTION_KEYS } from '../../engine/config.js'
import type { AnyRule, LintOptions, Plugin, PresetName, RuleSetting } from '../../types.js'
import { UsageError } from './errors.js'
import { IgnoreRules } from './ignore-rules.js'
import { parseJsonc } from './jsonc.js'
import { normalizeRuleSettings, normalizeSeverity } from './severity.js'

/** Where a config is looked for in each folder, first match wins; then the folder above. */
export const CONFIG_FILES = [
  'reply-lint.config.js',
  'reply-lint.config.mjs',
  'reply-lint.config.cjs',
  'reply-lint.config.json',
  'reply-lint.config.jsonc',
  'package.json',
] as const
/** The key that holds a config inside package.json. */
export const PACKAGE_KEY = 'reply-lint'

const KEYS = [...OPTION_KEYS, 'ignores'] as const

/** A config file, checked and with its presets resolved: ready for `createLinter`. */
export interface LoadedConfig {
  path: string | undefined
  options: LintOptions
  /** The config's `ignores`, relative to its folder. */
  ignores: IgnoreRules | undefined
  /** The preset packages it builds on, outermost first (for --print-config). */
  presetPackages: string[]
}

export const NO_CONFIG: LoadedConfig = {
  path: undefined,
  options: {},
  ignores: undefined,
  presetPackages: [],
}

const parseJsonLoader: Loader = (path, content) => parseJsonc(content, path)
/**
 * JavaScript configs run as modules; their default export (or `module.exports`) is the config.
 * A process that lives on (the language server) reads a config again after it changed: the file's
 * modification time in the URL, and no cached CommonJS copy, load what is there now.
 */
const importLoader: Loader = async (path) => {
  try {
    delete createRequire(path).cache[path]
    const module = await import(`${pathToFileURL(path).href}?mtime=${statSync(path).mtimeMs}`)
    return module.default ?? module
  } catch (error) {
    throw new UsageError(`${path}: the config failed to load: ${(error as Error)?.message ?? error}`, {
      file: path,
    })
  }
}

/**
 * Finds and reads config files with lilconfig: the nearest of {@link CONFIG_FILES} in a file's
 * folder or above it (a package.json counts only with a `"reply-lint"` key). JSON files may have
 * comments; JavaScript configs may bring `plugins` and name preset packages. Every problem is a
 * {@link UsageError} naming the file.
 */
export class ConfigLoader {
  private readonly explorer = lilconfig(PACKAGE_KEY, {
    searchPlaces: [...CONFIG_FILES],
    packageProp: PACKAGE_KEY,
    // Up to the file system's root, as ESLint and Prettier look (lilconfig stops at $HOME by default).
    stopDir: parsePath(process.cwd()).root,
    loaders: {
      '.json': parseJsonLoader,
      '.jsonc': parseJsonLoader,
      '.js': importLoader,
      '.mjs': importLoader,
      '.cjs': importLoader,
    },
  })
  private readonly loaded = new Map<string, Promise<LoadedConfig>>()

  /** The config that applies to files in `directory`. */
  async forDirectory(directory: string): Promise<LoadedConfig> {
    let found: Awaited<ReturnType<typeof this.explorer.search>>
    try {
      found = await this.explorer.search(directory)
    } catch (error) {
      throw asUsageError(error, `looking for a config file above ${directory}`)
    }
    if (!found) return NO_CONFIG
    return this.fromValue(found.filepath, found.config)
  }

  /** Reads the config file named by `--config`. */
  async load(path: string): Promise<LoadedConfig> {
    let found: Awaited<ReturnType<typeof this.explorer.load>>
    try {
      found = await this.explorer.load(path)
    } catch (error) {
      if (
        (error as NodeJS.ErrnoException).code === 'ENOENT' ||
        (error as NodeJS.ErrnoException).code === 'EISDIR'
      )
        throw new UsageError(`Cannot read config file ${path}.`)
      throw asUsageError(error, path)
    }
    if (!found) throw new UsageError(`Cannot read config file ${path}.`)
    return this.fromValue(found.filepath, found.config)
  }

  private fromValue(path: string, value: unknown): Promise<LoadedConfig> {
    let loaded = this.loaded.get(path)
    if (!loaded) {
      loaded = resolveConfig(value, path, []).catch((error: unknown) => {
        throw atFile(error, path)
      })
      this.loaded.set(path, loaded)
    }
    return loaded
  }
}

function asUsageError(error: unknown, where: string): UsageError {
  if (error instanceof UsageError) return error
  return new UsageError(`${where}: ${(error as Error)?.message ?? String(error)}`)
}

/**
 * The error with the config file it is about in its `location` (a preset package's mistake is
 * the config's that names it): what an editor marks. A place found already (a JSON syntax error's
 * line and column) stays.
 */
function atFile(error: unknown, path: string): UsageError {
  if (error instanceof UsageError && error.location) return error
  const message = error instanceof UsageError ? error.message : asUsageError(error, path).message
  return new UsageError(message, { file: path })
}

/** A checked config, with a preset package (and the presets it names in turn) merged beneath it. */
async function resolveConfig(value: unknown, path: string, chain: string[]): Promise<LoadedConfig> {
  const config = checkShape(value, path)
  const jsonFile = /\.jsonc?$/.test(path)
  if (config.plugins !== undefined && jsonFile)
    throw new UsageError(
      `${path}: "plugins" are code; name them in a reply-lint.config.js (or .mjs) instead of a JSON file.`,
    )
  const ignores = config.ignores ? new IgnoreRules(dirname(path), config.ignores) : undefined
  const own: LintOptions = {
    ...(config.rules === undefined ? {} : { rules: config.rules }),
    ...(config.plugins === undefined ? {} : { plugins: config.plugins }),
    ...(config.context === undefined ? {} : { context: config.context }),
    ...(config.format === undefined ? {} : { format: config.format }),
    ...(config.allow === undefined ? {} : { allow: config.allow }),
    ...(config.reportUnusedDirectives === undefined
      ? {}
      : { reportUnusedDirectives: config.reportUnusedDirectives }),
  }
  if (config.preset === undefined || Object.hasOwn(presets, config.preset))
    return {
      path,
      // A built-in name (checked just above), so the linter's preset type holds.
      options: { ...(config.preset === undefined ? {} : { preset: config.preset as PresetName }), ...own },
      ignores,
      presetPackages: [],
    }

  const name = config.preset
  if (chain.includes(name))
    throw new UsageError(`${path}: preset "${name}" includes itself (${[...chain, name].join(' -> ')}).`)
  const base = await resolveConfig(await importPreset(name, path), `preset "${name}"`, [...chain, name])
  return {
    path,
    options: mergeOptions(base.options, own),
    // A preset's ignores would be relative to a folder inside node_modules: only the config's own count.
    ignores,
    presetPackages: [name, ...base.presetPackages],
  }
}

/** Loads a preset package the way the config's own folder would `require` it. */
async function importPreset(name: string, from: string): Promise<unknown> {
  let resolved: string
  try {
    resolved = createRequire(resolve(from)).resolve(name)
  } catch {
    const builtin = Object.keys(presets).join(', ')
    throw new UsageError(
      `${from}: preset "${name}" is neither a built-in preset (${builtin}) nor a package installed there (npm install ${name}).`,
    )
  }
  try {
    const module = await import(pathToFileURL(resolved).href)
    return module.default ?? module
  } catch (error) {
    throw new UsageError(`${from}: preset "${name}" failed to load: ${(error as Error)?.message ?? error}`)
  }
}

/** Later options win: rules and context field by field, plugins and allowed phrases added. */
function mergeOptions(base: LintOptions, over: LintOptions): LintOptions {
  const merged: LintOptions = { ...base, ...over }
  if (base.rules || over.rules) merged.rules = { ...base.rules, ...over.rules }
  if (base.context || over.context) merged.context = { ...base.context, ...over.context }
  if (base.plugins || over.plugins) merged.plugins = [...(base.plugins ?? []), ...(over.plugins ?? [])]
  if (base.allow || over.allow) merged.allow = [...(base.allow ?? []), ...(over.allow ?? [])]
  return merged
}

interface CheckedConfig {
  preset?: string
  rules?: Record<string, RuleSetting>
  plugins?: ReadonlyArray<AnyRule | Plugin>
  context?: NonNullable<LintOptions['context']>
  format?: LintOptions['format']
  allow?: string[]
  reportUnusedDirectives?: LintOptions['reportUnusedDirectives']
  ignores?: string[]
}

/** Checks the shape; the values (rule ids, severities, context fields, plugins) are checked by the linter. */
export function checkShape(value: unknown, where: string): CheckedConfig {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new UsageError(`${where}: a config is an object, e.g. {"preset": "strict"}.`)
  const config: Record<string, unknown> = {}
  for (const [key, setting] of Object.entries(value)) {
    if (key === '$schema') continue
    if (!(KEYS as readonly string[]).includes(key))
      throw new UsageError(`${where}: "${key}" is not a config key. Keys: ${KEYS.join(', ')}.`)
    config[key] = setting
  }
  const isObject = (setting: unknown) =>
    setting !== null && typeof setting === 'object' && !Array.isArray(setting)
  if (config.preset !== undefined && typeof config.preset !== 'string')
    throw new UsageError(`${where}: "preset" must be a preset name or a package name.`)
  if (config.rules !== undefined && !isObject(config.rules))
    throw new UsageError(`${where}: "rules" must be an object, e.g. {"no-guarantees": "warn"}.`)
  if (config.context !== undefined && !isObject(config.context))
    throw new UsageError(`${where}: "context" must be an object, e.g. {"fulfillment": "seller"}.`)
  if (config.plugins !== undefined && !Array.isArray(config.plugins))
    throw new UsageError(`${where}: "plugins" must be an array of rules or { name, rules } plugins.`)
  if (
    config.ignores !== undefined &&
    !(Array.isArray(config.ignores) && config.ignores.every((pattern) => typeof pattern === 'string'))
  )
    throw new UsageError(`${where}: "ignores" must be an array of patterns, e.g. ["drafts/old/**"].`)
  if (config.rules !== undefined)
    config.rules = normalizeRuleSettings(config.rules as Record<string, unknown>)
  // ESLint's spellings (2, "warning") here too; the linter checks the phrases and the severity.
  if (config.reportUnusedDirectives !== undefined)
    config.reportUnusedDirectives = normalizeSeverity(config.reportUnusedDirectives)
  return config as CheckedConfig
}
