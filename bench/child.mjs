// A fresh Node process for what the main benchmark process cannot measure on itself: cold import
// time, peak memory and CPU profiles. Plain JavaScript on purpose, so no TypeScript loader is in
// the timings. Called by bench/run.ts:
//
//   node bench/child.mjs import <subject> [draft]
//   node --expose-gc bench/child.mjs memory <subject> <texts.json>
//   node --cpu-prof bench/child.mjs profile <subject> <texts.json> <milliseconds>
//   node --expose-gc bench/child.mjs hostile <preset> <texts.json> <shape> <size>   (bench/hostile-shapes.mjs)
//
// <subject>: recommended | strict (dist/index.js), parse (unified + retext-english), alex, compromise.
// Prints one JSON line.
import { readFileSync } from 'node:fs'

const [mode, subject, arg, arg2] = process.argv.slice(2)
const DIST = new URL('../dist/index.js', import.meta.url).href

async function load(name) {
  if (name === 'recommended' || name === 'strict') {
    const { createLinter } = await import(DIST)
    return () => {
      const linter = createLinter({ preset: name })
      return (text) => linter.lint(text)
    }
  }
  if (name === 'parse') {
    const [{ unified }, { default: retextEnglish }] = await Promise.all([
      import('unified'),
      import('retext-english'),
    ])
    return () => {
      const processor = unified().use(retextEnglish).freeze()
      return (text) => processor.parse(text)
    }
  }
  if (name === 'alex') {
    const { text: alex } = await import('alex')
    return () => (text) => alex(text)
  }
  if (name === 'compromise') {
    const { default: nlp } = await import('compromise')
    return () => (text) => nlp(text).json()
  }
  throw new Error(`unknown subject ${name}`)
}

function print(value) {
  process.stdout.write(`${JSON.stringify(value)}\n`)
}

if (mode === 'import') {
  const start = performance.now()
  const make = await load(subject)
  const imported = performance.now()
  let firstLintMs
  if (arg !== undefined) {
    const run = make()
    const before = performance.now()
    run(arg)
    firstLintMs = performance.now() - before
  }
  // performance.now() counts from process start, so `imported` includes Node's own start-up.
  print({ importMs: imported - start, sinceStartMs: imported, firstLintMs })
} else if (mode === 'memory') {
  const { texts, big } = JSON.parse(readFileSync(arg, 'utf8'))
  global.gc()
  const before = process.memoryUsage()
  const make = await load(subject)
  const run = make()
  global.gc()
  const loaded = process.memoryUsage()
  // One long-lived linter, as a server would keep: its sentence cache counts too.
  let peakHeap = loaded.heapUsed
  const sample = () => {
    const { heapUsed } = process.memoryUsage()
    if (heapUsed > peakHeap) peakHeap = heapUsed
  }
  for (let pass = 0; pass < 3; pass++)
    for (const text of texts) {
      run(text)
      sample()
    }
  const corpusRss = process.resourceUsage().maxRSS * 1024
  run(big)
  sample()
  global.gc()
  const after = process.memoryUsage()
  print({
    rssBefore: before.rss,
    heapAfterImport: loaded.heapUsed - before.heapUsed,
    peakHeapCorpus: peakHeap - before.heapUsed,
    maxRssCorpus: corpusRss,
    maxRss: process.resourceUsage().maxRSS * 1024,
    retainedHeap: after.heapUsed - loaded.heapUsed,
  })
} else if (mode === 'profile') {
  const { texts } = JSON.parse(readFileSync(arg, 'utf8'))
  const make = await load(subject)
  const until = performance.now() + Number(arg2)
  let passes = 0
  while (performance.now() < until) {
    // A fresh linter per pass: one linter would answer the second pass from its sentence cache.
    const run = make()
    for (const text of texts) run(text)
    passes++
  }
  print({ passes })
} else if (mode === 'hostile') {
  // One hostile shape, built and linted once in this fresh process: time, CPU and peak RSS.
  const [shape, size] = [arg2, process.argv[6]]
  const { HOSTILE_SHAPES, MARKDOWN_AT_LIMITS, manyAllowedDomains } = await import('./hostile-shapes.mjs')
  const { texts } = JSON.parse(readFileSync(arg, 'utf8'))
  const corpus = (length) => {
    const parts = []
    let total = 0
    for (let i = 0; total < length; i++) {
      const reply = texts[i % texts.length]
      parts.push(reply)
      total += reply.length + 2
    }
    return parts.join('\n\n').slice(0, length)
  }
  const { createLinter } = await import(DIST)
  let text
  let warmUp
  let options = { preset: subject }
  if (shape === 'allowed domains') {
    const many = manyAllowedDomains()
    text = many.text
    warmUp = text
    options = { ...options, context: { allowedDomains: many.allowedDomains } }
  } else if (Object.hasOwn(MARKDOWN_AT_LIMITS, shape)) {
    text = MARKDOWN_AT_LIMITS[shape]()
    warmUp = text
    options = { ...options, format: 'markdown' }
  } else {
    const { format, make } = HOSTILE_SHAPES[shape]
    text = make(Number(size), corpus)
    warmUp = make(Math.min(Number(size), 128 * 1024), corpus)
    options = { ...options, format }
  }
  // Warm up first, with a linter of its own: real replies, then the same shape (up to 128 KB).
  // Compiling the phrase lists and the JIT's first passes over the code this shape takes are paid
  // once per process, not per megabyte.
  const warm = createLinter(options)
  for (const reply of texts.slice(0, 60)) warm.lint(options.format === 'html' ? `<p>${reply}</p>` : reply)
  try {
    warm.lint(warmUp)
  } catch {}
  const linter = createLinter(options)
  // From a collected heap: the warm-up's garbage is not this lint's to pay for.
  global.gc?.()
  const cpu = process.cpuUsage()
  const start = performance.now()
  let outcome
  try {
    outcome = `${linter.lint(text).diagnostics.length} diagnostics`
  } catch (error) {
    if (error?.name !== 'ReplyLintError') throw error
    outcome = `refused: ${error.code}`
  }
  const ms = performance.now() - start
  const used = process.cpuUsage(cpu)
  print({
    chars: text.length,
    ms,
    cpuMs: (used.user + used.system) / 1000,
    maxRss: process.resourceUsage().maxRSS * 1024,
    outcome,
  })
} else {
  throw new Error(`unknown mode ${mode}`)
}
