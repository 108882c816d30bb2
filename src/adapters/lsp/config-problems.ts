import { findNodeAtLocation, type Node, parseTree } from 'jsonc-parser'
import {
  type Connection,
  DiagnosticSeverity,
  MessageType,
  ShowMessageNotification,
} from 'vscode-languageserver'
import { TextDocument } from 'vscode-languageserver-textdocument'
import type { ConfigFiles } from './allow-phrase.js'
import { uriOf } from './allow-phrase.js'
import type { ConfigProblem } from './configuration.js'
import { SOURCE } from './diagnostics.js'
import { type PositionEncoding, rangeAt } from './positions.js'

/**
 * Bad configuration, told once: a `window/showMessage` error the first time a problem is seen, and
 * a diagnostic on the config file for as long as it lasts. Documents are linted with the defaults
 * meanwhile (see WorkspaceConfigs). After the config files are read again, problems that did not
 * come back are cleared.
 */
export class ConfigProblems {
  /** The problems seen since the last reload, by config file ('' for the editor's settings). */
  private current = new Map<string, string>()
  private previous = new Map<string, string>()

  constructor(
    private readonly connection: Connection,
    private readonly files: ConfigFiles,
    private readonly encoding: () => PositionEncoding,
  ) {}

  report(problem: ConfigProblem): void {
    const key = problem.file ?? ''
    const seen = this.current.get(key) === problem.message || this.previous.get(key) === problem.message
    this.current.set(key, problem.message)
    // A notification (window/showMessage), not the showErrorMessage request: nothing to wait for.
    if (!seen)
      void this.connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Error,
        message: `reply-lint: ${problem.message} Linting with the default settings until it is fixed.`,
      })
    if (problem.file !== undefined) this.publish({ ...problem, file: problem.file })
  }

  /** The config files are about to be read again: what is reported from now on is what holds. */
  beginReload(): void {
    this.previous = this.current
    this.current = new Map()
  }

  /** Clears the diagnostics of config files whose problem is gone. */
  endReload(): void {
    for (const file of this.previous.keys())
      if (file !== '' && !this.current.has(file))
        void this.connection.sendDiagnostics({ uri: uriOf(file), diagnostics: [] })
    this.previous = new Map()
  }

  private publish(problem: ConfigProblem & { file: string }): void {
    const text = this.files.text(problem.file) ?? ''
    const document = TextDocument.create(uriOf(problem.file), 'json', 0, text)
    void this.connection.sendDiagnostics({
      uri: document.uri,
      diagnostics: [
        {
          range: rangeAt(document, placeOf(problem, document), this.encoding()),
          severity: DiagnosticSeverity.Error,
          code: 'invalid-config',
          source: SOURCE,
          message: problem.message,
        },
      ],
    })
  }
}

/**
 * Where to mark a problem in its file: the line and column of a JSON syntax error, the key or
 * value an option error names (`rules.no-guarante` -> that key), else the start of the file.
 */
function placeOf(problem: ConfigProblem, document: TextDocument): [number, number] {
  const text = document.getText()
  if (problem.line !== undefined) {
    const start = document.offsetAt({ line: problem.line - 1, character: (problem.column ?? 1) - 1 })
    const lineEnd = document.offsetAt({ line: problem.line - 1, character: Number.MAX_SAFE_INTEGER })
    return [start, Math.max(start, lineEnd)]
  }
  if (problem.field !== undefined && /\.jsonc?$/.test(problem.file ?? '')) {
    const node = nodeOfField(text, problem.file?.endsWith('package.json') ?? false, problem.field)
    if (node) return [node.offset, node.offset + node.length]
  }
  const firstLineEnd = document.offsetAt({ line: 0, character: Number.MAX_SAFE_INTEGER })
  return [0, firstLineEnd]
}

/** The key of the deepest property on `field`'s path (`rules.no-blame.maxWords`) that the file has. */
function nodeOfField(text: string, inPackageJson: boolean, field: string): Node | undefined {
  const tree = parseTree(text, [], { allowTrailingComma: true })
  if (!tree) return undefined
  const path = [...(inPackageJson ? ['reply-lint'] : []), ...field.split('.')]
  for (let length = path.length; length > (inPackageJson ? 1 : 0); length--) {
    const node = findNodeAtLocation(tree, path.slice(0, length))
    // The value's parent is the property; its first child is the key.
    const key = node?.parent?.type === 'property' ? node.parent.children?.[0] : node
    if (key) return key
  }
  return undefined
}
