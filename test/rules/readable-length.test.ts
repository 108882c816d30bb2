import { describe, expect, it } from 'vitest'
import rule from '../../rules/readable-length.js'
import { createLinter } from '../../src/index.js'
import { RuleTester } from '../../src/testing/index.js'

/** 25 words: exactly at the limit. */
const AT_LIMIT =
  'You can start the return from your order page, print the label, and drop the parcel at any post office within the next two weeks.'
/** The same sentence with one more word. */
const OVER_LIMIT =
  'You can start the return from your order page, print the label, and drop the parcel at any local post office within the next two weeks.'
const LINK =
  'https://www.royalmail.com/track-your-item#/tracking-results/AB123456789GB?utm_source=shop&utm_medium=message'

new RuleTester().run(rule, {
  valid: [
    AT_LIMIT,
    // A URL is one word, however many parts it has: 23 words.
    `You can follow the parcel here: ${LINK} and the page updates every few hours with the latest scan from the courier.`,
    // Numbers, codes and contractions are one word each; "&" and a lone dash are none: 25 words.
    "Call 1-866-216-1072 & quote 3-5 digits - we're open 24/7, so there's always someone to check the order and the tracking for you before it ships.",
    // A link followed by a capital starts a new sentence for the reader.
    `We've listed every affected item in our update here: ${LINK} We have the whole team on this right now and we appreciate you flagging it for the community.`,
    // A smiley or emoji followed by a capital ends a sentence for the reader.
    `Hi there, I'd love to help with the printer and the driver for your laptop today :) ${AT_LIMIT}`,
    `Thanks so much for the lovely photos of the garden bench in its new home 🌸🌸 ${AT_LIMIT}`,
    // Hard-wrapped prose in lower case stays one sentence, and is short enough.
    'Thanks for your patience. The courier confirmed\nthat the parcel was scanned this morning.',
    "I've issued a return authorisation (RMA) for the kettle. Please write the RMA number on the box.",
    'Please write the RMA (return authorisation) number on the box.',
    'The UPS driver has it, the order ID is 40215, and you can DM us any time. OK?',
    'You said the courier called it "an INR case" on the phone.',
    'Check https://example.com/RMA/123 or write to returns@example.com.',
    'The slot {{RMA}} is filled by the template.',
    'Our pods and tats are sold out.',
    // A line quoted from the customer's e-mail is theirs: not counted, not judged.
    `> You wrote: ${OVER_LIMIT}\n\nThanks, the return label is on your order page.`,
    { text: 'Your order is an FBA order.', options: { allowJargon: ['fba'] } },
    { text: 'Thanks for your message. Your parcel left today.', options: { maxReplyWords: 8 } },
  ],
  invalid: [
    {
      name: 'a term inside a template slot is never rewritten; the one in the prose is',
      text: 'Dear [Buyer], your RMA number is [RMA#].',
      errors: [
        {
          messageId: 'jargon',
          excerpt: 'RMA',
          line: 1,
          column: 20,
          suggestions: [
            {
              messageId: 'suggestPlain',
              output: 'Dear [Buyer], your return authorisation number is [RMA#].',
            },
          ],
        },
        { messageId: 'jargon', excerpt: 'RMA', line: 1, column: 35, suggestions: [] },
      ],
    },
    {
      name: '26 words is over the limit',
      text: OVER_LIMIT,
      errors: [{ messageId: 'longSentence', range: [0, OVER_LIMIT.length] }],
    },
    {
      name: 'only the long sentence is reported',
      text: `Thanks for the photos. ${OVER_LIMIT} I'll check back tomorrow.`,
      errors: [{ messageId: 'longSentence', excerpt: OVER_LIMIT }],
    },
    {
      name: 'a link after a full stop starts a new sentence for the reader',
      text: `${OVER_LIMIT} ${LINK} Thanks.`,
      errors: [{ messageId: 'longSentence', excerpt: OVER_LIMIT }],
    },
    {
      name: 'a shorter sentence limit',
      text: 'Thanks for your message. Your parcel was handed to the courier this morning and the tracking number is on your order page.',
      options: { maxSentenceWords: 15 },
      errors: [
        {
          messageId: 'longSentence',
          excerpt:
            'Your parcel was handed to the courier this morning and the tracking number is on your order page.',
        },
      ],
    },
    {
      name: 'a long reply is reported from the first word over the limit',
      text: "Thanks for your message. Your parcel left our warehouse this morning. I'll update you.",
      options: { maxReplyWords: 10 },
      errors: [{ messageId: 'longReply', range: [61, 69], excerpt: 'morning.' }],
    },
    {
      name: '"an RMA" becomes "a return authorisation"',
      text: "I've raised an RMA for the blender.",
      errors: [
        {
          messageId: 'jargon',
          range: [15, 18],
          suggestions: [
            { messageId: 'suggestPlain', output: "I've raised a return authorisation for the blender." },
          ],
        },
      ],
    },
    {
      name: 'plural, sentence start and "an" before a vowel',
      text: 'RMAs expire after 30 days. Please open an INR case if nothing arrives.',
      errors: [
        {
          messageId: 'jargon',
          excerpt: 'RMAs',
          suggestions: [
            {
              messageId: 'suggestPlain',
              output:
                'Return authorisations expire after 30 days. Please open an INR case if nothing arrives.',
            },
          ],
        },
        {
          messageId: 'jargon',
          excerpt: 'INR',
          suggestions: [
            {
              messageId: 'suggestPlain',
              output: 'RMAs expire after 30 days. Please open an item-not-received case if nothing arrives.',
            },
          ],
        },
      ],
    },
    {
      name: 'a claim type standing as a noun keeps its noun in the plain phrase',
      text: "I've opened an INR with the carrier.",
      errors: [
        {
          messageId: 'jargon',
          excerpt: 'INR',
          suggestions: [
            { messageId: 'suggestPlain', output: "I've opened an item-not-received claim with the carrier." },
          ],
        },
      ],
    },
    {
      name: 'a term without a plain phrase is reported without a rewrite',
      text: 'Our SLA is one working day.',
      errors: [{ messageId: 'jargon', excerpt: 'SLA', suggestions: [] }],
    },
    {
      name: 'your own terms and wording',
      text: 'Thanks for the PO. Your parcel is at the Dispatch Hub.',
      options: { jargon: ['PO', 'dispatch hub'], plainWords: { PO: 'purchase order' } },
      errors: [
        {
          messageId: 'jargon',
          excerpt: 'PO',
          suggestions: [
            {
              messageId: 'suggestPlain',
              output: 'Thanks for the purchase order. Your parcel is at the Dispatch Hub.',
            },
          ],
        },
        { messageId: 'jargon', excerpt: 'Dispatch Hub', suggestions: [] },
      ],
    },
    {
      name: 'plainWords replaces a built-in rewrite',
      text: 'Your RMA is attached.',
      options: { plainWords: { RMA: 'returns code' } },
      errors: [
        {
          messageId: 'jargon',
          excerpt: 'RMA',
          suggestions: [{ messageId: 'suggestPlain', output: 'Your returns code is attached.' }],
        },
      ],
    },
  ],
})

describe('readable-length options', () => {
  it('refuses limits that are not whole numbers of at least 1', () => {
    expect(() => createLinter({ rules: { 'readable-length': ['warn', { maxSentenceWords: 0 }] } })).toThrow(
      /maxSentenceWords/,
    )
    expect(() => createLinter({ rules: { 'readable-length': ['warn', { maxReplyWords: 2.5 }] } })).toThrow(
      /maxReplyWords/,
    )
  })

  it('refuses a plain phrase that is not a string', () => {
    expect(() =>
      createLinter({
        rules: { 'readable-length': ['warn', { plainWords: { PO: 3 as unknown as string } }] },
      }),
    ).toThrow(/plainWords\.PO/)
  })
})
