import rule from '../../rules/no-guarantees.js'
import { RuleTester } from '../../src/testing/index.js'

const UPDATE = ''

new RuleTester().run(rule, {
  valid: [
    // When someone else has not said yet is no date given.
    'Our supplier has not yet confirmed when the stock will arrive, so I cannot give a new date today.',
    // Stock coming in to the seller, and a step timed by it, are no promise of delivery.
    'Stock of the walnut frames lands on the 9th, and your order goes out after that.',
    "The motor is on backorder, and I'll post it the day it lands.",
    // The refund itself promised is no-unreviewed-refund's to report.
    "I'll cancel it for you straight away and you'll get a full refund.",
    // What the writer's team sends is within its control; an oath of exasperation pledges nothing.
    "Our team checks returns within three working days, and you'll see the outcome in this thread.",
    "You'll get the tracking in a separate message this afternoon.",
    'I swear if one more parcel goes missing with them I will switch couriers.',
    'Refunds go through our accounts team; they go through them in order.',
    "No problem at all, I've changed the size to medium.",
    // "Around" hedges a time or a count; a time said with it is an estimate.
    'The driver should be there around 10, so no need to stay in all day.',
    'It will be with you around 3pm.',
    // The carrier vouched for only with a hedge.
    'The driver will probably be there between 9 and 12.',
    'Your bank will reverse it, usually within a few days.',
    "You won't be charged anything until the order ships.",
    'You may be charged import duty when it reaches you.',
    // Effort promised, not the outcome.
    "We've changed how we label the boxes, and we'll do our best to make sure it doesn't happen again.",
    "We'll do everything we can to make sure this never happens again.",
    // Someone else's decision left open, or hedged.
    'The courier will review your claim this week.',
    'Couriers usually pay out on glass, but it is their call.',
    'Your order is confirmed and we are packing it now.',
    // A present arrival after "as soon as" is a time, not a pledge.
    "I'll inspect it as soon as it arrives back and update you here.",
    // A time in a ", which" clause describes something else, not when the pledge comes true.
    'You will get it when it is ready, which is what the 2-3 week making time on the listing means.',
    // Uncertainty said outright is a hedge.
    "I can't say for certain when it'll be delivered, but it was scanned at the Leeds hub this morning.",
    "If it's with you Tuesday, let me know how it looks.",
    'It should be at your door Friday.',
    'Once it lands in Dublin on the 3rd, the courier takes over.',
    'It is due on Friday, all being well.',
    'Delivery is booked for Friday; the courier will confirm the slot the day before.',
    // Near misses of the new classes: hedged, attributed, or within the writer's control.
    'It should be on your doorstep Monday morning, and I will update you if anything changes.',
    'Tracking shows it is out for delivery and usually lands before noon.',
    "I'll message you by 5pm with the tracking number.",
    'Rest assured we are looking into it and will update you tomorrow.',
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
    // A place word needs the parcel as its subject.
    "We're definitely here to help!",
    // Promises about what the writer does or sends are within the writer's control.
    "I'll definitely have a look.",
    "We'll definitely get it sorted today.",
    'You will receive a confirmation email within 24 hours.',
    "You'll get a reply from our team by Monday.",
    "I'm definitely with you on this, and I'll chase the courier today.",
    // Loose certainty and durations only count when the sentence is about an arrival or a refund.
    'For sure! Let me check the options for you.',
    'All promo codes expire after 7 days without fail.',
    'It will take 2 days for us to process your return.',
    'It will take a few days.',
    // A conditional arrival is not a promise.
    'If it arrives tomorrow with any damage, please send a photo.',
    'Once it arrives on Friday, please check the seal.',
    // Hedges, including a predicative "expected".
    'Your parcel is expected to arrive on Friday.',
    'We expect it to reach you by Monday.',
    'Tracking says it will arrive tomorrow.',
    'Please allow 5-7 business days for the refund to appear.',
  ],
  invalid: [
    {
      name: "whoever carries it vouched for, and 'wait around' hedges nothing",
      text: "The driver will definitely be there between 9 and 12, so you won't need to wait around all day.",
      errors: [
        {
          messageId: 'certain',
          excerpt: 'driver will definitely be there',
          suggestions: [
            {
              messageId: 'suggestEstimate',
              output:
                "The driver should be there between 9 and 12, so you shouldn't need to wait around all day.",
            },
          ],
        },
      ],
    },
    {
      name: 'an estimate of a time is never exact',
      text: 'It will be delivered by the rider at exactly 3pm tomorrow.',
      errors: [
        {
          messageId: 'timed',
          excerpt: 'will be delivered',
          suggestions: [
            { messageId: 'suggestEstimate', output: 'It should be delivered by the rider at 3pm tomorrow.' },
          ],
        },
      ],
    },
    {
      name: "the bank's part given a time",
      text: 'I cancelled the duplicate payment, and your bank will reverse it within two hours.',
      errors: [
        {
          messageId: 'timed',
          excerpt: 'your bank will reverse',
          suggestions: [
            {
              messageId: 'suggestEstimate',
              output: 'I cancelled the duplicate payment, and your bank should reverse it within two hours.',
            },
          ],
        },
      ],
    },
    {
      name: 'customs charges ruled out for the customer, and a parcel passing straight through',
      text: "You won't be charged any import duty on the lamp. It will pass straight through.",
      errors: [
        {
          messageId: 'certain',
          excerpt: "You won't be charged any import",
          suggestions: [
            {
              messageId: 'suggestEstimate',
              output: "You shouldn't be charged any import duty on the lamp. It will pass straight through.",
            },
          ],
        },
        {
          messageId: 'certain',
          excerpt: 'It will pass straight through',
          suggestions: [
            {
              messageId: 'suggestEstimate',
              output: "You won't be charged any import duty on the lamp. It should pass straight through.",
            },
          ],
        },
      ],
    },
    {
      name: 'a ", which" clause ends at its comma: the time after it belongs to the promise',
      text: 'The courier has your new flat number, which we checked this morning, and your parcel will be delivered on Monday.',
      errors: [
        {
          messageId: 'timed',
          excerpt: 'will be delivered',
          suggestions: [
            {
              messageId: 'suggestEstimate',
              output:
                'The courier has your new flat number, which we checked this morning, and your parcel should be delivered on Monday.',
            },
          ],
        },
      ],
    },
    {
      name: "someone else's decision promised, and no chance of a delay",
      text: 'The damage claim will be approved, they always cover breakages. There is zero risk of any delay.',
      errors: [
        { messageId: 'certain', excerpt: 'damage claim will be approved' },
        { messageId: 'certain', excerpt: 'they always cover' },
        { messageId: 'certain', excerpt: 'zero risk of any delay' },
      ],
    },
    {
      name: 'the parcel placed with the customer at a named time',
      text: "The courier has it now, so it's on your doorstep Thursday.",
      errors: [{ messageId: 'timed', excerpt: "it's on your doorstep", suggestions: [] }],
    },
    {
      name: 'the customer already using it at a named time',
      text: "Don't worry, you'll be unpacking it on Monday.",
      errors: [
        {
          messageId: 'timed',
          excerpt: "you'll be unpacking it",
          suggestions: [{ messageId: 'suggestEstimate' }],
        },
      ],
    },
    {
      name: 'trouble ruled out',
      text: "Nothing's going to go missing this time.",
      errors: [{ messageId: 'certain', excerpt: "Nothing's going to go missing", suggestions: [] }],
    },
    {
      text: "It won't get held up at customs this time.",
      errors: [
        {
          messageId: 'certain',
          excerpt: "It won't get held up",
          suggestions: [{ messageId: 'suggestEstimate' }],
        },
      ],
    },
    {
      text: 'There will be no further delays with this one.',
      errors: [
        {
          messageId: 'certain',
          excerpt: 'There will be no further delays',
          suggestions: [{ messageId: 'suggestEstimate' }],
        },
      ],
    },
    {
      text: 'The platform will side with you on this one.',
      errors: [
        {
          messageId: 'pledge',
          excerpt: 'The platform will side with you',
          suggestions: [{ messageId: 'suggestEstimate' }],
        },
      ],
    },
    {
      text: 'Arrives Thursday!',
      errors: [{ messageId: 'timed', excerpt: 'Arrives', suggestions: [{ messageId: 'suggestEstimate' }] }],
    },
    {
      text: "It'll be on your doorstep Monday morning.",
      errors: [{ messageId: 'timed', excerpt: "It'll be on your doorstep" }],
      output: `It should be on your doorstep Monday morning${UPDATE}.`,
    },
    {
      text: 'absolutely, itll be there in time for the party, you have my word',
      errors: [
        { messageId: 'timed', excerpt: 'itll be there' },
        { messageId: 'pledge', excerpt: 'you have my word' },
      ],
      output: `It should be there in time for the party${UPDATE}`,
    },
    {
      text: 'royal mail will deliver it tmrw',
      errors: [{ messageId: 'timed', excerpt: 'royal mail will deliver' }],
      output: `royal mail should deliver it tmrw${UPDATE}`,
    },
    {
      text: 'Rest assured, it will arrive before Christmas.',
      errors: [{ messageId: 'pledge', excerpt: 'Rest assured, it will' }],
      output: `It should arrive before Christmas${UPDATE}.`,
    },
    {
      name: 'vouching goes with the certainty, in the clause or as a clause of its own; a sentence that only vouches goes on its own report',
      text: "I'm certain that it will arrive on Monday. It'll be with you by Friday, i swear. It lands Thursday. You have my word on that.",
      errors: [
        {
          messageId: 'timed',
          excerpt: 'will arrive',
          suggestions: [
            {
              messageId: 'suggestEstimate',
              output:
                "It should arrive on Monday. It'll be with you by Friday, i swear. It lands Thursday. You have my word on that.",
            },
          ],
        },
        {
          messageId: 'timed',
          excerpt: "It'll be with you",
          suggestions: [
            {
              messageId: 'suggestEstimate',
              output:
                "I'm certain that it will arrive on Monday. It should be with you by Friday. It lands Thursday. You have my word on that.",
            },
          ],
        },
        // Every report of a sentence offers the one estimate that rewrites all of it.
        {
          messageId: 'pledge',
          excerpt: 'i swear',
          suggestions: [
            {
              messageId: 'suggestEstimate',
              output:
                "I'm certain that it will arrive on Monday. It should be with you by Friday. It lands Thursday. You have my word on that.",
            },
          ],
        },
        {
          messageId: 'timed',
          excerpt: 'It lands',
          suggestions: [
            {
              messageId: 'suggestEstimate',
              output:
                "I'm certain that it will arrive on Monday. It'll be with you by Friday, i swear. It should land Thursday.",
            },
          ],
        },
        {
          messageId: 'pledge',
          excerpt: 'You have my word',
          suggestions: [
            {
              messageId: 'suggestRemove',
              output:
                "I'm certain that it will arrive on Monday. It'll be with you by Friday, i swear. It lands Thursday.",
            },
          ],
        },
      ],
    },
    {
      name: 'near miss: vouching in another clause, about something else, stays',
      text: "I'm sure you'll love it, and it will arrive Monday.",
      errors: [
        {
          messageId: 'timed',
          excerpt: 'will arrive',
          suggestions: [
            { messageId: 'suggestEstimate', output: "I'm sure you'll love it, and it should arrive Monday." },
          ],
        },
      ],
    },
    {
      name: 'the seed guide example becomes its estimate',
      text: "You'll definitely get it today.",
      errors: [
        {
          messageId: 'certain',
          range: [0, 24],
          excerpt: "You'll definitely get it",
          suggestions: [{ messageId: 'suggestEstimate', output: `It's expected to arrive today${UPDATE}.` }],
        },
      ],
    },
    // The update goes before emoji and symbols set apart at the end, not after them.
    ...[
      ["You'll definitely get it today. 🙂", `It's expected to arrive today${UPDATE}. 🙂`],
      ["You'll definitely get it today 👍🏽", `It's expected to arrive today${UPDATE} 👍🏽`],
      ["You'll definitely get it today!!✨✨", `It's expected to arrive today${UPDATE}!!✨✨`],
    ].map(([text, output]) => ({
      text: text as string,
      errors: [
        {
          messageId: 'certain',
          range: [0, 24] as [number, number],
          suggestions: [{ messageId: 'suggestEstimate', output: output as string }],
        },
      ],
    })),
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
          suggestions: [{ messageId: 'suggestEstimate', output: `It should arrive by Monday${UPDATE}.` }],
        },
      ],
    },
    {
      name: 'a pledge tagged on after a comma goes with its comma, and the certain arrival before it is flagged too',
      text: 'It ships today and arrives Friday, I guarantee it.',
      errors: [
        { messageId: 'timed', excerpt: 'and arrives' },
        {
          messageId: 'pledge',
          excerpt: 'I guarantee it',
          suggestions: [{ messageId: 'suggestEstimate', output: 'It ships today and should arrive Friday.' }],
        },
      ],
      output: `It ships today and should arrive Friday${UPDATE}.`,
    },
    {
      name: 'a tagged-on promise with its objects goes whole',
      text: 'Your refund is on its way, I promise you that.',
      errors: [
        {
          messageId: 'pledge',
          excerpt: 'I promise you',
          suggestions: [{ messageId: 'suggestEstimate', output: `Your refund is on its way${UPDATE}.` }],
        },
      ],
    },
    {
      name: 'a sentence that is only a pledge goes: no update promise is made up in its place',
      text: 'Thanks for waiting. I guarantee it.',
      errors: [
        {
          messageId: 'pledge',
          range: [20, 34],
          suggestions: [{ messageId: 'suggestRemove', output: 'Thanks for waiting.' }],
        },
      ],
    },
    {
      name: 'no estimate beside a pledge the rewrite cannot reach: "should" with "I swear" still promises',
      text: 'I swear to you, the replacement will be there before your flight on Saturday.',
      errors: [
        { messageId: 'pledge', excerpt: 'I swear', suggestions: [] },
        { messageId: 'timed', excerpt: 'will be there', suggestions: [] },
      ],
    },
    {
      name: "no estimate beside a courier's promise passed on",
      text: "The courier has promised me it'll be there first thing tomorrow.",
      errors: [{ messageId: 'timed', excerpt: "it'll be there", suggestions: [] }],
    },
    {
      name: 'a quotation in the sentence stays as written',
      text: 'The listing says "guaranteed by Friday" and it will arrive by Friday.',
      errors: [
        {
          messageId: 'timed',
          excerpt: 'will arrive',
          suggestions: [
            {
              messageId: 'suggestEstimate',
              output: 'The listing says "guaranteed by Friday" and it should arrive by Friday.',
            },
          ],
        },
      ],
    },
    {
      name: 'the article agrees with the swapped word',
      text: 'You have a guaranteed delivery slot on Monday.',
      errors: [
        {
          messageId: 'pledge',
          excerpt: 'a guaranteed',
          suggestions: [
            { messageId: 'suggestEstimate', output: 'You have an expected delivery slot on Monday.' },
          ],
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
      name: 'a duration for a refund to clear',
      text: 'It will take 3-7 business days for the refund to clear.',
      errors: [
        {
          messageId: 'timed',
          range: [0, 12],
          suggestions: [
            {
              messageId: 'suggestEstimate',
              output: `It should take 3-7 business days for the refund to clear${UPDATE}.`,
            },
          ],
        },
      ],
    },
    {
      name: 'an attributive "estimated delivery date" is not a hedge',
      text: 'You will receive your package within 10 days after the estimated delivery date.',
      errors: [
        {
          messageId: 'timed',
          excerpt: 'You will receive your',
          suggestions: [
            {
              messageId: 'suggestEstimate',
              output: `You should receive your package within 10 days after the estimated delivery date${UPDATE}.`,
            },
          ],
        },
      ],
    },
    {
      name: 'a present-tense arrival becomes an estimate',
      text: "It's arriving on Friday.",
      errors: [
        {
          messageId: 'timed',
          excerpt: "It's arriving",
          suggestions: [{ messageId: 'suggestEstimate', output: `It should arrive on Friday${UPDATE}.` }],
        },
      ],
    },
    {
      name: 'a place word with the parcel as subject',
      text: 'It will definitely be with you tomorrow.',
      errors: [
        {
          messageId: 'certain',
          excerpt: 'It will definitely be with you',
          suggestions: [{ messageId: 'suggestEstimate', output: `It should be with you tomorrow${UPDATE}.` }],
        },
      ],
    },
    {
      name: 'loose certainty removes the space before the full stop',
      text: 'It will arrive for sure.',
      errors: [
        {
          messageId: 'certain',
          excerpt: 'for sure',
          suggestions: [{ messageId: 'suggestEstimate', output: `It should arrive${UPDATE}.` }],
        },
      ],
    },
    {
      // Each rewrite takes the sentence's other guarantee with it: alone, each would leave the
      // other beside its "should".
      name: 'two guarantees in one sentence: each rewrite estimates both',
      text: 'Customs will release it tomorrow and the courier will deliver it on Thursday.',
      errors: [
        {
          messageId: 'timed',
          excerpt: 'Customs will release',
          suggestions: [
            {
              messageId: 'suggestEstimate',
              output: `Customs should release it tomorrow and the courier should deliver it on Thursday${UPDATE}.`,
            },
          ],
        },
        {
          messageId: 'timed',
          excerpt: 'courier will deliver',
          suggestions: [
            {
              messageId: 'suggestEstimate',
              output: 'Customs should release it tomorrow and the courier should deliver it on Thursday.',
            },
          ],
        },
      ],
      output: `Customs should release it tomorrow and the courier should deliver it on Thursday${UPDATE}.`,
    },
    {
      name: 'a verb joined on without its subject takes the base form after "should"',
      text: 'The crate lands in Perth on the 3rd and gets to you on the 5th.',
      errors: [
        {
          messageId: 'timed',
          excerpt: 'lands in Perth on',
          suggestions: [
            {
              messageId: 'suggestEstimate',
              output: 'The crate should land in Perth on the 3rd and get to you on the 5th.',
            },
          ],
        },
      ],
    },
    {
      name: '"you\'ll have it" keeps its own verb; a time clause after a comma is not a condition',
      text: "It arrives Thursday, so you'll have it well before the wedding on Sunday.",
      errors: [
        {
          messageId: 'timed',
          excerpt: 'It arrives',
          suggestions: [
            {
              messageId: 'suggestEstimate',
              output: 'It should arrive Thursday, so you should have it well before the wedding on Sunday.',
            },
          ],
        },
        {
          messageId: 'timed',
          excerpt: "you'll have it well before",
          suggestions: [
            {
              messageId: 'suggestEstimate',
              output: 'It should arrive Thursday, so you should have it well before the wedding on Sunday.',
            },
          ],
        },
      ],
    },
    {
      name: 'a pledge clause tagged on goes whole; "don\'t worry" negates nothing',
      text: 'dont worry ull have them by monday, thats guaranteed',
      errors: [
        {
          messageId: 'timed',
          excerpt: 'ull have them by',
          suggestions: [
            { messageId: 'suggestEstimate', output: 'dont worry you should have them by monday' },
          ],
        },
        {
          messageId: 'pledge',
          excerpt: 'thats guaranteed',
          suggestions: [
            { messageId: 'suggestEstimate', output: 'dont worry you should have them by monday' },
          ],
        },
      ],
    },
    {
      name: 'a deadline word tagged on after the time goes with the estimate',
      text: 'ur refund will be back on ur card by monday morning latest',
      errors: [
        {
          messageId: 'timed',
          excerpt: 'will be back on ur card',
          suggestions: [
            { messageId: 'suggestEstimate', output: 'ur refund should be back on ur card by monday morning' },
          ],
        },
      ],
    },
    {
      name: 'what a tagged-on pledge vouched for is estimated too',
      text: 'Your bulbs will arrive firm and dry, I guarantee it.',
      errors: [
        {
          messageId: 'pledge',
          excerpt: 'I guarantee it',
          suggestions: [{ messageId: 'suggestEstimate', output: 'Your bulbs should arrive firm and dry.' }],
        },
      ],
    },
    {
      name: '"never again" beside a specific fix: the promise goes and the fix stays, with no stock sentence in its place',
      text: "I've retrained the packer and changed the box, so this won't happen again.",
      errors: [
        {
          messageId: 'neverAgain',
          excerpt: "won't happen again",
          suggestions: [
            { messageId: 'suggestRemove', output: "I've retrained the packer and changed the box." },
          ],
        },
      ],
    },
    {
      name: 'an update promise already in the sentence is not repeated',
      text: "Your parcel will arrive tomorrow and we'll keep you updated.",
      errors: [
        {
          messageId: 'timed',
          excerpt: 'will arrive',
          suggestions: [
            {
              messageId: 'suggestEstimate',
              output: "Your parcel should arrive tomorrow and we'll keep you updated.",
            },
          ],
        },
      ],
    },
    {
      name: 'a tacked-on "100%" goes with the rewrite',
      text: 'It will be there by Monday, 100%.',
      errors: [
        {
          messageId: 'timed',
          excerpt: 'will be there',
          suggestions: [{ messageId: 'suggestEstimate', output: `It should be there by Monday${UPDATE}.` }],
        },
      ],
    },
    {
      name: 'a refund landing in the account on a named day',
      text: 'Your refund will be in your account within 3-5 days.',
      errors: [
        {
          messageId: 'timed',
          excerpt: 'will be in your account',
          suggestions: [
            {
              messageId: 'suggestEstimate',
              output: `Your refund should be in your account within 3-5 days${UPDATE}.`,
            },
          ],
        },
      ],
    },
    {
      text: "We'll make sure this never happens again.",
      errors: [
        {
          messageId: 'neverAgain',
          excerpt: 'never happens again',
          suggestions: [
            { messageId: 'suggestPrevention', output: "We're taking steps to stop this happening again." },
          ],
        },
      ],
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
            { messageId: 'suggestRemove', output: 'Sorry again.' },
          ],
        },
      ],
    },
  ],
})
