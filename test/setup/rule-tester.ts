// Every RuleTester in this suite reports its cases as vitest tests (vitest's globals are off).
import { describe, it } from 'vitest'
import { RuleTester } from '../../src/testing/index.js'

RuleTester.describe = describe
RuleTester.it = it
