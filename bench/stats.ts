/** Small timing and statistics helpers for the benchmark (no dependencies). */

export const now = (): number => performance.now()

export function median(values: readonly number[]): number {
  return percentile(values, 50)
}

/** Nearest-rank percentile (p in 0..100) of unsorted samples. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number
}

/** Runs `fn` until `minMs` have passed and at least `minRuns` times, so the JIT has settled. */
export function warmUp(fn: () => void, minMs = 300, minRuns = 2): void {
  const start = now()
  for (let runs = 0; runs < minRuns || now() - start < minMs; runs++) fn()
}

/** Wall time of each of `runs` calls, in milliseconds. */
export function timeRuns(fn: () => void, runs: number): number[] {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = now()
    fn()
    times.push(now() - start)
  }
  return times
}

/** A seeded pseudo-random generator (mulberry32), so every run edits the same places. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const utf8Bytes = (text: string): number => Buffer.byteLength(text, 'utf8')
