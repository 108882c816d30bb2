import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseJsonc } from 'jsonc-parser'
import { parse as parseToml } from 'smol-toml'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FIX_ALL_KIND } from '../../src/adapters/lsp/code-actions.js'
import { ensureBuilt, ROOT, scratch } from '../adapters/helpers.js'
import { readmeFile } from '../adapters/readme-examples.js'
import { SERVER, TestClient, uri } from './client.js'

// The README's setup for VS Code, Helix and Zed, checked against what it names: the command the
// package installs, the settings the extension declares, the language server the Zed extension
// registers, and the server taking the context each passes on. (Neovim's runs in neovim.test.ts.)
beforeAll(() => ensureBuilt(), 300_000)

const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
const BIN = 'reply-lint-language-server'
const clients: TestClient[] = []
afterAll(() => {
  for (const client of clients) client.kill()
})

/**
 * Starts the server with these initializationOptions; what it says about a delay notice (which
 * needs no revised date when the platform ships: `fulfillment: 'platform'`), and any message.
 */
async function lintWith(initializationOptions: unknown) {
  const root = scratch({})
  const { client } = await TestClient.start({ root, initializationOptions })
  clients.push(client)
  const diagnostics = await client.open(
    uri(join(root, 'reply.md')),
    'markdown',
    'Sorry, your order is delayed.\n',
  )
  const messages = client.messages
  await client.stop()
  return { codes: diagnostics.map((d) => d.code), messages }
}

describe('editor setup in the README', { timeout: 60_000 }, () => {
  it('names the command the package installs', () => {
    expect(packageJson.bin[BIN]).toBe('./dist/language-server.js')
    expect(SERVER).toBe(join(ROOT, 'dist', 'language-server.js'))
  })

  it('VS Code: settings the extension declares, and the fix-all kind the server offers', () => {
    const settings = parseJsonc(readmeFile('.vscode/settings.json'))
    const declared = JSON.parse(readFileSync(join(ROOT, 'editors', 'vscode', 'package.json'), 'utf8'))
      .contributes.configuration.properties
    expect(Object.keys(settings).filter((key) => key.startsWith('reply-lint.'))).toEqual([
      'reply-lint.context',
    ])
    expect(declared['reply-lint.context'].type).toBe('object')
    expect(settings['editor.codeActionsOnSave']).toEqual({ [FIX_ALL_KIND]: 'explicit' })
  })

  it('Helix: the command, and a config the server takes as its initialization options', async () => {
    const helix = parseToml(readmeFile('languages.toml')) as {
      'language-server': Record<string, { command: string; config: unknown }>
      language: { name: string; 'language-servers': string[] }[]
    }
    const server = helix['language-server']['reply-lint']
    expect(server?.command).toBe(BIN)
    expect(
      helix.language.map((language) => [language.name, language['language-servers'].includes('reply-lint')]),
    ).toEqual([
      ['markdown', true],
      ['html', true],
    ])
    expect(await lintWith(undefined)).toEqual({ codes: ['delay-notice'], messages: [] })
    expect(await lintWith(server?.config)).toEqual({ codes: [], messages: [] })
  })

  it('Zed: the settings name the language server the extension registers, and the server takes them', async () => {
    const zed = parseJsonc(readmeFile('zed-settings.json')) as {
      lsp: Record<string, { initialization_options: unknown }>
    }
    const extension = parseToml(readFileSync(join(ROOT, 'editors', 'zed', 'extension.toml'), 'utf8')) as {
      language_servers: Record<string, { languages: string[] }>
    }
    expect(Object.keys(zed.lsp)).toEqual(Object.keys(extension.language_servers))
    expect(extension.language_servers['reply-lint']?.languages).toEqual(['Markdown', 'HTML', 'Plain Text'])
    const source = readFileSync(join(ROOT, 'editors', 'zed', 'src', 'lib.rs'), 'utf8')
    expect(source).toContain(`const SERVER: &str = "${BIN}";`)
    expect(await lintWith(zed.lsp['reply-lint']?.initialization_options)).toEqual({ codes: [], messages: [] })
  })
})
