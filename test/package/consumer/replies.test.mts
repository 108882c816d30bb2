import { expect, test } from 'vitest'

test('our templates', () => {
  expect("Thanks for waiting. It's expected to arrive on Friday.").toBeCleanReply()
  expect("You'll definitely get it today.").toViolate('no-guarantees', { context: { fulfillment: 'seller' } })
  expect('Hi.').not.toViolate('no-blame')
  expect({ draft: "You'll definitely get it today." }).toEqual({
    draft: expect.toViolate('no-guarantees', { context: { fulfillment: 'seller' } }),
  })
})
