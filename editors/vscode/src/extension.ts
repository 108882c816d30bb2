/**
 * reply-lint in VS Code: a language client for `reply-lint-language-server`. Everything else
 * (diagnostics, quick fixes, fix-all, hover, config files) is the server's.
 */
import { type ExtensionContext, workspace } from 'vscode'
import { LanguageClient, type ServerOptions, TransportKind } from 'vscode-languageclient/node'
import { serverCommand } from './server-command.js'

let client: LanguageClient | undefined

export async function activate(context: ExtensionContext): Promise<void> {
  const folders = (workspace.workspaceFolders ?? []).map((folder) => folder.uri.fsPath)
  const where = serverCommand(workspace.getConfiguration('reply-lint').get<string>('server.path'), folders)
  const serverOptions: ServerOptions =
    'module' in where
      ? { module: where.module, transport: TransportKind.stdio }
      : { command: where.command, args: ['--stdio'], transport: TransportKind.stdio }
  client = new LanguageClient('reply-lint', 'reply-lint', serverOptions, {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'html' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
    ],
    // The server asks for the `reply-lint` settings itself; this tells it when they change.
    synchronize: { configurationSection: 'reply-lint' },
  })
  context.subscriptions.push(client)
  await client.start()
}

export async function deactivate(): Promise<void> {
  await client?.stop()
}
