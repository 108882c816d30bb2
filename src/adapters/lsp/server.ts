import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import {
  type CancellationToken,
  type ClientCapabilities,
  type CodeAction,
  CodeActionKind,
  CodeActionTriggerKind,
  type Connection,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  type InitializeResult,
  LSPErrorCodes,
  type Message,
  ResponseError,
  TextDocumentSyncKind,
} from 'vscode-languageserver'
import type { TextDocument } from 'vscode-languageserver-textdocument'
import { fixInPasses } from '../../fix/fix-in-passes.js'
import type { LintResult, ReplyContext } from '../../types.js'
import { CONFIG_FILES } from '../cli/config-file.js'
import { IGNORE_FILE } from '../cli/ignore-rules.js'
import type { ConfigFiles } from './allow-phrase.js'
import { FIX_ALL_KIND, fixAllAction, quickFixes, wants } from './code-actions.js'
import { ConfigProblems } from './config-problems.js'
import { type DocumentSetup, pathOf, WorkspaceConfigs } from './configuration.js'
import { lintFailure, toLspDiagnostic } from './diagnostics.js'
import { OpenDocuments } from './documents.js'
import { hoverAt } from './hover.js'
import { negotiateEncoding, offsetAt, type PositionEncoding } from './positions.js'
import type { EditSupport } from './text-edits.js'

/** The settings section read with `workspace/configuration` (and the VS Code extension's prefix). */
export const SETTINGS_SECTION = 'reply-lint'

/** The files whose change means the config files must be read again. */
const WATCHED = [...CONFIG_FILES, IGNORE_FILE]

/** One open document's linter and its last lint (one incremental linter per document). */
interface DocumentState {
  /** How it is linted, once its config is read. */
  setup: DocumentSetup | undefined
  /** Settles when the latest (re)configuration is done. */
  ready: Promise<DocumentSetup>
  linted: { version: number; outcome: LintOutcome } | undefined
}

type LintOutcome = { result: LintResult } | { failure: unknown }

/** What the transport tells the server, and what it asks of it. */
export interface LanguageServer {
  /** Notes a message as soon as it is read, before it waits its turn to be handled. */
  read(message: Message): void
  /** Whether the editor has asked the server to shut down. */
  shutDown(): boolean
}

/**
 * reply-lint as a language server on `connection`: diagnostics pushed on open and on every change
 * (or pulled, for clients that pull), quick fixes and a fix-all, hover, and the config files found
 * as the command line finds them.
 */
