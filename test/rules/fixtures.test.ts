import { rules } from '../../src/index.js'
import { RuleTester } from '../../src/testing/index.js'
import { loadFixtures } from '../helpers/fixtures.js'

// Every built-in rule against its realistic drafts in fixtures/<id>/.
const tester = new RuleTester()
for (const rule of rules) {
  const { valid, invalid } = loadFixtures(rule.id)
  tester.run(rule, { valid, invalid })
}
