import { builtinModules } from 'node:module'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build, type Metafile } from 'esbuild'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..')
const NODE_BUILT_INS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]))

/**
 * Gzipped bytes (gzip -9) of each browser bundle: raise a budget only for a reason, and update the
 * "Bundle size" section of the README with it.
 */
const BUDGETS_KB = {
  /**
   * `reply-lint`: the engine, every built-in rule, Markdown and HTML input. 330: the rules' classes
   * of meaning (actors, failures, remedies, abuse) are phrase data, about 30 KB gzipped. 345: input
   * limits, long texts in parts, inline directives and allowed phrases, and more phrase data
   * (331.6 KB when they met). 355: cue lexicons that read a pitch, a tone, review pressure and a
   * channel from parts, and the classes behind them (349.4 KB when they came in). 360: every
   * rewrite linted again with the whole reply in view, and the guards that keep a rewrite whole.
   * 365: classes of meaning for tone, blame and settlements (reprimands, names used as an address,
   * abuse named and answered, a case called "it"), 362.9 KB when they came in. 460: the learned
   * signals of six rules (rules/lexicons/learned-signals.json, 205 KB raw, about 86 KB gzipped;
   * 449.1 KB when they came in). 470: delay-notice's signal (463.4 KB when it came in). 485: the
   * signals trained on more batches and on the rules' fixtures (266 KB raw; 482.6 KB when they came in).
   * 490: rewrite and detection classes (lists, social proof, openings the seller starts), 484.6 KB
   * when they came in. 500: the signals trained on 20 batches (252 KB raw) and the classes that came
   * with them (threats, hand-overs, notices, model codes), 490.4 KB when they came in. 505: the
   * classes read from batch-30's false alarms and review (signed hand-overs, slot names, a cancel
   * option instead of waiting, review coupons, codes sent to the customer, certainty tags after a
   * time), 501.4 KB when they came in. 510: blame, hostile-tone and next-step classes read from
   * batches 30-35 (damage after the hand-over, futile conduct, ultimatums, tracking pointers),
   * 505.0 KB when they came in. 520: classes mined over every read batch (hand-overs to the
   * platform's people, false-alarm exceptions, acknowledgements), 510.0 KB when they came in. 535:
   * the signals trained on 54 batches (251 KB raw), 527.1 KB when they came in.
   */
  'src/index.ts': 535,
  /**
   * The engine alone (parse, compromise, phrase engine, fixes), without rules or markup formats.
   * 155: compromise behind a dynamic import costs 6 KB of module wrappers over a static one; 165:
   * the spelling tables (contractions, misspellings, masked words) and the sentence splitter.
   */
  'src/core.ts': 165,
  /** `reply-lint/codemirror`, with CodeMirror itself left to the application. 535: as `reply-lint`. */
  'src/adapters/codemirror.ts': 535,
}

interface Measured {
  minified: number
  gzipped: number
  /** Imports left in the bundle (only the ones marked external should remain). */
  imports: string[]
  /** Minified bytes per package (or own folder), largest first. */
  parts: Array<[string, number]>
  inputs: string[]
}

/** Bundles `entry` for the browser as an application would; a Node built-in anywhere fails the build. */
async function bundle(entry: string, external: string[] = []): Promise<Measured> {
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    external,
  })
  const [output] = Object.values(result.metafile.outputs) as Metafile['outputs'][string][]
  const code = result.outputFiles[0]?.contents ?? new Uint8Array()
  const parts = new Map<string, number>()
  for (const [path, input] of Object.entries(output?.inputs ?? {})) {
    const name = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? path.split('/')[0] ?? path
    parts.set(name, (parts.get(name) ?? 0) + input.bytesInOutput)
  }
  return {
    minified: code.length,
    gzipped: gzipSync(code, { level: 9 }).length,
    imports: (output?.imports ?? []).map((item) => item.path),
    parts: [...parts].sort((a, b) => b[1] - a[1]),
    inputs: Object.keys(output?.inputs ?? {}),
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

describe('browser bundle', () => {
  it.each(Object.entries(BUDGETS_KB))(
    '%s bundles for the browser without Node built-ins, within budget',
    async (entry, budget) => {
      const external = entry.includes('codemirror') ? ['@codemirror/*'] : []
      const measured = await bundle(entry, external).catch((error: { errors?: { text: string }[] }) => {
        throw new Error(
          `${entry} does not bundle for the browser:\n${error.errors?.map((e) => e.text).join('\n')}`,
        )
      })
      console.info(
        `${entry}: ${kb(measured.minified)} minified, ${kb(measured.gzipped)} gzipped; largest parts: ${measured.parts
          .slice(0, 5)
          .map(([name, bytes]) => `${name} ${kb(bytes)}`)
          .join(', ')}`,
      )
      expect(measured.imports.filter((path) => NODE_BUILT_INS.has(path))).toEqual([])
      expect(measured.imports.every((path) => path.startsWith('@codemirror/'))).toBe(true)
      expect(measured.gzipped / 1024).toBeLessThanOrEqual(budget)
    },
  )

  it('takes only the tagger of compromise, not its phrase helpers or plugins', async () => {
    const { inputs } = await bundle('src/core.ts')
    const compromise = inputs.filter((path) => path.includes('node_modules/compromise'))
    expect(compromise.length).toBeGreaterThan(0)
    expect(compromise.filter((path) => /\/3-three\/|three\.js$/.test(path))).toEqual([])
    expect(inputs.filter((path) => path.includes('compromise-dates'))).toEqual([])
  })
})
