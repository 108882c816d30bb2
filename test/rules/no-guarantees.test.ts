import rule from '../../rules/no-guarantees.js'
import { RuleTester } from '../../src/testing/index.js'

const UPDATE = ", and we'll update you if anything changes"

new RuleTester().run(rule, {
  valid: [
    'It should arrive tomorrow.',
    'It is expected to arrive on Friday, and we will update you if anything changes.',
    "We can't guarantee it will arrive before Saturday.",
    'We cannot and will not guarantee a delivery date.',
    'Tracking shows it will be delivered today.',
    "I'll update you tomorrow.",
    'We will get back to you by Monday.',
    'It will arrive soon.',
    'Please return it by Friday.',
    'Estimated delivery is 3-5 business days.',
    'You wrote "it will definitely arrive today" in your message.',
    'I definitely understand how frustrating this is.',
    'This usually takes about a week, so it will likely arrive next week.',
  ],
  invalid: [
    {
      name: 'the seed guide example becomes its estimate',
      text: "You'll definitely get it today.",
      errors: [
        {
          messageId: 'certain',
          range: [7, 24],
          excerpt: 'definitely get it',
          suggestions: [{ messageId: 'suggestEstimate', output: `It's expected to arrive today${UPDATE}.` }],
        },
      ],
    },
    {
      text: 'Your parcel will arrive on Friday!',
      errors: [
        {
          messageId: 'timed',
          range: [12, 23],
          suggestions: [
            { messageId: 'suggestEstimate', output: `Your parcel should arrive on Friday${UPDATE}!` },
          ],
        },
      ],
    },
    {
      name: 'a pledge at the start is dropped and the rest capitalised',
      text: 'I guarantee that it arrives by Monday.',
      errors: [
        {
          messageId: 'pledge',
          excerpt: 'I guarantee that',
          suggestions: [{ messageId: 'suggestEstimate', output: `It arrives by Monday${UPDATE}.` }],
        },
      ],
    },
    {
      name: 'an existing update promise is not repeated',
      text: 'It will definitely arrive tomorrow and I will update you when it does.',
      errors: [
        {
          messageId: 'certain',
          excerpt: 'definitely arrive',
          suggestions: [
            {
              messageId: 'suggestEstimate',
              output: 'It should arrive tomorrow and I will update you when it does.',
            },
          ],
        },
      ],
    },
    {
      text: 'Guaranteed delivery by the 12th.',
      errors: [
        {
          messageId: 'pledge',
          excerpt: 'Guaranteed delivery',
          suggestions: [{ messageId: 'suggestEstimate' }],
        },
      ],
      output: `Expected delivery by the 12th${UPDATE}.`,
    },
    {
      text: 'Sorry again. It won’t happen again.',
      errors: [
        {
          messageId: 'neverAgain',
          excerpt: 'won’t happen again',
          suggestions: [
            {
              messageId: 'suggestPrevention',
              output: "Sorry again. We're taking steps to stop this happening again.",
            },
          ],
        },
      ],
    },
  ],
})
