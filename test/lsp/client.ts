import { type ChildProcess, spawn } from 'node:child_process'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  type ClientCapabilities,
  type CodeActionParams,
  CodeActionRequest,
  createProtocolConnection,
  type Diagnostic,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  type FileEvent,
  InitializedNotification,
  InitializeRequest,
  type InitializeResult,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  type ResponseError,
  ShowMessageNotification,
  type ShowMessageParams,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type TextDocumentContentChangeEvent,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { ROOT } from '../adapters/helpers.js'

export const SERVER = join(ROOT, 'dist', 'language-server.js')

/** What a client that edits like VS Code declares: versioned edits, file creation, Markdown hovers. */
export const EDITOR_CAPABILITIES: ClientCapabilities = {
  workspace: {
    workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
    didChangeWatchedFiles: { dynamicRegistration: true },
  },
  textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } },
}

export interface StartOptions {
  capabilities?: ClientCapabilities
  initializationOptions?: unknown
  /** The workspace folder (a path). */
  root?: string
  /** How to start it: the bin (default) or `reply-lint --lsp`. */
  command?: string[]
  /** Answers `workspace/configuration`. */
  settings?: unknown
}

/**
 * The built language server in a child process, driven over stdio by vscode-jsonrpc (through
 * vscode-languageserver-protocol's typed connection), as an editor drives it.
 */
export class TestClient {
  readonly connection: ProtocolConnection
  readonly messages: ShowMessageParams[] = []
  readonly registrations: unknown[] = []
  /** Every push, in order. */
  readonly pushes: PublishDiagnosticsParams[] = []
  private waiters: Array<{
    test: (params: PublishDiagnosticsParams) => boolean
    resolve: (params: PublishDiagnosticsParams) => void
  }> = []
  readonly exited: Promise<number | null>
  stderr = ''
  settings: unknown

  private constructor(
    readonly child: ChildProcess,
    settings: unknown,
  ) {
    this.settings = settings
    this.connection = createProtocolConnection(
      new StreamMessageReader(child.stdout as NodeJS.ReadableStream),
      new StreamMessageWriter(child.stdin as NodeJS.WritableStream),
    )
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      this.stderr += chunk
    })
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)))
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.pushes.push(params)
      this.waiters = this.waiters.filter((waiter) => {
        if (!waiter.test(params)) return true
        waiter.resolve(params)
        return false
      })
    })
    this.connection.onNotification(ShowMessageNotification.type, (params) => {
      this.messages.push(params)
    })
    this.connection.onRequest('client/registerCapability', (params) => {
      this.registrations.push(params)
      return null
    })
    this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
      params.items.map(() => this.settings ?? null),
    )
    this.connection.onRequest('workspace/diagnostic/refresh', () => null)
    this.connection.listen()
  }

  static async start(
    options: StartOptions = {},
  ): Promise<{ client: TestClient; initialized: InitializeResult }> {
    const child = spawn(process.execPath, options.command ?? [SERVER, '--stdio'], {
      cwd: options.root ?? ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    const client = new TestClient(child, options.settings)
    const initialized = await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: options.root ? uri(options.root) : null,
      workspaceFolders: options.root ? [{ uri: uri(options.root), name: 'workspace' }] : null,
      capabilities: {
        ...options.capabilities,
        workspace: {
          ...options.capabilities?.workspace,
          ...(options.settings === undefined ? {} : { configuration: true }),
        },
      },
      initializationOptions: options.initializationOptions,
    })
    await client.connection.sendNotification(InitializedNotification.type, {})
    return { client, initialized }
  }

  /** The next push for `uri` (after what was received so far) that passes `test`. */
  nextDiagnostics(
    uri: string,
    test: (params: PublishDiagnosticsParams) => boolean = () => true,
  ): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) =>
      this.waiters.push({ test: (params) => params.uri === uri && test(params), resolve }),
    )
  }

  /** Opens a document and waits for its first diagnostics. */
  async open(uri: string, languageId: string, text: string, version = 1): Promise<Diagnostic[]> {
    const pushed = this.nextDiagnostics(uri, (params) => params.version === version)
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version, text },
    })
    return (await pushed).diagnostics
  }

  /** Sends an incremental change and waits for the diagnostics of that version. */
  async change(
    uri: string,
    version: number,
    contentChanges: TextDocumentContentChangeEvent[],
  ): Promise<Diagnostic[]> {
    const pushed = this.nextDiagnostics(uri, (params) => params.version === version)
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges,
    })
    return (await pushed).diagnostics
  }

  codeActions(params: CodeActionParams) {
    return this.connection.sendRequest(CodeActionRequest.type, params)
  }

  async filesChanged(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes })
  }

  /** `shutdown`, then `exit`: the exit code of the server process. */
  async stop(): Promise<number | null> {
    await this.connection.sendRequest(ShutdownRequest.type)
    await this.connection.sendNotification(ExitNotification.type)
    const code = await this.exited
    this.connection.dispose()
    return code
  }

  /** For afterAll: ends the process however it stands. */
  kill(): void {
    if (this.child.exitCode === null) this.child.kill()
  }
}

export const uri = (path: string) => pathToFileURL(path).href

/** Applies a workspace edit to the text of one document, as an editor would. */
export function applyEdit(edit: WorkspaceEdit | undefined, documentUri: string, text: string): string {
  const edits =
    edit?.changes?.[documentUri] ??
    edit?.documentChanges?.flatMap((change) =>
      'textDocument' in change && change.textDocument.uri === documentUri ? change.edits : [],
    )
  if (!edits) throw new Error(`the edit has nothing for ${documentUri}`)
  return TextDocument.applyEdits(TextDocument.create(documentUri, 'text', 0, text), edits as never)
}

/** The error a request was answered with; fails when it succeeded. */
export async function rejection(promise: Promise<unknown>): Promise<ResponseError<unknown>> {
  try {
    await promise
  } catch (error) {
    return error as ResponseError<unknown>
  }
  throw new Error('the request succeeded')
}
