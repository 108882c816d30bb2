export type { ExpectedError, ExpectedSuggestion, InvalidCase, RuleTests, ValidCase } from './rule-tester.js'
export { RuleTester } from './rule-tester.js'
