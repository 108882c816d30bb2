import { format } from 'node:util'
import { type Connection, createConnection } from 'vscode-languageserver/node'
import { startServer } from './server.js'

/**
 * Runs the language server on standard input and output until the editor says `exit` (or closes
 * the pipe). Started by `reply-lint-language-server` and `reply-lint --lsp`; editors may add
 * `--stdio`, which changes nothing.
 */
export function startLanguageServer(): void {
  const connection = createConnection(process.stdin, process.stdout)
  routeConsole(connection)
  // One failed promise (a client that refuses a request, say) is logged; the server stays up.
  process.on('unhandledRejection', (reason) => {
    connection.console.error(`reply-lint: ${(reason as Error)?.stack ?? String(reason)}`)
  })
  startServer(connection)
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
