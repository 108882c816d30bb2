import rule from '../../rules/no-shouting.js'
import { RuleTester } from '../../src/testing/index.js'

new RuleTester().run(rule, {
  valid: [
    // An acronym with a letter hyphened on, and a product's name before its model code.
    'A USB-C cable is the oval one. Yours is in the box.',
    'Yes, this stand fits the ASUS ROG STRIX G16 you mentioned.',
    // A date notation is no shouting.
    'Please reply with your date of birth here, DD/MM/YYYY.',
    'Thank you!',
    'Thanks so much, enjoy it!',
    'Your UPS tracking ID is in the FAQ.',
    'We will send the PDF ASAP via DHL.',
    'HI! Your parcel is on its way.',
    'TY - Jo',
    'Order SC12345 (PS5 bundle) shipped.',
    'She wrote "WHERE IS IT?!" in the subject line.',
    'Is it the blue one?',
    'Enjoy 😊',
    'Two emoji are fine 😊👍',
    'New friend ✔ Cozy blankets ✔',
    { text: 'The NIKE AIR MAX is back.', context: { order: { productTitle: 'NIKE AIR MAX 90' } } },
    { text: 'ACME WIDGETS ships today.', options: { allowedCapitals: ['ACME', 'WIDGETS'] } },
    { text: 'Thanks 🎉🎉🎉', options: { minEmoji: 4 } },
  ],
  invalid: [
    {
      name: 'a list item opens with a capital after its marker; a count before the run does not',
      text: 'To send it back:\n1. Pack the jacket\n2. DO NOT remove the tags\n3 SIZES LEFT in the sale too',
      errors: [
        {
          messageId: 'capitals',
          excerpt: 'DO NOT',
          suggestions: [
            {
              messageId: 'suggestSentenceCase',
              output:
                'To send it back:\n1. Pack the jacket\n2. Do not remove the tags\n3 SIZES LEFT in the sale too',
            },
          ],
        },
        {
          messageId: 'capitals',
          excerpt: 'SIZES LEFT',
          suggestions: [
            {
              messageId: 'suggestSentenceCase',
              output:
                'To send it back:\n1. Pack the jacket\n2. DO NOT remove the tags\n3 sizes left in the sale too',
            },
          ],
        },
      ],
    },
    {
      name: "the reader's name after a greeting or a title keeps its capital; 'there' is no name",
      text: 'DEAR MR JONES, THE QUILT IS READY. HELLO THERE, IT SHIPS TODAY.',
      errors: [
        {
          messageId: 'capitals',
          excerpt: 'DEAR MR JONES, THE QUILT IS READY',
          suggestions: [
            {
              messageId: 'suggestSentenceCase',
              output: 'Dear Mr Jones, the quilt is ready. HELLO THERE, IT SHIPS TODAY.',
            },
          ],
        },
        {
          messageId: 'capitals',
          excerpt: 'HELLO THERE, IT SHIPS TODAY',
          suggestions: [
            {
              messageId: 'suggestSentenceCase',
              output: 'DEAR MR JONES, THE QUILT IS READY. Hello there, it ships today.',
            },
          ],
        },
      ],
    },
    {
      name: "a slot's name in capitals is no shouting, and a run beside it is recased without it",
      text: 'Dear [CUSTOMER NAME], PLEASE READ the listing before you order.',
      errors: [
        {
          messageId: 'capitals',
          excerpt: 'PLEASE READ',
          suggestions: [
            {
              messageId: 'suggestSentenceCase',
              output: 'Dear [CUSTOMER NAME], please read the listing before you order.',
            },
          ],
        },
      ],
    },
    {
      name: 'a lone shouted word is lowered with the marks it stands beside',
      text: 'Thank you SO much for the lovely photos!!',
      errors: [
        {
          messageId: 'marks',
          excerpt: '!!',
          suggestions: [
            { messageId: 'suggestSingleMark', output: 'Thank you so much for the lovely photos!' },
          ],
        },
      ],
    },
    {
      text: 'PLEASE READ THE LISTING before ordering.',
      errors: [
        {
          messageId: 'capitals',
          range: [0, 23],
          suggestions: [
            { messageId: 'suggestSentenceCase', output: 'Please read the listing before ordering.' },
          ],
        },
      ],
    },
    {
      name: 'acronyms inside the run keep their capitals',
      text: 'Your UPS parcel is NOT LOST AT UPS.',
      errors: [
        {
          messageId: 'capitals',
          excerpt: 'NOT LOST AT',
          suggestions: [{ messageId: 'suggestSentenceCase', output: 'Your UPS parcel is not lost at UPS.' }],
        },
      ],
    },
    {
      text: "I'M NOT ANGRY.",
      errors: [
        {
          messageId: 'capitals',
          excerpt: "I'M NOT ANGRY",
          suggestions: [{ messageId: 'suggestSentenceCase', output: "I'm not angry." }],
        },
      ],
    },
    {
      text: 'We shipped it yesterday!!!',
      errors: [
        {
          messageId: 'marks',
          range: [23, 26],
          suggestions: [{ messageId: 'suggestSingleMark', output: 'We shipped it yesterday!' }],
        },
      ],
    },
    {
      text: 'Why did you open a case?!',
      errors: [
        {
          messageId: 'marks',
          excerpt: '?!',
          suggestions: [{ messageId: 'suggestSingleMark', output: 'Why did you open a case?' }],
        },
      ],
    },
    {
      name: 'skin tones and spaces stay inside one run',
      text: 'Great 👍🏻 👍🏻 👍🏻',
      errors: [
        {
          messageId: 'emoji',
          excerpt: '👍🏻 👍🏻 👍🏻',
          suggestions: [{ messageId: 'suggestOneEmoji', output: 'Great 👍🏻' }],
        },
      ],
    },
    {
      text: 'Thanks for choosing us 🏀🛒🏈 -Sabi',
      errors: [
        {
          messageId: 'emoji',
          excerpt: '🏀🛒🏈',
          suggestions: [{ messageId: 'suggestOneEmoji', output: 'Thanks for choosing us 🏀 -Sabi' }],
        },
      ],
    },
  ],
})
