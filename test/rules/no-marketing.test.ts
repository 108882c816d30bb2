import rule from '../../rules/no-marketing.js'
import { RuleTester } from '../../src/testing/index.js'

new RuleTester().run(rule, {
  valid: [
    // A heads-up about the customer's own order turns to it, not away from it.
    'Hey Priya, just so you know, your earrings have been dispatched and the tracking is now live in your orders.',
    "just a heads up ur necklace hasn't gone out yet, engraving is taking longer than we thought.",
    // Order talk that looks close: a change before the parcel goes, a size the customer may want.
    "If you'd like a different size, just reply here and I'll change it before it goes.",
    // A voucher for the trouble makes up for this order; the refund rule judges it.
    "Sorry the jar cracked. I'll pour you a new candle and tuck in a voucher for 20% off your next order for your trouble.",
    // A place to look for the parcel is no pitch.
    'Tracking shows it on your doormat. Might be worth a peek outside.',
    {
      // A restock alert answers a customer who asked whether the item will be back.
      text: "Should be back in about three weeks. If you tap the heart on the listing you'll get a notification when it is.",
      context: { customerMessage: 'Will the size 10 in green come back?' },
    },
    {
      // Stock news answers a customer who asked about the goods.
      text: 'The 10 mm nib is out for now, but we expect new stock in about three weeks.',
      context: { customerMessage: 'Do you have the pen with the 10 mm nib?' },
    },
    {
      // Asked how to hear about restocks, pointing to the shop's follow button answers it.
      text: "There's no e-mail list, but if you tap Follow on our shop page the platform tells you when we add new stock.",
      context: { customerMessage: 'Do you have a newsletter? I keep missing your restocks' },
    },
    // Running behind by any amount is the shop's own delay, not an offer.
    "Just a heads-up: we're running 2–3 weeks behind on custom engraving right now.",
    // The shop's own trouble is no offer: "we're running behind".
    "Just a heads up that your linen dress won't go out this week, we're running behind on sewing.",
    // "flat … off" is a sale only with an amount in it.
    "I wrote the label by hand and left the flat number off, so that one's on me, sorry.",
    'We provide international shipping to most countries.',
    'The XXS is back in stock now; shall I reserve one for you?',
    'Enjoy the new prints!',
    // Near misses: a discount as an apology or for a review is judged by other rules; a service the customer needs.
    'Happy to offer you 20% off your next order as a goodwill gesture for the trouble.',
    'We also offer express delivery if you need it sooner.',
    // Sizing advice, the customer's own order back in stock, and "we have" as a perfect are order talk.
    'For a UK 9, most customers go for a 9.5, as the toe runs narrow.',
    'The linen shirt is back in stock at our end, so your order is being packed today.',
    'Just so you know we have taken the jacket to our tailor, and it goes back out on Friday.',
    // A discount as the price of closing a case is a settlement: escalate-instead reports it.
    "If you close the return request today I'll knock 30% off your next order.",
    'Would you be willing to cancel the chargeback if I send you a £15 voucher for your next purchase?',
    'We restock this item every Friday, so it will be back in time for your order.',
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
      name: 'asked whether the shop has sales, how to hear of one answers it',
      text: "We usually run one in late November. If you follow the shop here you'll get a notification when it starts.",
      context: { customerMessage: 'Do you ever have sales?' },
    },
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
    // A pitch is two kinds of cue; one kind alone, or an aside with a price, is order talk.
    'By the way, the return postage is £3.20 with the prepaid label.',
    'The new one left our workshop this morning.',
    'Heads up: your order is coming in two boxes from two warehouses.',
    'Your parcel is now in customs clearance in Dublin and should move in a day or two.',
    'We had a big rush after the spring sale, so dispatch is running two days behind.',
    'Sorry for the wait, I have added a £5 credit to your account for next time.',
    {
      name: 'the customer asked what an extra costs',
      text: 'Gift wrap is £2 and we can add a handwritten card for you.',
      context: { customerMessage: 'How much is gift wrap?' },
    },
  ],
  invalid: [
    {
      name: 'a line that leans on the sale with "included" goes with it',
      text: 'Your refund went through today. Just so you know, prices across the whole shop drop by a third from Friday until Monday night. The new knits are included, in case you fancy another go.',
      errors: [
        {
          messageId: 'pitch',
          excerpt: 'Just so you know, prices across the whole shop drop by a third from Friday until Monday',
          suggestions: [{ messageId: 'suggestRemove', output: 'Your refund went through today.' }],
        },
      ],
    },
    {
      name: 'a pointer to the shop takes the news it points to with it',
      text: "Glad the lamp arrived safely. We've just introduced a walnut version at launch prices. Have a look at our shop when you have a minute.",
      errors: [
        // The news itself is a pitch the lists do not name; the signal finds it, without a rewrite.
        { messageId: 'learned', excerpt: "We've just introduced a walnut version at launch prices." },
        {
          messageId: 'crossSell',
          excerpt: 'Have a look at our shop',
          suggestions: [{ messageId: 'suggestRemove', output: 'Glad the lamp arrived safely.' }],
        },
      ],
    },
    {
      name: 'a loyalty club with points, the shop put to the customer taste, scarce new stock',
      text: 'Glad the boots fit! Join the Trailhead Club and every purchase earns points towards free gear.',
      errors: [
        {
          messageId: 'pitch',
          excerpt: 'Join the Trailhead Club and every purchase earns points',
          suggestions: [{ messageId: 'suggestRemove', output: 'Glad the boots fit!' }],
        },
      ],
    },
    {
      text: 'new stock of kente just landed, come and check before e finish',
      errors: [
        { messageId: 'pitch', excerpt: 'new stock of kente just landed, come and check before e finish' },
      ],
    },
    {
      name: 'a softener or a pointer back after a removed pitch goes with it',
      text: 'Glad the vase arrived safely. Our matching candle holders just landed and are 20% off this week. No pressure at all! Enjoy the vase.',
      errors: [
        {
          messageId: 'pitch',
          excerpt: 'just landed and are 20%',
          suggestions: [
            { messageId: 'suggestRemove', output: 'Glad the vase arrived safely. Enjoy the vase.' },
          ],
        },
      ],
    },
    {
      name: 'a pointer back with a pitch cue goes too',
      text: 'Glad the vase arrived safely. Our matching candle holders just landed and are 20% off this week. They look lovely together, so have a look.',
      errors: [
        {
          messageId: 'pitch',
          excerpt: 'just landed and are 20%',
          suggestions: [{ messageId: 'suggestRemove', output: 'Glad the vase arrived safely.' }],
        },
      ],
    },
    {
      name: 'taking up the offer goes with it; one price alone is order talk and stays',
      text: "Thanks for your second order, Priya! Join our candle club for 10% off every box. Just say the word and I'll sign you up. Postage was £3.20 as usual.",
      errors: [
        {
          messageId: 'pitch',
          excerpt: 'Join our candle club for 10%',
          suggestions: [
            {
              messageId: 'suggestRemove',
              output: 'Thanks for your second order, Priya! Postage was £3.20 as usual.',
            },
          ],
        },
      ],
    },
    {
      name: 'a clause that goes must not leave a sale or a restock date behind: then the sentence goes',
      text: 'Good news, the bookcase is ready to go out. Also, our clearance weekend starts Saturday, worth a look if you need a desk.',
      errors: [
        {
          messageId: 'crossSell',
          excerpt: 'worth a look',
          suggestions: [
            { messageId: 'suggestRemove', output: 'Good news, the bookcase is ready to go out.' },
          ],
        },
      ],
    },
    {
      name: 'a follow-up with content of its own stays',
      text: 'Glad the vase arrived safely. Our matching candle holders just landed and are 20% off this week. The vase is dishwasher safe.',
      errors: [
        {
          messageId: 'pitch',
          excerpt: 'just landed and are 20%',
          suggestions: [
            {
              messageId: 'suggestRemove',
              output: 'Glad the vase arrived safely. The vase is dishwasher safe.',
            },
          ],
        },
      ],
    },
    {
      name: 'a pitch with no sales word: an aside and something new',
      text: 'Your teapot is packed. Quick side note, our speckled glaze range just landed.',
      errors: [{ messageId: 'pitch', excerpt: 'side note, our speckled glaze range just landed' }],
      output: 'Your teapot is packed.',
    },
    {
      name: 'a pitch: an aside and an invitation',
      text: 'While I have got you, the Saturday pottery sessions have spaces if you fancy a go.',
      errors: [
        {
          messageId: 'pitch',
          excerpt: 'While I have got you, the Saturday pottery sessions have spaces if you fancy a',
        },
      ],
    },
    {
      name: 'a pitch: something coming and an invitation to want it',
      text: 'Glad the blanket arrived! We are launching a waffle weave next month and it is right up your street.',
      errors: [
        {
          messageId: 'pitch',
          excerpt: 'We are launching a waffle weave next month and it is right up your street',
        },
      ],
      output: 'Glad the blanket arrived!',
    },
    {
      name: 'a pitch: a saving and an invitation to come back',
      text: 'Tip for next time, any two candles go for the price of one if you stock up.',
      errors: [
        {
          messageId: 'pitch',
          excerpt: 'Tip for next time, any two candles go for the price of one if you stock up',
        },
      ],
    },
    {
      name: 'a pitch: a price and a deadline',
      text: 'Oh and the cedar planters are €20 each until Friday.',
      errors: [{ messageId: 'pitch', excerpt: 'Oh and the cedar planters are €20 each until Friday' }],
    },
    {
      text: "Thanks for your order. You've earned 240 points with this purchase.",
      errors: [
        {
          messageId: 'crossSell',
          excerpt: "You've earned 240 points",
          suggestions: [{ messageId: 'suggestRemove' }],
        },
      ],
    },
    {
      text: 'Glad it fits! Most of our customers also add the matching strap.',
      errors: [
        {
          messageId: 'crossSell',
          excerpt: 'Most of our customers also',
          suggestions: [{ messageId: 'suggestRemove' }],
        },
      ],
    },
    {
      text: 'Thanks! The scrunchies come in 6 new colours now.',
      errors: [{ messageId: 'crossSell', excerpt: 'come in 6 new colours' }],
    },
    {
      text: 'We also offer hand engraving on the back, from £25.',
      errors: [{ messageId: 'crossSell', excerpt: 'We also offer hand engraving' }],
    },
    {
      name: '"why not" suggests; it does not negate',
      text: 'While you wait, why not take a look at our new range?',
      errors: [{ messageId: 'crossSell', excerpt: 'take a look at our new range' }],
    },
    {
      text: "Your ring ships tomorrow. You'd love the matching studs too, they look gorgeous as a set.",
      errors: [{ messageId: 'crossSell', excerpt: "You'd love the matching" }],
      output: 'Your ring ships tomorrow.',
    },
    {
      text: 'Your jumper went out today. Our winter range just dropped btw, have a browse on our shop page.',
      errors: [
        { messageId: 'crossSell', excerpt: 'Our winter range just dropped btw, have a browse on our shop' },
      ],
      output: 'Your jumper went out today.',
    },
    {
      text: 'Thanks again, glad they fit! Hit the follow button on our store page for new vintage denim.',
      errors: [{ messageId: 'follow', excerpt: 'Hit the follow button' }],
      output: 'Thanks again, glad they fit!',
    },
    {
      text: "Your order is packed. You're now 3 stamps into our loyalty club.",
      errors: [{ messageId: 'newsletter', excerpt: 'stamps into our loyalty' }],
      output: 'Your order is packed.',
    },
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
      errors: [
        { messageId: 'sale', excerpt: 'up to 50% off', suggestions: [{ messageId: 'suggestRemove' }] },
      ],
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
