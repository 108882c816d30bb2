import rule from '../../rules/no-off-platform.js'
import { RuleTester } from '../../src/testing/index.js'

const REPLY_HERE = "Please reply here and we'll help you in this conversation."

new RuleTester().run(rule, {
  valid: [
    'Please DM us your order number and we will check.',
    'Send us a private message with the details.',
    'Your order number is 114-3941689-8772232.',
    'Tracking number 9400 1000 0000 0000 0000 00 shows it in transit.',
    'Order #0344493078 has shipped.',
    'We are open 09:00-17:30 on weekdays.',
    'It was handed over on 2024-11-18.',
    'The total was $1,249.99.',
    'See e.g. the label on the box, version v1.2.',
    'I saw your comment on Facebook and wanted to follow up here.',
    {
      name: "an address on the customer's quoted line is theirs, not an invitation",
      text: '> Where is it? Email me at jo@example.com\nThanks for waiting, it left today.',
    },
    {
      text: 'Track it at https://track.kingston-express.com/x1',
      context: { allowedDomains: ['kingston-express.com'] },
    },
    { text: 'Track it at https://carrier.example/x1', options: { allowedDomains: ['carrier.example'] } },
    { text: 'Ref 0344 4930 7871 is yours.', context: { order: { id: '0344 4930 7871' } } },
  ],
  invalid: [
    {
      text: 'Email me at sam@example.com.',
      errors: [
        {
          messageId: 'invitation',
          range: [0, 8],
          suggestions: [{ messageId: 'suggestReplyHere', output: REPLY_HERE }],
        },
        {
          messageId: 'email',
          range: [12, 27],
          suggestions: [{ messageId: 'suggestReplyHere', output: REPLY_HERE }],
        },
      ],
    },
    {
      name: 'a phone number written like one, on a later line',
      text: 'Thanks!\nOur line: +44 20 7946 0958',
      errors: [
        {
          messageId: 'phone',
          range: [18, 34],
          line: 2,
          column: 11,
          suggestions: [{ messageId: 'suggestReplyHere', output: `Thanks!\n${REPLY_HERE.slice(0, -1)}` }],
        },
      ],
    },
    {
      name: 'an unformatted number is a phone when a phone word says so',
      text: 'Ring 03444930787 any time.',
      errors: [{ messageId: 'phone', range: [5, 16], suggestions: [{ messageId: 'suggestReplyHere' }] }],
      output: REPLY_HERE,
    },
    {
      text: 'Details: https://t.co/abc123 and www.shop.co.uk/help',
      errors: [
        {
          messageId: 'link',
          excerpt: 'https://t.co/abc123',
          suggestions: [{ messageId: 'suggestReplyHere' }],
        },
        {
          messageId: 'link',
          excerpt: 'www.shop.co.uk/help',
          suggestions: [{ messageId: 'suggestReplyHere' }],
        },
      ],
      output: REPLY_HERE.slice(0, -1),
    },
    {
      name: 'a link found before (its matches are kept by piece) is placed where it now stands',
      text: 'Hi Jo. See https://t.co/abc123 for details.',
      errors: [
        {
          messageId: 'link',
          range: [11, 30],
          excerpt: 'https://t.co/abc123',
          suggestions: [{ messageId: 'suggestReplyHere' }],
        },
      ],
      output: `Hi Jo. ${REPLY_HERE}`,
    },
    {
      text: 'Fill in the form at <URL> please.',
      errors: [
        { messageId: 'linkStandIn', range: [20, 25], suggestions: [{ messageId: 'suggestReplyHere' }] },
      ],
      output: REPLY_HERE,
    },
    {
      text: 'Message us on Telegram for faster help.',
      errors: [
        {
          messageId: 'app',
          excerpt: 'Message us on Telegram',
          suggestions: [{ messageId: 'suggestReplyHere' }],
        },
      ],
      output: REPLY_HERE,
    },
    {
      text: 'You can send the money via Venmo.',
      errors: [
        {
          messageId: 'payment',
          excerpt: 'send the money via Venmo',
          suggestions: [{ messageId: 'suggestReplyHere' }],
        },
      ],
      output: REPLY_HERE,
    },
    {
      text: "What's your email address?",
      errors: [
        {
          messageId: 'contactRequest',
          excerpt: "What's your email address",
          suggestions: [{ messageId: 'suggestReplyHere' }],
        },
      ],
      output: REPLY_HERE,
    },
    {
      name: 'the replacement sentence is an option',
      text: 'Call us today.',
      options: { replacement: 'Please reply in the order messages.' },
      errors: [
        {
          messageId: 'invitation',
          excerpt: 'Call us',
          suggestions: [{ messageId: 'suggestReplyHere', output: 'Please reply in the order messages.' }],
        },
      ],
    },
  ],
})
