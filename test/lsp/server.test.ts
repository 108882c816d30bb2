import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CancellationTokenSource,
  type CodeAction,
  CodeActionKind,
  CodeActionTriggerKind,
  DiagnosticSeverity,
  DocumentDiagnosticRequest,
  ErrorCodes,
  FileChangeType,
  HoverRequest,
  LSPErrorCodes,
  MessageType,
} from 'vscode-languageserver-protocol/node'
import { fixAll } from '../../src/fix/fix-in-passes.js'
import { createLinter } from '../../src/index.js'
import { ensureBuilt, onlyRules, scratch } from '../adapters/helpers.js'
import { applyEdit, EDITOR_CAPABILITIES, rejection, TestClient, uri } from './client.js'

// The built server (dist/language-server.js) in a child process, driven over stdio as an editor
// drives it. A few servers serve the whole file: starting one costs a Node process and a first lint.
beforeAll(() => ensureBuilt(), 300_000)

const RULES = onlyRules({ 'no-guarantees': 'error', 'no-off-platform': 'warn', 'no-shouting': 'info' })
const CONFIG = `${JSON.stringify({ rules: RULES, context: { fulfillment: 'seller' } }, null, 2)}\n`
const TEXT = "Hi Sam,\nYou'll definitely get it today. Email me at sam@example.com. THANKS SO MUCH!!\n"
const DOCS = 'https://github.com/reply-lint/reply-lint/blob/main/rules/'

const clients: TestClient[] = []
afterAll(() => {
  for (const client of clients) client.kill()
})
async function start(options: Parameters<typeof TestClient.start>[0] = {}) {
  const started = await TestClient.start(options)
  clients.push(started.client)
  return started
}

/** A code action request at one position, for the kinds in `only`. */
function at(documentUri: string, line: number, character: number, only?: string[]) {
  const position = { line, character }
  return {
    textDocument: { uri: documentUri },
    range: { start: position, end: position },
    context: { diagnostics: [], ...(only ? { only } : {}) },
  }
}

