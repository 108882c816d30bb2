import { format } from 'node:util'
import { type Connection, createConnection } from 'vscode-languageserver/node'
import { startServer } from './server.js'
import { FramedMessageReader, FramedMessageWriter } from './transport.js'

/**
 * Runs the language server on standard input and output until the editor says `exit` (or closes
 * the pipe). Started by `reply-lint-language-server` and `reply-lint --lsp`; editors may add
 * `--stdio`, which changes nothing.
 */
export function startLanguageServer(): void {
  let server: ReturnType<typeof startServer> | undefined
  const reader = new FramedMessageReader(process.stdin, (message) => server?.read(message))
  const connection = createConnection(reader, new FramedMessageWriter(process.stdout))
  routeConsole(connection)
  // One failed promise (a client that refuses a request, say) is logged; the server stays up.
  process.on('unhandledRejection', (reason) => {
    connection.console.error(`reply-lint: ${(reason as Error)?.stack ?? String(reason)}`)
  })
  server = startServer(connection)
  // An editor that closes the pipe without `exit` has gone: 0 if it said `shutdown` first, as for `exit`.
  const end = () => process.exit(server?.shutDown() ? 0 : 1)
  process.stdin.on('end', end)
  process.stdin.on('close', end)
  connection.listen()
}

/** Standard output is the protocol: what a plugin rule logs goes to the editor's log instead. */
function routeConsole(connection: Connection): void {
  const to =
    (write: (message: string) => void) =>
    (...args: unknown[]) =>
      write(format(...args))
  console.log = to((message) => connection.console.log(message))
  console.info = to((message) => connection.console.info(message))
  console.debug = to((message) => connection.console.log(message))
  console.warn = to((message) => connection.console.warn(message))
  console.error = to((message) => connection.console.error(message))
}
