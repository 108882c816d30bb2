export type {
  ExpectedError,
  ExpectedSuggestion,
  InvalidCase,
  RuleTesterConfig,
  RuleTests,
  TestBlock,
  ValidCase,
} from './rule-tester.js'
export { RuleTester, RuleTesterError } from './rule-tester.js'