describe('a workspace with a config file', { timeout: 60_000 }, () => {
  let root: string
  let client: TestClient

  beforeAll(async () => {
    root = scratch({
      'reply-lint.config.json': CONFIG,
      'other/reply-lint.config.json': '{ "preset": "strict", "rules": { "no-shouting": "off" } }\n',
      'allow/reply.txt': '',
      'reload/reply.txt': '',
      'js/old/reply.txt': '',
    })
    const started = await start({ root, capabilities: EDITOR_CAPABILITIES })
    client = started.client
    expect(started.initialized.capabilities).toEqual({
      positionEncoding: 'utf-16',
      textDocumentSync: { openClose: true, change: 2 },
      codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll.reply-lint'] },
      hoverProvider: true,
      diagnosticProvider: {
        identifier: 'reply-lint',
        interFileDependencies: false,
        workspaceDiagnostics: false,
      },
    })
  })

  it('publishes diagnostics on open: rule id, doc link, severity, source and exact UTF-16 ranges', async () => {
    const diagnostics = await client.open(uri(join(root, 'reply.txt')), 'plaintext', TEXT)
    expect(diagnostics).toEqual([
      {
        range: { start: { line: 1, character: 0 }, end: { line: 1, character: 24 } },
        severity: DiagnosticSeverity.Error,
        code: 'no-guarantees',
        codeDescription: { href: `${DOCS}no-guarantees.md` },
        source: 'reply-lint',
        message: expect.stringContaining('"You\'ll definitely get it" promises an outcome'),
      },
      expect.objectContaining({
        range: { start: { line: 1, character: 32 }, end: { line: 1, character: 40 } },
        severity: DiagnosticSeverity.Warning,
        code: 'no-off-platform',
      }),
      expect.objectContaining({
        range: { start: { line: 1, character: 44 }, end: { line: 1, character: 59 } },
        code: 'no-off-platform',
      }),
      expect.objectContaining({
        range: { start: { line: 1, character: 61 }, end: { line: 1, character: 75 } },
        severity: DiagnosticSeverity.Information,
        code: 'no-shouting',
        codeDescription: { href: `${DOCS}no-shouting.md` },
      }),
      expect.objectContaining({
        range: { start: { line: 1, character: 75 }, end: { line: 1, character: 77 } },
      }),
    ])
  })

  it('counts an emoji as two UTF-16 units and CRLF as one line break', async () => {
    const diagnostics = await client.open(
      uri(join(root, 'emoji.txt')),
      'plaintext',
      "Hi 😀 Sam,\r\nThanks 😀 — you'll definitely get it today.\r\n",
    )
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range])).toEqual([
      ['no-guarantees', { start: { line: 1, character: 12 }, end: { line: 1, character: 36 } }],
    ])
  })

  it('relints on every incremental change, for that version', async () => {
    const documentUri = uri(join(root, 'typing.txt'))
    await client.open(documentUri, 'plaintext', 'Hi Sam,\nThanks for waiting.\n')
    // "Email me." typed in two changes of one message, then a letter deleted.
    let diagnostics = await client.change(documentUri, 2, [
      { range: { start: { line: 1, character: 19 }, end: { line: 1, character: 19 } }, text: ' Email' },
      { range: { start: { line: 1, character: 25 }, end: { line: 1, character: 25 } }, text: ' me.' },
    ])
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range])).toEqual([
      ['no-off-platform', { start: { line: 1, character: 20 }, end: { line: 1, character: 28 } }],
    ])
    diagnostics = await client.change(documentUri, 3, [
      { range: { start: { line: 1, character: 20 }, end: { line: 1, character: 25 } }, text: 'Call' },
    ])
    expect(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.range])).toEqual([
      ['no-off-platform', { start: { line: 1, character: 20 }, end: { line: 1, character: 27 } }],
    ])
    diagnostics = await client.change(documentUri, 4, [{ text: 'Hi Sam,\nThanks for waiting.\n' }])
    expect(diagnostics).toEqual([])
  })

  it('reads Markdown and HTML by language id, and by file extension when the language is unknown', async () => {
    const markdown = "Hi Sam,\n\n```\nYou'll definitely get it today.\n```\n\nYou'll **definitely** get it.\n"
    const asMarkdown = await client.open(uri(join(root, 'draft.md')), 'markdown', markdown)
    expect(asMarkdown.map((diagnostic) => [diagnostic.code, diagnostic.range])).toEqual([
      ['no-guarantees', { start: { line: 6, character: 0 }, end: { line: 6, character: 28 } }],
    ])
    const asText = await client.open(uri(join(root, 'draft-as-text.md')), 'plaintext', markdown)
    // Line 6 as plain text: "**" splits the phrase the lists know, and the learned signal still reads the guarantee.
    expect(asText.map((diagnostic) => diagnostic.range.start.line)).toEqual([3, 6])
    const html = '<p>Email me at <a href="mailto:sam@example.com">sam@example.com</a>.</p>\n'
    const byExtension = await client.open(uri(join(root, 'draft.html')), 'other-language', html)
    expect(byExtension.map((diagnostic) => [diagnostic.code, diagnostic.range])).toEqual([
      ['no-off-platform', { start: { line: 0, character: 3 }, end: { line: 0, character: 11 } }],
      ['no-off-platform', { start: { line: 0, character: 48 }, end: { line: 0, character: 63 } }],
    ])
  })

  it('uses the nearest config file per document', async () => {
    // other/ has the strict preset and no context: require-structure speaks up, as info.
    const diagnostics = await client.open(uri(join(root, 'other', 'reply.txt')), 'plaintext', TEXT)
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('require-structure')
    expect(diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('no-shouting')
  })

  it('offers one quick fix per suggestion, the first preferred; applying it clears the diagnostic', async () => {
    const documentUri = uri(join(root, 'fix.txt'))
    await client.open(documentUri, 'plaintext', TEXT)
    const actions = (await client.codeActions(
      at(documentUri, 1, 5, [CodeActionKind.QuickFix]),
    )) as CodeAction[]
    expect(actions.map((action) => [action.title, action.kind, action.isPreferred])).toEqual([
      ['Phrase it as an estimate.', 'quickfix', true],
      ['Allow this phrase: "You\'ll definitely get it"', 'quickfix', undefined],
    ])
    const [rewrite] = actions
    expect(rewrite?.diagnostics?.map((diagnostic) => diagnostic.code)).toEqual(['no-guarantees'])
    expect(rewrite?.edit).toEqual({
      documentChanges: [
        {
          textDocument: { uri: documentUri, version: 1 },
          edits: [
            {
              range: { start: { line: 1, character: 0 }, end: { line: 1, character: 24 } },
              newText: "It's expected to arrive",
            },
          ],
        },
      ],
    })
    const fixed = applyEdit(rewrite?.edit, documentUri, TEXT)
    expect(fixed.split('\n')[1]).toBe(
      "It's expected to arrive today. Email me at sam@example.com. THANKS SO MUCH!!",
    )
    const after = await client.change(documentUri, 2, [{ text: fixed }])
    expect(after.map((diagnostic) => diagnostic.code)).not.toContain('no-guarantees')
  })

  it('fixes everything in passes, as --fix does, when asked for source.fixAll', async () => {
    const documentUri = uri(join(root, 'fix-all.txt'))
    await client.open(documentUri, 'plaintext', TEXT)
    const actions = (await client.codeActions(
      at(documentUri, 0, 0, [CodeActionKind.SourceFixAll]),
    )) as CodeAction[]
    expect(actions.map((action) => [action.title, action.kind])).toEqual([
      ['Fix all reply-lint problems', 'source.fixAll.reply-lint'],
    ])
    const linter = createLinter({ rules: RULES, context: { fulfillment: 'seller' } })
    const expected = fixAll(TEXT, (text) => linter.lint(text)).text
    expect(expected).not.toBe(TEXT)
    expect(applyEdit(actions[0]?.edit, documentUri, TEXT)).toBe(expected)
    // Quick fixes are not what was asked for.
    expect(actions.some((action) => action.kind === 'quickfix')).toBe(false)
    // Nor is the fix-all worked out for the light bulb on every cursor move.
    const automatic = (await client.codeActions({
      ...at(documentUri, 1, 5),
      context: { diagnostics: [], triggerKind: CodeActionTriggerKind.Automatic },
    })) as CodeAction[]
    expect(automatic.map((action) => action.kind)).toEqual(['quickfix', 'quickfix'])
  })

  it('offers "Disable <rule> for this line" in Markdown, as the directive on the line before', async () => {
    const documentUri = uri(join(root, 'disable.md'))
    const text = "Hi Sam,\n\n  You'll definitely get it today.\n"
    await client.open(documentUri, 'markdown', text)
    const actions = (await client.codeActions(at(documentUri, 2, 4))) as CodeAction[]
    const disable = actions.find((action) => action.title === 'Disable no-guarantees for this line')
    expect(disable?.kind).toBe('quickfix')
    expect(applyEdit(disable?.edit, documentUri, text)).toBe(
      "Hi Sam,\n\n  <!-- reply-lint-disable-next-line no-guarantees -->\n  You'll definitely get it today.\n",
    )
    // Plain text has no comments, so no directive is offered there.
    const plain = (await client.codeActions(at(uri(join(root, 'fix-all.txt')), 1, 5))) as CodeAction[]
    expect(plain.some((action) => action.title.startsWith('Disable'))).toBe(false)
  })

  it('adds an allowed phrase to the config file, keeping its comments', async () => {
    const folder = join(root, 'allow')
    const configPath = join(folder, 'reply-lint.config.jsonc')
    writeFileSync(configPath, '{\n  // Our own service names\n  "rules": { "no-blame": "off" }\n}\n')
    const documentUri = uri(join(folder, 'reply.txt'))
    await client.open(documentUri, 'plaintext', "You'll definitely get it today.\n")
    const actions = (await client.codeActions(at(documentUri, 0, 3))) as CodeAction[]
    const allow = actions.find((action) => action.title.startsWith('Allow this phrase'))
    expect(allow?.title).toBe('Allow this phrase: "You\'ll definitely get it"')
    const config = readFileSync(configPath, 'utf8')
    expect(applyEdit(allow?.edit, uri(configPath), config)).toBe(
      '{\n  // Our own service names\n  "rules": { "no-blame": "off" },\n  "allow": [\n    "You\'ll definitely get it"\n  ]\n}\n',
    )
    // Versioned: the config file is not open, so its version is null.
    expect(allow?.edit?.documentChanges?.[0]).toMatchObject({
      textDocument: { uri: uri(configPath), version: null },
    })
  })

  it('creates a config file to allow a phrase in when there is none, if the editor can create files', async () => {
    const bare = scratch({})
    const documentUri = uri(join(bare, 'drafts', 'reply.txt'))
    const creating = await start({ root: bare, capabilities: EDITOR_CAPABILITIES })
    await creating.client.open(documentUri, 'plaintext', "You'll definitely get it today.\n")
    const actions = (await creating.client.codeActions(at(documentUri, 0, 3))) as CodeAction[]
    const allow = actions.find((action) => action.title.startsWith('Allow this phrase'))
    const configUri = uri(join(bare, 'reply-lint.config.json'))
    expect(allow?.edit).toEqual({
      documentChanges: [
        { kind: 'create', uri: configUri },
        {
          textDocument: { uri: configUri, version: null },
          edits: [
            {
              range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
              newText: '{\n  "allow": [\n    "You\'ll definitely get it"\n  ]\n}\n',
            },
          ],
        },
      ],
    })
    await creating.client.stop()
    // An editor that cannot create files is offered no such action; nor is one whose config is code.
    const plain = await start({ root: bare })
    await plain.client.open(documentUri, 'plaintext', "You'll definitely get it today.\n")
    const offered = (await plain.client.codeActions(at(documentUri, 0, 3))) as CodeAction[]
    expect(offered.map((action) => action.title)).toEqual([
      'Phrase it as an estimate.',
      'Fix all reply-lint problems',
    ])
    await plain.client.stop()
    writeFileSync(join(bare, 'reply-lint.config.mjs'), 'export default { preset: "recommended" }\n')
    const code = await start({ root: bare, capabilities: EDITOR_CAPABILITIES })
    await code.client.open(documentUri, 'plaintext', "You'll definitely get it today.\n")
    const withCode = (await code.client.codeActions(at(documentUri, 0, 3))) as CodeAction[]
    expect(withCode.some((action) => action.title.startsWith('Allow'))).toBe(false)
    await code.client.stop()
  })

  it('shows the rule, the message and the rewrite on hover', async () => {
    const documentUri = uri(join(root, 'hover.txt'))
    await client.open(documentUri, 'plaintext', "You'll definitely get it today.\n")
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: documentUri },
      position: { line: 0, character: 8 },
    })
    expect(hover?.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 0, character: 24 } })
    expect(hover?.contents).toEqual({
      kind: 'markdown',
      value: [
        `**reply-lint** [no-guarantees](${DOCS}no-guarantees.md) (error): Flags certain delivery dates and promised outcomes the seller does not control\\.`,
        '',
        '"You\'ll definitely get it" promises an outcome the courier controls, not you\\. If it slips, the broken promise turns into a dispute; give an estimate instead\\.',
        '',
        'Phrase it as an estimate\\.',
        '',
        "~~You'll definitely get it~~ → It's expected to arrive",
      ].join('\n'),
    })
    const nothing = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: documentUri },
      position: { line: 0, character: 28 },
    })
    expect(nothing).toBeNull()
  })

  it('answers requests about documents it was never sent with an error, and keeps serving', async () => {
    const never = uri(join(root, 'never-opened.txt'))
    const errors = await Promise.all([
      rejection(client.codeActions(at(never, 0, 0))),
      rejection(
        client.connection.sendRequest(HoverRequest.type, {
          textDocument: { uri: never },
          position: { line: 0, character: 0 },
        }),
      ),
      rejection(
        client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: never } }),
      ),
    ])
    for (const error of errors) {
      expect(error.code).toBe(ErrorCodes.InvalidParams)
      expect(error.message).toBe(`reply-lint has no open document ${never}: send textDocument/didOpen first.`)
    }
    expect(await client.open(uri(join(root, 'after-errors.txt')), 'plaintext', 'Email me.\n')).toHaveLength(1)
  })

  it('honours cancellation of a fix-all', async () => {
    const documentUri = uri(join(root, 'long.txt'))
    const long = `${TEXT}\n`.repeat(200)
    await client.open(documentUri, 'plaintext', long)
    const source = new CancellationTokenSource()
    const pending = client.connection.sendRequest(
      'textDocument/codeAction',
      at(documentUri, 0, 0, [CodeActionKind.SourceFixAll]),
      source.token,
    )
    source.cancel()
    const error = await rejection(pending)
    expect(error.code).toBe(LSPErrorCodes.RequestCancelled)
  })

  it('reads the config files again when one changes', async () => {
    const folder = join(root, 'reload')
    const configPath = join(folder, 'reply-lint.config.json')
    writeFileSync(configPath, CONFIG)
    const documentUri = uri(join(folder, 'reply.txt'))
    expect((await client.open(documentUri, 'plaintext', TEXT)).map((d) => d.code)).toContain('no-shouting')
    writeFileSync(configPath, JSON.stringify({ rules: onlyRules({ 'no-shouting': 'warn' }) }))
    const reloaded = client.nextDiagnostics(documentUri)
    await client.filesChanged([{ uri: uri(configPath), type: FileChangeType.Changed }])
    expect((await reloaded).diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['no-shouting', DiagnosticSeverity.Warning],
      ['no-shouting', DiagnosticSeverity.Warning],
    ])
  })

  it('reads a JavaScript config again when it changes, and leaves files its ignores name alone', async () => {
    const folder = join(root, 'js')
    const configPath = join(folder, 'reply-lint.config.mjs')
    const config = (severity: string) =>
      `export default { rules: { 'no-off-platform': '${severity}' }, ignores: ['old/'] }\n`
    writeFileSync(configPath, config('warn'))
    const documentUri = uri(join(folder, 'reply.txt'))
    expect((await client.open(documentUri, 'plaintext', 'Email me.\n')).map((d) => d.severity)).toEqual([
      DiagnosticSeverity.Warning,
    ])
    expect(await client.open(uri(join(folder, 'old', 'reply.txt')), 'plaintext', 'Email me.\n')).toEqual([])
    writeFileSync(configPath, config('error'))
    const reloaded = client.nextDiagnostics(documentUri)
    await client.filesChanged([{ uri: uri(configPath), type: FileChangeType.Changed }])
    expect((await reloaded).diagnostics.map((d) => d.severity)).toEqual([DiagnosticSeverity.Error])
  })

  it('registers to hear about config files changing, and stops with exit code 0 on shutdown and exit', async () => {
    expect(client.registrations).toEqual([
      {
        registrations: [
          {
            id: expect.any(String),
            method: 'workspace/didChangeWatchedFiles',
            registerOptions: {
              watchers: [
                {
                  globPattern:
                    '**/{reply-lint.config.js,reply-lint.config.mjs,reply-lint.config.cjs,reply-lint.config.json,reply-lint.config.jsonc,package.json,.reply-lintignore}',
                },
              ],
            },
          },
        ],
      },
    ])
    expect(client.messages).toEqual([])
    expect(await client.stop()).toBe(0)
  })
})

