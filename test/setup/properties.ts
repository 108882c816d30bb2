// Property tests draw the same cases on every run, so the suite passes or fails the same way on
// every machine. `npm run test:explore` draws fresh ones (PROPERTY_SEED=random) to look for new
// counterexamples; a counterexample it finds becomes an example test.
import fc from 'fast-check'

const seed = process.env.PROPERTY_SEED
if (seed !== 'random') fc.configureGlobal({ seed: Number(seed ?? 20261206) })
