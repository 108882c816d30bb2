import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CancellationTokenSource,
  type CodeAction,
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticRequest,
  HoverRequest,
  LSPErrorCodes,
  type ResponseError,
} from 'vscode-languageserver-protocol/node'
import { ensureBuilt, scratch } from '../adapters/helpers.js'
import { EDITOR_CAPABILITIES, rejection, TestClient, uri } from './client.js'

// A request the editor cancels while the server works on it, made deterministic by a plugin rule
// that waits while a gate file exists: the test knows the lint has started (the rule logs it), sends
// the cancel, and only then opens the gate. When the lint ends the cancel is already in the pipe.
beforeAll(() => ensureBuilt(), 300_000)

const GATED_CONFIG = `import { appendFileSync, existsSync } from 'node:fs'
const gate = new URL('./gate', import.meta.url)
const log = new URL('./lints.log', import.meta.url)
const pause = new Int32Array(new SharedArrayBuffer(4))
export default {
  plugins: [{
    id: 'test/gate',
    messages: { never: 'never' },
    check() {
      const held = existsSync(gate)
      appendFileSync(log, held ? 'held\\n' : 'lint\\n')
      while (existsSync(gate)) Atomics.wait(pause, 0, 0, 2)
    },
  }],
  rules: { 'test/gate': 'warn' },
}
`
const TEXT = "Hi Sam,\nYou'll definitely get it today.\n"

const clients: TestClient[] = []
afterAll(() => {
  for (const client of clients) client.kill()
})

/** A workspace whose lints wait while its gate is closed, and a log of every lint the rule saw. */
function gatedWorkspace() {
  const root = scratch({ 'reply-lint.config.mjs': GATED_CONFIG })
  const log = join(root, 'lints.log')
  const lints = () => (existsSync(log) ? readFileSync(log, 'utf8') : '').split('\n').filter(Boolean)
  const heldSoFar = () => lints().filter((line) => line === 'held').length
  let heldBefore = 0
  return {
    root,
    lints,
    close: () => {
      heldBefore = heldSoFar()
      writeFileSync(join(root, 'gate'), '')
    },
    open: () => rmSync(join(root, 'gate')),
    /** Waits until a lint is held at the gate closed last (no deadline of its own: the test's timeout is it). */
    async held(): Promise<void> {
      while (heldSoFar() === heldBefore) await sleep(5)
    },
  }
}

/**
 * Sends `request` through a cancellable token, waits until the server's lint for it is held, then
 * cancels it and opens the gate once the cancel has been written (writes go out in order, so a
 * message written after it means the cancel is in the pipe).
 */
async function cancelWhileLinting<T>(
  client: TestClient,
  workspace: ReturnType<typeof gatedWorkspace>,
  request: (token: CancellationTokenSource['token']) => Promise<T>,
): Promise<ResponseError<unknown>> {
  workspace.close()
  const source = new CancellationTokenSource()
  const pending = rejection(request(source.token))
  await workspace.held()
  source.cancel()
  await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [] })
  workspace.open()
  return pending
}

