import rule from '../../rules/require-structure.js'
import { RuleTester } from '../../src/testing/index.js'

const NEXT = " We'll update you as soon as anything changes."

new RuleTester().run(rule, {
  valid: [
    'Thanks for reaching out. Your order is currently being handled by Kingston Express and is still in transit. Delivery is actively monitored, and we’ll update you if anything changes.',
    'Thanks for your message. I’m confirming delivery details with the courier and will update you shortly.',
    'Your return request is under review. Once the item is inspected, we’ll update you on the next steps.',
    'Sorry to hear the lid arrived cracked. I have logged the damage. Could you send a photo of the box?',
    'Got it. Tracking shows a delivery attempt on Tuesday. Can you check with your neighbours?',
    'I understand. The warehouse has packed the replacement, and I will send the tracking number tomorrow.',
    'Thanks for asking! Yes, it fits the 2019 model. Let me know if you need anything else.',
    {
      name: 'a proactive message needs no acknowledgement',
      text: 'Your order left our workshop this morning. We will update you if anything changes.',
      context: { messageKind: 'proactive' },
    },
    {
      name: 'a short factual answer to a direct question needs no next steps',
      text: 'Thanks for asking! Yes, it fits the 2019 model.',
      context: { customerMessage: 'Does it fit the 2019 model?' },
    },
    { text: '', name: 'an empty draft' },
    { text: 'Hi Tom,', name: 'a bare greeting has nothing to judge' },
  ],
  invalid: [
    {
      text: 'Your parcel left our warehouse on Monday.',
      errors: [
        {
          messageId: 'missingAcknowledgement',
          range: [0, 41],
          suggestions: [
            {
              messageId: 'suggestAcknowledgement',
              output: 'Thanks for your message. Your parcel left our warehouse on Monday.',
            },
          ],
        },
        {
          messageId: 'missingNextSteps',
          range: [0, 41],
          suggestions: [
            { messageId: 'suggestNextSteps', output: `Your parcel left our warehouse on Monday.${NEXT}` },
          ],
        },
      ],
    },
    {
      name: 'the acknowledgement goes after a greeting in the same sentence',
      text: 'Hi Tom, your refund was issued this morning. Let us know if it has not arrived by Friday.',
      errors: [
        {
          messageId: 'missingAcknowledgement',
          excerpt: 'Hi Tom, your refund was issued this morning.',
          suggestions: [
            {
              messageId: 'suggestAcknowledgement',
              output:
                'Hi Tom, thanks for your message. Your refund was issued this morning. Let us know if it has not arrived by Friday.',
            },
          ],
        },
      ],
    },
    {
      name: 'the acknowledgement goes after a greeting line',
      text: 'Hi Jo,\nOk. Your parcel is at the depot. Please check the tracking page.',
      errors: [
        {
          messageId: 'missingAcknowledgement',
          excerpt: 'Your parcel is at the depot.',
          suggestions: [
            {
              messageId: 'suggestAcknowledgement',
              output:
                'Hi Jo,\nOk. Thanks for your message. Your parcel is at the depot. Please check the tracking page.',
            },
          ],
        },
      ],
    },
    {
      text: 'Sorry to hear that! Please send us your order number.',
      errors: [{ messageId: 'missingStatus', excerpt: 'Sorry to hear that!' }],
    },
    {
      name: 'next steps go before the sign-off',
      text: 'Thanks for getting in touch. The part is out of stock until March.\n\nKind regards,\nAnna',
      errors: [
        {
          messageId: 'missingNextSteps',
          excerpt: 'The part is out of stock until March.',
          suggestions: [
            {
              messageId: 'suggestNextSteps',
              output: `Thanks for getting in touch. The part is out of stock until March.${NEXT}\n\nKind regards,\nAnna`,
            },
          ],
        },
      ],
    },
    {
      name: 'without the customer message a short answer still needs next steps',
      text: 'Thanks for asking! Yes, it fits the 2019 model.',
      errors: [
        {
          messageId: 'missingNextSteps',
          excerpt: 'Yes, it fits the 2019 model.',
          suggestions: [{ messageId: 'suggestNextSteps' }],
        },
      ],
    },
    {
      name: 'options change the suggested sentences',
      text: 'The courier collected it yesterday.',
      options: { acknowledgement: 'Thank you for writing.', nextSteps: 'I will check again tomorrow.' },
      errors: [
        {
          messageId: 'missingAcknowledgement',
          excerpt: 'The courier collected it yesterday.',
          suggestions: [
            {
              messageId: 'suggestAcknowledgement',
              output: 'Thank you for writing. The courier collected it yesterday.',
            },
          ],
        },
        {
          messageId: 'missingNextSteps',
          excerpt: 'The courier collected it yesterday.',
          suggestions: [
            {
              messageId: 'suggestNextSteps',
              output: 'The courier collected it yesterday. I will check again tomorrow.',
            },
          ],
        },
      ],
    },
  ],
})
