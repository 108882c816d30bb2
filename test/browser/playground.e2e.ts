import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { type PreviewServer, preview } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type LintOptions, lint } from '../../src/index.js'

const ROOT = join(import.meta.dirname, '..', '..')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const SCREENSHOTS = join(ROOT, 'test-results')

let server: PreviewServer
let browser: BrowserContext
let profile: string
let page: Page

beforeAll(async () => {
  // The built site (npm run build:playground), as a visitor would get it.
  server = await preview({
    root: join(ROOT, 'playground'),
    configFile: join(ROOT, 'playground', 'vite.config.ts'),
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
    logLevel: 'warn',
  })
  profile = mkdtempSync(join(tmpdir(), 'reply-lint-chromium-'))
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
    viewport: { width: 1200, height: 900 },
  })
  page = browser.pages()[0] ?? (await browser.newPage())
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(server.resolvedUrls?.local[0] ?? '')
  await page.waitForSelector('.cm-content')
  expect(errors).toEqual([])
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (profile) rmSync(profile, { recursive: true, force: true })
})

/** The editor's document: one `.cm-line` per line. */
const editorText = async () => (await page.locator('.cm-content .cm-line').allTextContents()).join('\n')

describe('playground', () => {
  it('lints the sample draft and shows the rewritten reply', async () => {
    await expect.poll(() => page.locator('#summary').textContent()).toMatch(/error/)
    await expect.poll(() => page.locator('#rewritten').textContent()).toMatch(/expected to arrive today/)
    mkdirSync(SCREENSHOTS, { recursive: true })
    await page.screenshot({ path: join(SCREENSHOTS, 'playground.png'), fullPage: true })
  })

  it('flags a typed draft, applies a quick fix, and the diagnostic goes away', async () => {
    await page.locator('.cm-content').click()
    await page.keyboard.press('Control+A')
    await page.keyboard.press('Delete')
    await page.keyboard.type('Thanks for your patience. Message me on WhatsApp and I will sort it out.', {
      delay: 5,
    })
    const fix = page
      .locator('.cm-panel-lint .cm-diagnostic', { hasText: 'no-off-platform' })
      .locator('button', {
        hasText: 'reply here',
      })
    await fix.first().waitFor()
    await page.locator('.cm-lintRange-error').first().waitFor()
    await page.screenshot({ path: join(SCREENSHOTS, 'playground-typed.png'), fullPage: true })

    await fix.first().click()
    await expect
      .poll(editorText)
      // The offer stays: only the channel is taken out.
      .toBe('Thanks for your patience. Reply here and I will sort it out.')
    // The fixed draft is linted again: nothing left to fix.
    await expect.poll(() => page.locator('#summary').textContent()).toBe('Nothing to fix.')
    await expect.poll(() => page.locator('.cm-lintRange-error').count()).toBe(0)
    await expect
      .poll(() => page.locator('.cm-panel-lint .cm-diagnostic', { hasText: 'no-off-platform' }).count())
      .toBe(0)
    await page.screenshot({ path: join(SCREENSHOTS, 'playground-fixed.png'), fullPage: true })
  })

  it('offers no reply to send while a dispute is open, and says to contact support', async () => {
    await page.locator('.cm-content').click()
    await page.keyboard.press('Control+A')
    await page.keyboard.type("Thanks for waiting. You'll definitely get it today.", { delay: 5 })
    await expect
      .poll(() => page.locator('#rewritten').textContent())
      .toBe("Thanks for waiting. It's expected to arrive today.")
    await page.locator('input[name=disputeActive]').check()
    await expect
      .poll(() => page.locator('#rewritten').textContent())
      .toMatch(/^Don't send a reply: contact platform support instead\./)
    await expect.poll(() => page.locator('#rewritten.escalate').count()).toBe(1)
    await page.locator('input[name=disputeActive]').uncheck()
    await expect.poll(() => page.locator('#rewritten.escalate').count()).toBe(0)
  })

  it('relints when the context or the rule set changes, as lint() would', async () => {
    const draft = 'Good news, your order is on its way.'
    await page.locator('.cm-content').click()
    await page.keyboard.press('Control+A')
    await page.keyboard.type(draft, { delay: 5 })
    const steps: Array<[string, string, LintOptions]> = [
      ['preset', 'strict', { preset: 'strict' }],
      ['fulfillment', 'platform', { preset: 'strict', context: { fulfillment: 'platform' } }],
      [
        'messageKind',
        'proactive',
        { preset: 'strict', context: { fulfillment: 'platform', messageKind: 'proactive' } },
      ],
    ]
    for (const [field, value, options] of steps) {
      await page.selectOption(`select[name=${field}]`, value)
      const expected = lint(draft, options)
        .diagnostics.map((diagnostic) => diagnostic.ruleId)
        .sort()
      await expect
        .poll(async () =>
          (await page.locator('.cm-panel-lint .cm-diagnosticSource').allTextContents()).sort(),
        )
        .toEqual(expected)
    }
  })
})
