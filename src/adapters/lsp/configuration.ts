import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ReplyLintError } from '../../errors.js'
import { formatForPath } from '../../formats/index.js'
import { createLinter, type Linter } from '../../index.js'
import type { LintOptions, ReplyContext } from '../../types.js'
import { ConfigLoader, type LoadedConfig, NO_CONFIG } from '../cli/config-file.js'
import { UsageError } from '../cli/errors.js'
import { IGNORE_FILE, IgnoreRules } from '../cli/ignore-rules.js'

export type Format = NonNullable<LintOptions['format']>

/** What the editor says, in `initializationOptions` or the `reply-lint` settings section. */
export interface EditorSettings {
  /** What the seller knows, merged over each config file's `context`. */
  context?: ReplyContext
}

/** A mistake in a config file or in the editor's settings, reported to the person once. */
export interface ConfigProblem {
  message: string
  /** The config file at fault (absolute path), if it is one; with the place when it is known. */
  file?: string
  line?: number
  column?: number
  /** The dotted option path a linter error names (`rules.no-blame`), to find in a JSON config. */
  field?: string
}

/** How one open document is linted. */
export interface DocumentSetup {
  linter: Linter
  format: Format
  /** The config file that applies, if any. */
  configPath: string | undefined
  /** Ignored by the config's `ignores` or the workspace's `.reply-lintignore`: no diagnostics. */
  ignored: boolean
}

/** Language ids of the editors (VS Code, Neovim, Helix, Zed) for the formats reply-lint reads. */
const LANGUAGE_FORMATS: Readonly<Record<string, Format>> = {
  markdown: 'markdown',
  html: 'html',
  plaintext: 'text',
  text: 'text',
}

/**
 * The format of a document: the config's `format` wins (as on the command line), then what the
 * editor says the language is, then the file name's extension.
 */
export function formatOf(config: LoadedConfig, languageId: string, path: string | undefined): Format {
  return config.options.format ?? LANGUAGE_FORMATS[languageId.toLowerCase()] ?? formatForPath(path ?? '')
}

/** The file system path of a `file:` URI; undefined for `untitled:` and other schemes. */
export function pathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined
  try {
    return fileURLToPath(uri)
  } catch {
    return undefined
  }
}

/**
 * Config files found as the command line finds them (the nearest `reply-lint.config.*` or
 * package.json key above each document, with the CLI's own loader), and the linter each open
 * document gets from its config, the editor's reply context and its format. A config that cannot
 * be used is reported through `report` and the document is linted with the defaults instead.
 */
export class WorkspaceConfigs {
  private loader = new ConfigLoader()
  /** The workspace's `.reply-lintignore`; read on first need, after every reload. */
  private rootIgnores: IgnoreRules | undefined | null = null
  private editor: EditorSettings = {}

  constructor(
    /** The workspace folder: where `.reply-lintignore` is read and where untitled drafts look for a config. */
    private readonly root: string | undefined,
    private readonly report: (problem: ConfigProblem) => void,
  ) {}

  /** Forgets every config read so far: the next lookups read the files again. */
  reload(): void {
    this.loader = new ConfigLoader()
    this.rootIgnores = null
  }

  /**
   * Takes the editor's settings; a context the engine refuses is reported and left out, so the
   * config files' own contexts still apply.
   */
  setEditorSettings(settings: unknown, where: string): void {
    const context = (settings as EditorSettings | null | undefined)?.context
    if (context === undefined || context === null) {
      this.editor = {}
      return
    }
    try {
      createLinter({ context })
      this.editor = { context }
    } catch (error) {
      if (!(error instanceof ReplyLintError)) throw error
      this.report({ message: `${where}: ${error.message}` })
      this.editor = {}
    }
  }

  async setup(uri: string, languageId: string): Promise<DocumentSetup> {
    const path = pathOf(uri)
    const directory = path ? dirname(path) : (this.root ?? process.cwd())
    let config: LoadedConfig = NO_CONFIG
    try {
      config = await this.loader.forDirectory(directory)
    } catch (error) {
      if (!(error instanceof UsageError)) throw error
      this.report({ message: error.message, ...error.location })
    }
    const format = formatOf(config, languageId, path)
    if (this.rootIgnores === null) this.rootIgnores = this.readRootIgnores()
    const ignored =
      path !== undefined &&
      ((config.ignores?.ignores(path) ?? false) || (this.rootIgnores?.ignores(path) ?? false))
    return { linter: this.linterFor(config, format), format, configPath: config.path, ignored }
  }

  private linterFor(config: LoadedConfig, format: Format): Linter {
    const base = config.options
    const context =
      base.context || this.editor.context ? { ...base.context, ...this.editor.context } : undefined
    try {
      return createLinter({ ...base, ...(context ? { context } : {}), format })
    } catch (error) {
      if (!(error instanceof ReplyLintError)) throw error
      this.report({
        message: `${config.path ?? 'reply-lint'}: ${error.message}`,
        ...(config.path ? { file: config.path } : {}),
        ...(error.field ? { field: error.field } : {}),
      })
      return createLinter({ ...(this.editor.context ? { context: this.editor.context } : {}), format })
    }
  }

  private readRootIgnores(): IgnoreRules | undefined {
    if (this.root === undefined) return undefined
    try {
      return IgnoreRules.forWorkingDirectory(this.root, [])
    } catch (error) {
      if (!(error instanceof UsageError)) throw error
      this.report({ message: error.message, file: join(this.root, IGNORE_FILE) })
      return undefined
    }
  }
}
