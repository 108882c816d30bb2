import rule from '../../rules/no-review-manipulation.js'
import { RuleTester } from '../../src/testing/index.js'

const NEUTRAL = "If you have a moment, we'd welcome your honest feedback."

new RuleTester().run(rule, {
  valid: [
    {
      name: 'the customer asked how to fix a rating left by accident: telling them how is an answer',
      text: 'No problem at all! Open the order, tap your rating and choose Edit to change it.',
      context: { customerMessage: 'I left 1 star by accident instead of 5, how do I fix it?' },
    },
    // A survey mentioned with no score asked for, and a review page named with no gate.
    'The platform may send you a short survey about this order.',
    'You can leave feedback from the order page whenever you like.',
    // "Review" as an assessment of the request, beside a refund, is no review for a reward.
    'Your refund request for the lamp is with our returns team for review.',
    "I've passed the case to support and they'll review everything, including any refund.",
    // Gratitude for a change the customer already made.
    "That's very kind of you to update your review, you really didn't have to.",
    'It was good of you to change your rating, thanks.',
    // The customer asked how to change their own review: telling them is an answer.
    {
      text: 'Of course. Open Your Orders, find the coat and tap Edit review to change the stars or the text.',
      context: { customerMessage: "The swap arrived and it's perfect - how do I update my review?" },
    },
    // Cue kinds alone, a thank-you for a change made, a refused incentive, the seller's own review.
    'Thanks for updating your review, that was kind.',
    "We can't offer anything in exchange for reviews, sorry.",
    'Feel free to leave feedback whenever suits.',
    'Our review team will check the photos within two days, then we can offer a refund.',
    'Thanks for your feedback, we will use it to improve the packaging.',
    'Please message us first if anything is wrong with the order.',
    // Near misses: a policy of not asking, the seller's own review of a request, a thank-you.
    'Our policy is never to ask buyers to change a review, so please do not feel any pressure.',
    "No need to wait for the review, I've passed your request on and will update you tomorrow.",
    'Thanks so much for the lovely review, it made our day.',
    NEUTRAL,
    'Please leave a review when you get a chance.',
    'Thanks for your order! We would love your honest feedback.',
    'Thank you for the great review!',
    'Thanks so much for your 5-star rating, it made our day.',
    'Thanks for your feedback, I have passed it on to the team.',
    'I will review your case and update you tomorrow.',
    "I'll update you on the refund tomorrow.",
    'We cannot remove the review, but you can report it to the platform.',
    "We can't change reviews and we wouldn't ask you to.",
    'If you are happy with the replacement, please let us know.',
    'If anything is wrong, please message us and we will put it right.',
    'Your refund has been processed. You can leave feedback from your orders page.',
    'The product has great reviews for durability.',
    'You said "leave a 5-star review and get a refund", but we do not do that.',
    'Please provide your feedback here: <URL>',
    'I have removed the duplicate listing and updated the photos.',
  ],
  invalid: [
    {
      name: 'after thanks for a review already left, the ask just goes: a request for feedback would ask for it again',
      text: 'Thanks for your lovely review on the shop page, it made our day. Could you give us five stars on the app as well?',
      errors: [
        {
          messageId: 'positive',
          excerpt: 'five stars',
          suggestions: [
            {
              messageId: 'suggestRemove',
              output: 'Thanks for your lovely review on the shop page, it made our day.',
            },
          ],
        },
      ],
    },
    {
      name: 'a longer line on what reviews do for the shop goes with the ask',
      text: 'Your basket was packed this morning. Please rate us five stars once it arrives. Good ratings help our small group reach more buyers, and every one makes a real difference to us.',
      errors: [
        {
          messageId: 'positive',
          excerpt: 'rate us five',
          suggestions: [{ messageId: 'suggestRemove', output: 'Your basket was packed this morning.' }],
        },
      ],
    },
    {
      name: "the platform's survey with the top answer asked for",
      text: 'Tradewell will send you a survey. Please choose Excellent for every question.',
      errors: [
        {
          messageId: 'positive',
          excerpt: 'choose Excellent for every',
          suggestions: [
            {
              messageId: 'suggestNeutral',
              output:
                "Tradewell will send you a survey. If you have a moment, we'd welcome your honest feedback.",
            },
          ],
        },
      ],
    },
    {
      name: 'a deadline on the review coming down',
      text: "If that one-star review isn't gone by Friday, I'll report your account.",
      errors: [{ messageId: 'change', excerpt: "that one-star review isn't gone by" }],
    },
    {
      name: 'pressure that goes on in the next sentence goes with the first rewrite; the second offers none',
      text: "Thanks for your order! We'd love a 5 star review if you're happy. If there's something stopping you giving us five, please tell me first.",
      errors: [
        {
          messageId: 'gating',
          excerpt: "love a 5 star review if you're happy",
          suggestions: [
            {
              messageId: 'suggestNeutral',
              output: "Thanks for your order! If you have a moment, we'd welcome your honest feedback.",
            },
          ],
        },
        { messageId: 'gating', excerpt: 'tell me first', suggestions: [] },
      ],
    },
    {
      name: 'the stock request keeps the greeting and thanks the sentence opened with',
      text: 'Hi Mo, thanks so much for the order, a 5 star review would really help us out!',
      errors: [
        {
          messageId: 'positive',
          excerpt: '5 star',
          suggestions: [
            {
              messageId: 'suggestNeutral',
              output:
                "Hi Mo, thanks so much for the order. If you have a moment, we'd welcome your honest feedback.",
            },
          ],
        },
      ],
    },
    {
      name: 'a short sentence still about the review goes with the gating one',
      text: "Thanks for the photos. Please hold off on leaving a review until the new leg arrives. Reviews like that really hurt a small shop. I'll post the leg today.",
      errors: [
        {
          messageId: 'gating',
          excerpt: 'hold off on leaving',
          suggestions: [
            {
              messageId: 'suggestNeutral',
              output:
                "Thanks for the photos. If you have a moment, I'd welcome your honest feedback. I'll post the leg today.",
            },
          ],
        },
      ],
    },
    {
      name: '"kind enough to" asks; it does not thank',
      text: 'Would you be kind enough to update your review?',
      errors: [{ messageId: 'change', excerpt: 'update your review', suggestions: [] }],
    },
    {
      name: 'asking for a review change is pressure when the customer did not ask how',
      text: 'Now that the swap has arrived, could you update your review?',
      context: { customerMessage: 'The swap arrived, thanks.' },
      errors: [{ messageId: 'change', excerpt: 'update your review', suggestions: [] }],
    },
    {
      name: 'built from cues: the top score and an ask',
      text: 'Your mug is glazed and fired. A full row of stars would honestly make our month!',
      errors: [{ messageId: 'positive', excerpt: 'full row of stars would honestly make our month' }],
      output: "Your mug is glazed and fired. If you have a moment, we'd welcome your honest feedback.",
    },
    {
      name: 'before the item has arrived, the ask just goes: feedback now would be on what is not there',
      text: 'Your mug is on its way. A full row of stars would honestly make our month!',
      errors: [{ messageId: 'positive', excerpt: 'full row of stars would honestly make our month' }],
      output: 'Your mug is on its way.',
    },
    {
      name: 'built from cues: a review and a change',
      text: "Any chance you'd reconsider the two-star rating now the lamp works?",
      errors: [{ messageId: 'change', excerpt: 'reconsider the two-star rating', suggestions: [] }],
    },
    {
      name: 'built from cues: a review and a reward',
      text: 'Reviews with a photo get a free mug with the next order.',
      errors: [
        {
          messageId: 'incentive',
          excerpt: 'Reviews with a photo get a free mug',
          suggestions: [{ messageId: 'suggestNeutral' }],
        },
      ],
    },
    {
      name: 'built from cues: a review and a gate',
      text: "If anything's off, I'd rather hear it from you than see it in a review.",
      errors: [
        {
          messageId: 'gating',
          excerpt: 'rather hear it from you than see it in a review',
          suggestions: [{ messageId: 'suggestNeutral' }],
        },
      ],
    },
    {
      text: 'Please rate us Excellent on every question in the survey.',
      errors: [
        {
          messageId: 'positive',
          excerpt: 'rate us Excellent',
          suggestions: [{ messageId: 'suggestNeutral' }],
        },
      ],
    },
    {
      text: "If you can't give us 5 stars, please reply here first and tell us why.",
      errors: [
        { messageId: 'gating', excerpt: 'reply here first', suggestions: [{ messageId: 'suggestNeutral' }] },
      ],
    },
    {
      text: 'Flick us a message here before you review so we can fix it.',
      errors: [
        {
          messageId: 'gating',
          excerpt: 'Flick us a message here before you review',
          suggestions: [{ messageId: 'suggestUngate', output: 'Flick us a message here so we can fix it.' }],
        },
      ],
    },
    {
      // The condition goes alone, and the push beside it just goes: a stock request next to the offer
      // of help that stays would read as a second ask.
      text: "The pads landed Tuesday. If they've gone on alright, a 5-star rating would be a massive help for a little shop like ours. If anything's off, flick us a message here before you leave any feedback so we can have a look first.",
      errors: [
        {
          messageId: 'positive',
          excerpt: '5-star rating',
          suggestions: [
            {
              messageId: 'suggestRemove',
              output:
                "The pads landed Tuesday. If anything's off, flick us a message here before you leave any feedback so we can have a look first.",
            },
          ],
        },
        {
          messageId: 'gating',
          excerpt: 'flick us a message here before you leave',
          suggestions: [
            {
              messageId: 'suggestUngate',
              output:
                "The pads landed Tuesday. If they've gone on alright, a 5-star rating would be a massive help for a little shop like ours. If anything's off, flick us a message here so we can have a look first.",
            },
          ],
        },
      ],
    },
    {
      text: 'If you could see your way to bumping your 3 stars up to a 4, that would mean a lot.',
      errors: [{ messageId: 'change', excerpt: 'bumping your 3 stars up' }],
    },
    {
      text: 'If you do review, could you leave out the bit about the screws?',
      errors: [{ messageId: 'change', excerpt: 'leave out the bit about' }],
    },
    {
      text: 'Anyone who posts a review with a photo goes into our draw for a voucher.',
      errors: [
        {
          messageId: 'incentive',
          excerpt: 'Anyone who posts a review',
          suggestions: [{ messageId: 'suggestNeutral' }],
        },
      ],
    },
    {
      text: 'We rely on 5 star ratings, so anything less than five really hurts us.',
      errors: [{ messageId: 'positive', excerpt: 'rely on 5 star ratings' }],
      output: "If you have a moment, we'd welcome your honest feedback.",
    },
    {
      text: 'Please hold off on leaving feedback until we have tried the reset.',
      errors: [{ messageId: 'gating', excerpt: 'hold off on leaving' }],
      output: "If you have a moment, we'd welcome your honest feedback.",
    },
    {
      text: 'The 2 stars you left, any chance you could bump it up a bit?',
      errors: [{ messageId: 'change', excerpt: 'bump it up' }],
    },
    {
      // About a problem (a delay): no rewrite, as the reply would be left saying nothing.
      text: "I've seen your review about the delay. Would you consider removing it?",
      errors: [{ messageId: 'change', excerpt: 'consider removing it', suggestions: [] }],
    },
    {
      text: 'pls leave 5* if ur happy',
      errors: [{ messageId: 'positive', excerpt: '5*' }],
      output: "If you have a moment, we'd welcome your honest feedback.",
    },
    {
      text: 'Please leave us a 5-star review!',
      errors: [
        {
          messageId: 'positive',
          range: [18, 31],
          suggestions: [
            {
              messageId: 'suggestDropPraise',
              output: 'Please leave us a review!',
            },
          ],
        },
      ],
    },
    {
      text: 'A five star rating would really help us.',
      errors: [
        {
          messageId: 'positive',
          excerpt: 'five star',
          suggestions: [{ messageId: 'suggestNeutral', output: NEUTRAL }],
        },
      ],
    },
    {
      name: 'a positive request next to a neutral one is removed, not rewritten',
      text: 'We would welcome your honest feedback. A glowing review would really help!',
      errors: [
        {
          messageId: 'positive',
          excerpt: 'glowing review',
          suggestions: [{ messageId: 'suggestRemove', output: 'We would welcome your honest feedback.' }],
        },
      ],
    },
    {
      text: 'Leave a review and get 10% off your next order.',
      errors: [
        {
          messageId: 'incentive',
          excerpt: 'Leave a review and get 10% off your next',
          suggestions: [{ messageId: 'suggestNeutral', output: NEUTRAL }],
        },
      ],
    },
    {
      text: 'We will send you a free gift for your honest review.',
      errors: [{ messageId: 'incentive', range: [19, 51], suggestions: [{ messageId: 'suggestNeutral' }] }],
    },
    {
      text: 'Not happy? Please contact us before leaving a review.',
      errors: [
        {
          messageId: 'gating',
          excerpt: 'before leaving a review',
          suggestions: [{ messageId: 'suggestUngate', output: 'Not happy? Please contact us.' }],
        },
      ],
    },
    {
      text: 'Before leaving any feedback, please message us.',
      errors: [
        {
          messageId: 'gating',
          range: [0, 27],
          suggestions: [{ messageId: 'suggestUngate', output: 'Please message us.' }],
        },
      ],
    },
    {
      text: 'If you are happy with your order, please leave a review.',
      errors: [
        {
          messageId: 'gating',
          range: [0, 55],
          suggestions: [{ messageId: 'suggestNeutral', output: NEUTRAL }],
        },
      ],
    },
    {
      text: "Please don't leave negative feedback, just message us.",
      errors: [
        {
          messageId: 'gating',
          excerpt: "don't leave negative feedback",
          suggestions: [],
        },
      ],
    },
    {
      name: 'a change request alone has no safe rewrite',
      text: 'Could you please update your review now that the replacement has arrived?',
      errors: [{ messageId: 'change', excerpt: 'update your review' }],
    },
    {
      text: 'The replacement arrived. Would you consider removing the negative feedback?',
      errors: [
        {
          messageId: 'change',
          excerpt: 'removing the negative feedback',
          suggestions: [],
        },
      ],
    },
    {
      text: 'Please accept the feedback revision request I sent.',
      errors: [{ messageId: 'change', excerpt: 'feedback revision' }],
    },
    {
      text: 'Please leave a review. Also, please rate us!',
      errors: [
        {
          messageId: 'repeated',
          excerpt: 'rate us',
          suggestions: [{ messageId: 'suggestRemove', output: 'Please leave a review.' }],
        },
      ],
    },
  ],
})