export function startServer(connection: Connection): LanguageServer {
  let encoding: PositionEncoding = 'utf-16'
  let capabilities: ClientCapabilities = {}
  let pulls = false
  let support: EditSupport = { documentChanges: false, createFiles: false }
  let workspaceRoot: string | undefined
  let initContext: ReplyContext | undefined
  let settingsContext: ReplyContext | undefined
  let shuttingDown = false

  const documents = new OpenDocuments(() => encoding)
  const states = new Map<string, DocumentState>()
  const configFiles: ConfigFiles = {
    text(path) {
      const open = documents.byPath(path)
      if (open) return open.getText()
      try {
        return readFileSync(path, 'utf8').replace(/^\uFEFF/, '')
      } catch {
        return undefined
      }
    },
    version: (path) => documents.byPath(path)?.version ?? null,
  }
  const problems = new ConfigProblems(connection, configFiles, () => encoding)
  let configs = new WorkspaceConfigs(undefined, (problem) => problems.report(problem))

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities
    encoding = negotiateEncoding(capabilities.general?.positionEncodings)
    pulls = capabilities.textDocument?.diagnostic !== undefined
    const workspaceEdit = capabilities.workspace?.workspaceEdit
    support = {
      documentChanges: workspaceEdit?.documentChanges === true,
      createFiles: workspaceEdit?.resourceOperations?.includes('create') === true,
    }
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined
    workspaceRoot = folder ? pathOf(folder) : undefined
    configs = new WorkspaceConfigs(workspaceRoot, (problem) => problems.report(problem))
    initContext = contextOf(params.initializationOptions)
    applyEditorContext('initializationOptions')
    return {
      capabilities: {
        positionEncoding: encoding,
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        diagnosticProvider: {
          identifier: 'reply-lint',
          interFileDependencies: false,
          workspaceDiagnostics: false,
        },
      },
      serverInfo: { name: 'reply-lint' },
    }
  })

  connection.onInitialized(async () => {
    try {
      if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration)
        await connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: `**/{${WATCHED.join(',')}}` }],
        })
      if (capabilities.workspace?.configuration) await readSettings()
    } catch (error) {
      // A client that refuses either still gets diagnostics, from the config files alone.
      connection.console.error(`reply-lint: ${(error as Error)?.message ?? error}`)
    }
  })

  connection.onDidChangeConfiguration(async (params) => {
    if (capabilities.workspace?.configuration) await readSettings()
    else {
      settingsContext = contextOf((params.settings as Record<string, unknown> | null)?.[SETTINGS_SECTION])
      await reconfigureAll()
    }
  })

  connection.onDidChangeWatchedFiles(async (params) => {
    if (params.changes.some((change) => (WATCHED as readonly string[]).includes(basename(change.uri))))
      await reconfigureAll()
  })

  connection.onDidOpenTextDocument((params) => {
    documents.open(params.textDocument)
    configure(params.textDocument.uri)
  })

  connection.onDidChangeTextDocument((params) => {
    if (documents.change(params)) publish(params.textDocument.uri)
  })

  connection.onDidCloseTextDocument((params) => {
    const { uri } = params.textDocument
    documents.close(uri)
    states.delete(uri)
    if (!pulls) void connection.sendDiagnostics({ uri, diagnostics: [] })
  })

  connection.languages.diagnostics.on(async (params, token) => {
    const { document, setup } = await opened(params.textDocument.uri, token)
    if (!setup.ignored) await lintForRequest(document, setup, token)
    return { kind: DocumentDiagnosticReportKind.Full, items: diagnosticsOf(document, setup) }
  })

  connection.onCodeAction(async (params, token) => {
    const { document, setup } = await opened(params.textDocument.uri, token)
    if (setup.ignored) return []
    const outcome = await lintForRequest(document, setup, token)
    if ('failure' in outcome) return []
    const only = params.context.only
    const actions: CodeAction[] = quickFixes({
      document,
      setup,
      result: outcome.result,
      range: [
        offsetAt(document, params.range.start, encoding),
        offsetAt(document, params.range.end, encoding),
      ],
      only,
      encoding,
      support,
      workspaceRoot,
      documentPath: pathOf(document.uri),
      configFiles,
    })
    // The fix-all runs the whole fix in passes: only when asked for by kind, or by a person (VS
    // Code asks for the light bulb on every cursor move, as `Automatic`, without `only`).
    const asked = only
      ? wants(only, FIX_ALL_KIND)
      : params.context.triggerKind !== CodeActionTriggerKind.Automatic
    if (asked && outcome.result.diagnostics.some((d) => d.suggestions.length > 0)) {
      const fixed = await fixInTurns(document, setup, outcome.result, token)
      const action = fixAllAction(document, fixed, encoding, support)
      if (action) actions.push(action)
    }
    return actions
  })

  connection.onHover(async (params, token) => {
    const { document, setup } = await opened(params.textDocument.uri, token)
    if (setup.ignored) return null
    const outcome = await lintForRequest(document, setup, token)
    if ('failure' in outcome) return null
    const markdown = capabilities.textDocument?.hover?.contentFormat?.includes('markdown') ?? false
    return hoverAt(
      offsetAt(document, params.position, encoding),
      document,
      setup,
      outcome.result,
      encoding,
      markdown,
    )
  })

  connection.onShutdown(() => {
    shuttingDown = true
  })

  /** (Re)reads the config of one open document, then lints it. */
  function configure(uri: string): Promise<DocumentSetup> {
    const document = documents.require(uri)
    const ready = configs.setup(uri, document.languageId).then((setup) => {
      // Only the latest configuration of a document still open counts.
      if (states.get(uri) === state && state.ready === ready) {
        state.setup = setup
        state.linted = undefined
        publish(uri)
      }
      return state.setup ?? setup
    })
    const state: DocumentState = states.get(uri) ?? { setup: undefined, ready, linted: undefined }
    state.ready = ready
    states.set(uri, state)
    return ready
  }

  async function reconfigureAll(): Promise<void> {
    configs.reload()
    problems.beginReload()
    applyEditorContext(`the ${SETTINGS_SECTION} settings`)
    await Promise.all([...documents.all()].map((document) => configure(document.uri)))
    problems.endReload()
    if (pulls && capabilities.workspace?.diagnostics?.refreshSupport)
      await connection.languages.diagnostics.refresh()
  }

  async function readSettings(): Promise<void> {
    const settings: unknown = await connection.workspace.getConfiguration(SETTINGS_SECTION)
    settingsContext = contextOf(settings)
    await reconfigureAll()
  }

  function applyEditorContext(where: string): void {
    const context = initContext || settingsContext ? { ...initContext, ...settingsContext } : undefined
    configs.setEditorSettings(context === undefined ? undefined : { context }, where)
  }

  /** The document and how it is linted, once its config is read; an error for one never opened. */
  async function opened(
    uri: string,
    token: CancellationToken,
  ): Promise<{ document: TextDocument; setup: DocumentSetup }> {
    documents.require(uri)
    const state = states.get(uri) as DocumentState
    const setup = state.setup ?? (await state.ready)
    throwIfCancelled(token)
    return { document: documents.require(uri), setup }
  }

  /**
   * The lint a request needs. When it has to be made now, the request gives way before and after
   * it, so that a cancel read meanwhile stops the request there (a lint cannot be interrupted; the
   * one made is kept for the next request or push).
   */
  async function lintForRequest(
    document: TextDocument,
    setup: DocumentSetup,
    token: CancellationToken,
  ): Promise<LintOutcome> {
    const { version } = document
    const linted = states.get(document.uri)?.linted
    if (linted?.version === version && states.get(document.uri)?.setup === setup) return linted.outcome
    await checkpoint(token)
    const outcome = lintOf(document, setup)
    await checkpoint(token)
    stillAt(document, version)
    return outcome
  }

  /** The lint of the document's current text: remembered per version, so pushes, pulls and actions share it. */
  function lintOf(document: TextDocument, setup: DocumentSetup): LintOutcome {
    const state = states.get(document.uri)
    if (state?.linted?.version === document.version && state.setup === setup) return state.linted.outcome
    let outcome: LintOutcome
    try {
      outcome = { result: setup.linter.lint(document.getText()) }
    } catch (error) {
      // The engine turns a crashing rule into an internal-error diagnostic; this is a draft it
      // refused as a whole. The server stays up and says why in the editor.
      connection.console.error(
        `reply-lint could not lint ${document.uri}: ${(error as Error)?.stack ?? error}`,
      )
      outcome = { failure: error }
    }
    if (state && state.setup === setup) state.linted = { version: document.version, outcome }
    return outcome
  }

  function diagnosticsOf(document: TextDocument, setup: DocumentSetup) {
    if (setup.ignored) return []
    const outcome = lintOf(document, setup)
    if ('failure' in outcome) return [lintFailure(outcome.failure, document, encoding)]
    return outcome.result.diagnostics.map((diagnostic) => toLspDiagnostic(diagnostic, document, encoding))
  }

  /**
   * Lints and pushes the document's diagnostics, at once: unless a newer change to it has already
   * been read, whose turn comes next (a burst of changes, from fast typing or a paste in parts, is
   * linted once, at its last version, and no push is made for a version the editor has left).
   */
  function publish(uri: string): void {
    const document = documents.get(uri)
    const setup = states.get(uri)?.setup
    if (pulls || shuttingDown || !document || !setup || documents.behind(uri)) return
    void connection.sendDiagnostics({
      uri,
      version: document.version,
      diagnostics: diagnosticsOf(document, setup),
    })
  }

  /** Fix-all in passes, as `--fix` does, giving way to other messages (a cancel) between passes. */
  async function fixInTurns(
    document: TextDocument,
    setup: DocumentSetup,
    first: LintResult,
    token: CancellationToken,
  ): Promise<string> {
    const { version } = document
    await checkpoint(token)
    const lint = (text: string) => setup.linter.lint(text)
    // The passes go through the document's own linter: once the editor applies the fix, the next
    // lint finds the rewritten sentences in its cache.
    let text = document.getText()
    for (const pass of fixInPasses(text, lint, first)) {
      await checkpoint(token)
      text = pass.text
    }
    stillAt(document, version)
    return text
  }

  return {
    read: (message) => documents.read(message),
    shutDown: () => shuttingDown,
  }
}

function contextOf(settings: unknown): ReplyContext | undefined {
  const context = (settings as { context?: unknown } | null | undefined)?.context
  return context === undefined || context === null ? undefined : (context as ReplyContext)
}

/**
 * Gives way to the messages that arrived meanwhile, then stops a request the editor cancelled. Two
 * turns of the event loop: a request may resume in the turn that read its config, and the next
 * turn is the first sure to read stdin again (a `$/cancelRequest` cancels the token as it is read).
 */
async function checkpoint(token: CancellationToken): Promise<void> {
  await new Promise((resolve) => setImmediate(() => setImmediate(resolve)))
  throwIfCancelled(token)
}

/** Ends a request whose document changed while it gave way: its positions are in a text that is gone. */
function stillAt(document: TextDocument, version: number): void {
  if (document.version !== version)
    throw new ResponseError(LSPErrorCodes.ContentModified, 'The document changed while the request waited.')
}

function throwIfCancelled(token: CancellationToken): void {
  if (token.isCancellationRequested)
    throw new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.')
}