describe('bad configuration', { timeout: 60_000 }, () => {
  it('is shown once, marked in the config file, and the drafts are linted with the defaults meanwhile', async () => {
    const root = scratch({
      'reply-lint.config.json':
        '{\n  "preset": "strict",\n  "rules": { "no-guarantees": "warn", }\n  "context": {}\n}\n',
    })
    const configUri = uri(join(root, 'reply-lint.config.json'))
    const { client } = await start({ root, capabilities: EDITOR_CAPABILITIES })
    const configDiagnostics = client.nextDiagnostics(configUri)
    const first = await client.open(
      uri(join(root, 'a.txt')),
      'plaintext',
      "You'll definitely get it today.\n",
    )
    const second = await client.open(
      uri(join(root, 'b.txt')),
      'plaintext',
      "You'll definitely get it today.\n",
    )
    // The recommended preset's severity: the config's "warn" did not apply.
    expect(first.map((d) => [d.code, d.severity])).toEqual([['no-guarantees', DiagnosticSeverity.Error]])
    expect(second).toEqual(first)
    expect(client.messages).toEqual([
      {
        type: MessageType.Error,
        message: `reply-lint: ${join(root, 'reply-lint.config.json')}:4:3: not valid JSON: comma expected. Linting with the default settings until it is fixed.`,
      },
    ])
    expect((await configDiagnostics).diagnostics).toEqual([
      {
        range: { start: { line: 3, character: 2 }, end: { line: 3, character: 15 } },
        severity: DiagnosticSeverity.Error,
        code: 'invalid-config',
        source: 'reply-lint',
        message: `${join(root, 'reply-lint.config.json')}:4:3: not valid JSON: comma expected.`,
      },
    ])

    // Mended: the mark goes and the config applies.
    writeFileSync(join(root, 'reply-lint.config.json'), '{ "rules": { "no-guarantees": "warn" } }\n')
    const cleared = client.nextDiagnostics(configUri)
    const relinted = client.nextDiagnostics(uri(join(root, 'a.txt')))
    await client.filesChanged([{ uri: configUri, type: FileChangeType.Changed }])
    expect((await cleared).diagnostics).toEqual([])
    expect((await relinted).diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['no-guarantees', DiagnosticSeverity.Warning],
    ])
    expect(client.messages).toHaveLength(1)
    expect(await client.stop()).toBe(0)
  })

  it('marks the key an unknown rule id is under', async () => {
    const root = scratch({ 'reply-lint.config.json': '{\n  "rules": {\n    "no-guarante": "warn"\n  }\n}\n' })
    const configUri = uri(join(root, 'reply-lint.config.json'))
    const { client } = await start({ root, capabilities: EDITOR_CAPABILITIES })
    const configDiagnostics = client.nextDiagnostics(configUri)
    await client.open(uri(join(root, 'a.txt')), 'plaintext', 'Thanks.\n')
    const [diagnostic] = (await configDiagnostics).diagnostics
    expect(diagnostic?.range).toEqual({ start: { line: 2, character: 4 }, end: { line: 2, character: 17 } })
    expect(diagnostic?.message).toContain('Did you mean "no-guarantees"?')
    await client.stop()
  })

  it('turns a crashing rule into an internal-error diagnostic; the other rules still report', async () => {
    const root = scratch({
      'reply-lint.config.mjs': `export default {
  plugins: [{ id: 'acme/crash', messages: { never: 'never' }, check() { throw new Error('boom') } }],
  rules: { 'acme/crash': 'error' },
}
`,
    })
    const { client } = await start({ root, capabilities: EDITOR_CAPABILITIES })
    const diagnostics = await client.open(
      uri(join(root, 'a.txt')),
      'plaintext',
      "You'll definitely get it today.\n",
    )
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['internal-error', 'Rule "acme/crash" failed, so its results are missing: boom'],
      ['no-guarantees', expect.any(String)],
    ])
    expect(await client.stop()).toBe(0)
  })
})

