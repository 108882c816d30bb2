import { mkdtempSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import yauzl from 'yauzl'
import { serverCommand } from '../../editors/vscode/src/server-command.js'
import { EXTENSION, packageExtension } from '../../scripts/package-vscode-extension.js'
import { scratch } from '../adapters/helpers.js'

/** Every file of a zip (a .vsix is one), by name. */
function unzip(path: string): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    const files = new Map<string, Buffer>()
    yauzl.open(path, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error)
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError)
          const chunks: Buffer[] = []
          stream.on('data', (chunk: Buffer) => chunks.push(chunk))
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks))
            zip.readEntry()
          })
        })
      })
      zip.on('end', () => resolve(files))
      zip.on('error', reject)
      zip.readEntry()
    })
  })
}

describe('the VS Code extension (editors/vscode)', () => {
  it('packages with vsce into a .vsix holding the manifest, the README, the licence and one bundled file', async () => {
    const vsix = await packageExtension(mkdtempSync(join(tmpdir(), 'reply-lint-vsix-')))
    expect(vsix).toMatch(/reply-lint-0\.1\.0\.vsix$/)
    const files = await unzip(vsix)
    expect([...files.keys()].sort()).toEqual([
      '[Content_Types].xml',
      'extension.vsixmanifest',
      'extension/LICENSE.txt',
      'extension/dist/extension.js',
      'extension/package.json',
      'extension/readme.md',
    ])
    const manifest = JSON.parse(String(files.get('extension/package.json')))
    expect(manifest).toEqual(JSON.parse(readFileSync(join(EXTENSION, 'package.json'), 'utf8')))
    expect(manifest.main).toBe('./dist/extension.js')
    expect(manifest.activationEvents).toEqual([
      'onLanguage:markdown',
      'onLanguage:html',
      'onLanguage:plaintext',
    ])
    // One file: the language client is inside; only the editor's `vscode` and Node's own modules are required.
    const bundle = String(files.get('extension/dist/extension.js'))
    const required = new Set([...bundle.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1] as string))
    const outside = [...required].filter(
      (name) => name !== 'vscode' && !builtinModules.includes(name.replace(/^node:/, '')),
    )
    expect(outside).toEqual([])
    expect(required).toContain('vscode')
    expect(String(files.get('extension.vsixmanifest'))).toContain(
      '<Identity Language="en-US" Id="reply-lint" Version="0.1.0" Publisher="reply-lint"',
    )
  }, 60_000)
})

describe('where the extension finds the server', () => {
  it('takes the setting, else the package in the workspace, else the command on the PATH', () => {
    const withPackage = scratch({
      'package.json': '{}',
      'node_modules/reply-lint/package.json': '{ "name": "reply-lint" }',
      'node_modules/reply-lint/dist/language-server.js': '',
    })
    const without = scratch({ 'package.json': '{}' })
    expect(serverCommand('/opt/reply-lint-language-server', [withPackage])).toEqual({
      command: '/opt/reply-lint-language-server',
    })
    expect(serverCommand('', [without, withPackage])).toEqual({
      module: join(withPackage, 'node_modules', 'reply-lint', 'dist', 'language-server.js'),
    })
    expect(serverCommand(undefined, [without])).toEqual({ command: 'reply-lint-language-server' })
  })
})