describe('a request cancelled while the server lints for it', { timeout: 60_000 }, () => {
  let client: TestClient
  let workspace: ReturnType<typeof gatedWorkspace>
  let version = 1
  const documentUri = () => uri(join(workspace.root, 'reply.txt'))

  beforeAll(async () => {
    workspace = gatedWorkspace()
    // A client that pulls diagnostics: nothing is linted until a request asks for it.
    ;({ client } = await TestClient.start({
      root: workspace.root,
      capabilities: {
        ...EDITOR_CAPABILITIES,
        textDocument: { ...EDITOR_CAPABILITIES.textDocument, diagnostic: {} },
      },
    }))
    clients.push(client)
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: documentUri(), languageId: 'plaintext', version, text: TEXT },
    })
  })

  /** A new version of the draft (a space typed at its start, or deleted), so the next request has a lint to make. */
  async function edit(): Promise<void> {
    version++
    const start = { line: 0, character: 0 }
    const end = { line: 0, character: version % 2 }
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri: documentUri(), version },
      contentChanges: [{ range: { start, end }, text: version % 2 ? '' : ' ' }],
    })
  }

  const codeActions = (only: string[], token: CancellationTokenSource['token']) =>
    client.connection.sendRequest(
      'textDocument/codeAction',
      {
        textDocument: { uri: documentUri() },
        range: { start: { line: 1, character: 8 }, end: { line: 1, character: 8 } },
        context: { diagnostics: [], only },
      },
      token,
    ) as Promise<CodeAction[]>

  it('answers a hover with RequestCancelled', async () => {
    await edit()
    const error = await cancelWhileLinting(client, workspace, (token) =>
      client.connection.sendRequest(
        HoverRequest.type,
        { textDocument: { uri: documentUri() }, position: { line: 1, character: 8 } },
        token,
      ),
    )
    expect(error.code).toBe(LSPErrorCodes.RequestCancelled)
    // The lint made is kept: the same request now answers without linting again.
    const lints = workspace.lints().length
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: documentUri() },
      position: { line: 1, character: 8 },
    })
    expect(hover?.contents).toMatchObject({ value: expect.stringContaining('no-guarantees') })
    expect(workspace.lints()).toHaveLength(lints)
  })

  it('answers quick fixes with RequestCancelled', async () => {
    await edit()
    const error = await cancelWhileLinting(client, workspace, (token) =>
      codeActions([CodeActionKind.QuickFix], token),
    )
    expect(error.code).toBe(LSPErrorCodes.RequestCancelled)
  })

  it('answers a fix-all with RequestCancelled before its passes lint anything', async () => {
    // Uncancelled, the same request fixes the draft in a pass that lints it again.
    await edit()
    const before = workspace.lints().length
    const actions = await codeActions(
      [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll],
      new CancellationTokenSource().token,
    )
    expect(actions.map((action) => action.kind)).toContain('source.fixAll.reply-lint')
    expect(workspace.lints().length - before).toBeGreaterThan(1)

    await edit()
    const start = workspace.lints().length
    const error = await cancelWhileLinting(client, workspace, (token) =>
      codeActions([CodeActionKind.QuickFix, CodeActionKind.SourceFixAll], token),
    )
    expect(error.code).toBe(LSPErrorCodes.RequestCancelled)
    expect(workspace.lints().slice(start)).toEqual(['held'])
  })

  it('answers ContentModified when the draft changes while the request waits, for its positions are gone', async () => {
    await edit()
    workspace.close()
    const pending = rejection(
      client.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri: documentUri() },
        position: { line: 1, character: 8 },
      }),
    )
    await workspace.held()
    await edit()
    workspace.open()
    expect((await pending).code).toBe(LSPErrorCodes.ContentModified)
  })

  it('answers a diagnostic pull with RequestCancelled', async () => {
    await edit()
    const error = await cancelWhileLinting(client, workspace, (token) =>
      client.connection.sendRequest(
        DocumentDiagnosticRequest.type,
        { textDocument: { uri: documentUri() } },
        token,
      ),
    )
    expect(error.code).toBe(LSPErrorCodes.RequestCancelled)
  })
})

describe('pushes while the editor types on', { timeout: 60_000 }, () => {
  it('lints a burst of changes read together once, at its last version', async () => {
    const workspace = gatedWorkspace()
    const { client } = await TestClient.start({ root: workspace.root, capabilities: EDITOR_CAPABILITIES })
    clients.push(client)
    const documentUri = uri(join(workspace.root, 'reply.txt'))
    await client.open(documentUri, 'plaintext', TEXT)
    const typed = (version: number, text: string) =>
      client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: documentUri, version },
        contentChanges: [
          { range: { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, text },
        ],
      })

    // Version 2 is being linted when versions 3 and 4 arrive: both are read before either is
    // handled, so 3 is never linted or pushed, and the push after 2 is for 4.
    workspace.close()
    await typed(2, ' t')
    await workspace.held()
    await typed(3, 'h')
    await typed(4, 'e')
    const last = client.nextDiagnostics(documentUri, (params) => params.version === 4)
    workspace.open()
    await last
    expect(client.pushes.filter((push) => push.uri === documentUri).map((push) => push.version)).toEqual([
      1, 2, 4,
    ])
    expect(workspace.lints().slice(-2)).toEqual(['held', 'lint'])
    expect(await client.stop()).toBe(0)
  })
})