describe('what the editor says', { timeout: 60_000 }, () => {
  const REFUND = "I'll refund you today.\n"

  it('takes the reply context from initializationOptions, and workspace/configuration over it', async () => {
    const root = scratch({})
    const documentUri = uri(join(root, 'reply.txt'))
    const plain = await start({ root })
    expect((await plain.client.open(documentUri, 'plaintext', REFUND)).map((d) => d.code)).toEqual([
      'no-unreviewed-refund',
    ])
    const approved = await start({ root, initializationOptions: { context: { refund: 'approved' } } })
    expect(await approved.client.open(documentUri, 'plaintext', REFUND)).toEqual([])
    const overridden = await start({
      root,
      initializationOptions: { context: { refund: 'approved' } },
      settings: { context: { refund: 'requested' } },
    })
    // The first lint may come before the settings arrive; wait for the one after.
    await overridden.client.open(documentUri, 'plaintext', REFUND)
    await expect
      .poll(() => overridden.client.pushes.at(-1)?.diagnostics.map((d) => d.code))
      .toEqual(['no-unreviewed-refund'])
    for (const started of [plain, approved, overridden]) await started.client.stop()
  })

  it('asks for the settings again when the editor says they changed', async () => {
    const { client } = await start({ settings: { context: { refund: 'approved' } } })
    const documentUri = 'untitled:settings'
    await client.open(documentUri, 'plaintext', REFUND)
    await expect.poll(() => client.pushes.at(-1)?.diagnostics.map((d) => d.code)).toEqual([])
    client.settings = { context: { refund: 'requested' } }
    const relinted = client.nextDiagnostics(documentUri)
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null })
    expect((await relinted).diagnostics.map((d) => d.code)).toEqual(['no-unreviewed-refund'])
    await client.stop()
  })

  it('reports a context it cannot use once, and lints without it', async () => {
    const { client } = await start({ initializationOptions: { context: { refund: 'maybe' } } })
    expect(await client.open('untitled:Untitled-1', 'plaintext', REFUND)).toHaveLength(1)
    expect(client.messages.map((m) => m.message)).toEqual([
      expect.stringMatching(
        /^reply-lint: initializationOptions: context\.refund .*Linting with the default settings/,
      ),
    ])
    await client.stop()
  })

  it('speaks UTF-8 positions when the client prefers them, in diagnostics and in changes', async () => {
    const { client, initialized } = await start({
      capabilities: { general: { positionEncodings: ['utf-8', 'utf-16'] } },
    })
    expect(initialized.capabilities.positionEncoding).toBe('utf-8')
    const documentUri = 'untitled:utf8'
    const diagnostics = await client.open(
      documentUri,
      'plaintext',
      "Héllo 😀 — you'll definitely get it today.\n",
    )
    // "Héllo 😀 — " is 10 UTF-16 units but 16 UTF-8 bytes.
    expect(diagnostics.map((d) => d.range)).toEqual([
      { start: { line: 0, character: 16 }, end: { line: 0, character: 40 } },
    ])
    // Typed after the emoji, at byte 10: "Thanks" lands after it, not inside its surrogate pair.
    const changed = await client.change(documentUri, 2, [
      { range: { start: { line: 0, character: 10 }, end: { line: 0, character: 10 } }, text: ' thanks' },
    ])
    expect(changed.map((d) => d.range)).toEqual([
      { start: { line: 0, character: 23 }, end: { line: 0, character: 47 } },
    ])
    const hover = await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri: documentUri },
      position: { line: 0, character: 30 },
    })
    expect(hover?.range).toEqual(changed[0]?.range)
    await client.stop()
    const preferring16 = await start({
      capabilities: { general: { positionEncodings: ['utf-16', 'utf-8'] } },
    })
    expect(preferring16.initialized.capabilities.positionEncoding).toBe('utf-16')
    await preferring16.client.stop()
  })

  it('answers pulls instead of pushing to a client that pulls', async () => {
    const { client } = await start({ capabilities: { textDocument: { diagnostic: {} } } })
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: 'untitled:pull', languageId: 'plaintext', version: 1, text: TEXT },
    })
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri: 'untitled:pull' },
    })
    expect(report.kind).toBe('full')
    expect((report as { items: { code: string }[] }).items.map((d) => d.code)).toEqual([
      'no-guarantees',
      'no-off-platform',
      'no-off-platform',
      'no-shouting',
      'no-shouting',
    ])
    expect(client.pushes).toEqual([])
    await client.stop()
  })

  it('runs as reply-lint --lsp', async () => {
    const { client, initialized } = await start({
      command: [join(import.meta.dirname, '..', '..', 'dist', 'cli.js'), '--lsp', '--stdio'],
    })
    expect(initialized.serverInfo).toEqual({ name: 'reply-lint' })
    expect(await client.open('untitled:cli', 'plaintext', 'Email me.\n')).toHaveLength(1)
    expect(await client.stop()).toBe(0)
  })
})
