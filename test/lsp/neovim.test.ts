import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { applyFixes, lint } from '../../src/index.js'
import { ensureBuilt, scratch } from '../adapters/helpers.js'
import { readmeFile } from '../adapters/readme-examples.js'
import { SERVER } from './client.js'

// Neovim, headless, with the README's init.lua, against the built server. CI installs Debian's
// Neovim (.ci/run); without it this file is skipped locally and fails in CI.
const installed = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0
const DRAFT =
  "# Order 1042\n\nHi Zoë 😀, you'll definitely get it today.\n\n```\nEmail me at dev@example.com\n```\n"

/** Neovim 0.7 has no vim.lsp.start: the same, in its own calls, so the README's file runs as it is. */
const SHIM = `if not vim.lsp.start then
  vim.lsp.start = function(config)
    local client = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(0, client)
    return client
  end
end
`

beforeAll(() => ensureBuilt(), 300_000)

describe.skipIf(!installed && !process.env.CI)('Neovim with the README’s init.lua', () => {
  it('shows the diagnostic, applies the preferred fix, and the diagnostic goes', async () => {
    const root = scratch({ 'draft.md': DRAFT, 'init.lua': SHIM + readmeFile('init.lua') })
    // The server on the PATH under the name the README gives it.
    mkdirSync(join(root, 'bin'))
    symlinkSync(SERVER, join(root, 'bin', 'reply-lint-language-server'))
    const report = join(root, 'report.json')
    const result = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
      const nvim = spawn(
        'nvim',
        [
          '--headless',
          '--clean',
          '-u',
          'init.lua',
          'draft.md',
          '-c',
          `luafile ${join(import.meta.dirname, 'neovim-check.lua')}`,
        ],
        {
          cwd: root,
          env: {
            ...process.env,
            PATH: `${join(root, 'bin')}:${process.env.PATH}`,
            REPLY_LINT_REPORT: report,
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      )
      let output = ''
      nvim.stdout.on('data', (chunk) => (output += chunk))
      nvim.stderr.on('data', (chunk) => (output += chunk))
      const timer = setTimeout(() => nvim.kill(), 50_000)
      nvim.on('error', reject)
      nvim.on('close', (code) => {
        clearTimeout(timer)
        resolve({ code, output })
      })
    })
    const seen = JSON.parse(readFileSync(report, 'utf8'))
    expect(seen.checks.filter((check: { ok: boolean }) => !check.ok)).toEqual([])
    expect(result.output).toContain(`${seen.checks.length} passed, 0 failed`)
    expect(result.code).toBe(0)
    // What Neovim showed, checked again here: rule ids, byte ranges, the action, the buffer.
    expect(seen.before).toEqual([{ code: 'no-guarantees', lnum: 2, col: 14, end_lnum: 2, end_col: 38 }])
    expect(seen.action).toBe('Phrase it as an estimate.')
    expect(seen.after).toEqual([])
    const expected = applyFixes(
      DRAFT,
      lint(DRAFT, { format: 'markdown', context: { fulfillment: 'seller' } }).diagnostics,
    )
    expect(`${seen.text}\n`).toBe(expected.text)
  }, 60_000)
})
