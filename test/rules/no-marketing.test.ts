import rule from '../../rules/no-marketing.js'
import { RuleTester } from '../../src/testing/index.js'

new RuleTester().run(rule, {
  valid: [
    'Your order left our warehouse this morning.',
    'Did you use the code before adding the items to your basket?',
    'Please use the code at checkout.',
    'All promo codes expire after 7 days.',
    'We still offer discounts on eligible pre-orders.',
    'Online ordering is paused tonight for our in-store promotion.',
    'Please follow us and DM your order number.',
    'We do not have a sale on at the moment.',
    "I'll follow up with the courier tomorrow.",
    'You said "check out our other products" was confusing, sorry about that.',
    {
      name: 'the customer asked for a code',
      text: 'Yes! Use code SAVE10 for 10% off your next order.',
      context: { customerMessage: 'Do you have any discount codes?' },
    },
    {
      name: 'the customer asked for alternatives',
      text: 'That one is sold out, but you might also like the teal version.',
      context: { customerMessage: 'Any similar items in stock?' },
    },
    {
      name: 'the customer asked about the sale',
      text: 'The Black Friday sale runs until Monday.',
      context: { customerMessage: 'How long is the Black Friday sale on?' },
    },
  ],
  invalid: [
    {
      text: 'Thanks for your order! Use code SAVE10 for 10% off your next order.',
      errors: [
        {
          messageId: 'couponCode',
          range: [23, 66],
          suggestions: [{ messageId: 'suggestRemove', output: 'Thanks for your order!' }],
        },
      ],
    },
    {
      name: 'a question about discounts does not excuse a newsletter pitch',
      text: 'Yes, the code works on sale items. Also, sign up for our newsletter!',
      context: { customerMessage: 'Does my discount code work on sale items?' },
      errors: [
        {
          messageId: 'newsletter',
          excerpt: 'sign up for our newsletter',
          suggestions: [{ messageId: 'suggestRemove', output: 'Yes, the code works on sale items.' }],
        },
      ],
    },
    {
      text: 'Your parcel is on the way.\nCheck out our other products while you wait!',
      errors: [
        {
          messageId: 'crossSell',
          excerpt: 'Check out our other products',
          suggestions: [{ messageId: 'suggestRemove', output: 'Your parcel is on the way.' }],
        },
      ],
    },
    {
      name: 'the first sentence goes with the space after it',
      text: "Don't miss our summer sale! Your refund has been issued to your card.",
      errors: [
        {
          messageId: 'sale',
          excerpt: 'summer sale',
          suggestions: [{ messageId: 'suggestRemove', output: 'Your refund has been issued to your card.' }],
        },
      ],
    },
    {
      name: 'nothing sound is left, so no rewrite',
      text: 'Follow us on Instagram!',
      errors: [{ messageId: 'follow', range: [0, 9] }],
    },
    {
      text: 'Thanks for asking. Everything is up to 50% off this weekend.',
      errors: [{ messageId: 'sale', excerpt: 'up to 50%', suggestions: [{ messageId: 'suggestRemove' }] }],
    },
    {
      text: 'Your account is active. As a thank you, here is a discount for your next purchase.',
      errors: [
        { messageId: 'coupon', excerpt: 'here is a discount', suggestions: [{ messageId: 'suggestRemove' }] },
      ],
    },
    {
      text: 'If you have a large inventory, consider opening an eBay store.',
      errors: [{ messageId: 'crossSell', excerpt: 'consider opening an eBay store' }],
    },
  ],
})
