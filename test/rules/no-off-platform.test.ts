import rule from '../../rules/no-off-platform.js'
import { RuleTester } from '../../src/testing/index.js'

new RuleTester().run(rule, {
  valid: [
    // The writer's own call to a third party keeps the conversation here.
    "I'll ring the warehouse first thing Monday and write back here by noon.",
    // The store on this platform, the seller's own supplier, this listing, and name-calling.
    'We have new arrivals in cotton, please check our store page.',
    'Thank you for your purchase, do visit our store for more designs.',
    'The perfume is original, I buy direct from the distributor and keep the invoices.',
    'You can order directly on this listing by changing the quantity to 40.',
    'Call us clowns one more time and see what happens.',
    // The tail of a tracking code whose last group mixes letters and digits is no phone number.
    'UPS has it under 1Z 999 BB7 02 3456 7890 and the last scan was Memphis.',
    // Cash on delivery is a checkout option of many marketplaces.
    'Sorry, cash on delivery is not available for your pincode.',
    // A security warning: the negation covers every item of the list.
    'Just a heads up: we will never ask for your password, PIN or bank details in these messages.',
    // A channel named without a way to reach the writer through it; refusals; years and part codes.
    'I saw the lovely photo you posted on Instagram, thank you!',
    // The "@" of an email address the customer wrote is no handle, and a network named alone points nowhere.
    'Thanks, I can see the TikTok video you mentioned in your message.',
    'Yes, it fits the 2014-2018 models.',
    "The older PSU-2410-0450 won't charge it.",
    "We can't take payment by bank transfer outside the marketplace, sorry.",
    'Please add a line to the gift note.',
    'Send it to us on Monday and we will check it.',
    // Near misses: amounts and part numbers with spaces, idioms, template slots, asking which site.
    'The price for the full set is 1 234 567 yen including the box.',
    'The Toyota part number for those pads is 04465 33471.',
    'u can call me whatever u like, the order still ships today',
    'Order {{order.id}} update: your monstera is boxed.',
    'Did you order through Kingston Express or through <URL>?',
    "We'll meet the deadline at Outlook Road depot if the courier allows it.",
    'Please cover your account number before you post a screenshot of the statement here.',
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
    {
      name: 'allowed domains match whatever their case, with or without a leading dot, and their subdomains',
      text: 'Track it at https://A.B.Carrier.Example/x1 or https://shop.example/y.',
      context: { allowedDomains: ['.CARRIER.example', 'unrelated.example', 'shop.example'] },
    },
    { text: 'Ref 0344 4930 7871 is yours.', context: { order: { id: '0344 4930 7871' } } },
  ],
  invalid: [
    {
      name: 'a store placed somewhere else is an invitation off the platform',
      text: 'For the full range, visit our shop in Camden.',
      errors: [{ messageId: 'invitation', excerpt: 'visit our shop in' }],
    },
    {
      name: 'an app name split to slip past a filter, and an email asked for in chat style',
      text: 'Message me on tele gram instead. Or drop ur email here.',
      errors: [
        {
          messageId: 'app',
          excerpt: 'Message me on tele gram',
          suggestions: [{ messageId: 'suggestRemoveSentence', output: 'Or drop ur email here.' }],
        },
        {
          messageId: 'contactRequest',
          excerpt: 'drop ur email',
          suggestions: [{ messageId: 'suggestRemoveSentence', output: 'Message me on tele gram instead.' }],
        },
      ],
    },
    {
      name: "mobile money, the site's checkout skipped, the shop's own site",
      text: "I'll send the refund to your GCash tonight. Pay by EFT and we skip the site's checkout. The rest are on our own website.",
      errors: [
        { messageId: 'payment', excerpt: 'send the refund to your GCash' },
        { messageId: 'payment', excerpt: 'Pay by EFT' },
        { messageId: 'payment', excerpt: "skip the site's checkout" },
        { messageId: 'invitation', excerpt: 'on our own website' },
      ],
    },
    {
      name: "an account handle beside a network's name is the way to reach the writer there",
      text: 'We post finished quilts on TikTok (@hexagon.hannah) most weeks.',
      errors: [{ messageId: 'app', excerpt: 'TikTok', suggestions: [] }],
    },
    {
      name: 'a channel and a way to reach the writer through it',
      text: 'Signal is easiest for me, my username is clayworks.7.',
      errors: [
        {
          messageId: 'app',
          excerpt: 'Signal',
          // Not "My username is clayworks.7.": what is left would still name the account elsewhere.
          suggestions: [],
        },
      ],
    },
    {
      name: 'a call proposed off the platform',
      text: 'Fancy a quick Zoom tonight so I can show you the hinge?',
      errors: [
        // No stock sentence in its place: it would lose "so I can show you the hinge".
        { messageId: 'app', excerpt: 'Fancy a quick Zoom', suggestions: [] },
      ],
    },
    {
      name: 'asking where to send something by email',
      text: 'What email address shall I send the invoice to?',
      errors: [
        {
          messageId: 'contactRequest',
          excerpt: 'What email address shall I',
          suggestions: [],
        },
      ],
    },
    {
      text: 'For more questions you can add my WeChat lin_tea88.',
      errors: [{ messageId: 'app', excerpt: 'add my WeChat', suggestions: [] }],
    },
    {
      text: 'You can pay the KSh 600 difference through M-Pesa.',
      errors: [
        {
          messageId: 'payment',
          excerpt: 'pay the KSh 600 difference through M-Pesa',
          // Payment elsewhere is not replaced by an invitation to reply, and the sentence is the whole reply.
          suggestions: [],
        },
      ],
    },
    {
      text: 'Just send me a Zoom or Google Meet time that suits you.',
      errors: [{ messageId: 'app', excerpt: 'Google Meet time', suggestions: [] }],
    },
    {
      text: "I'm happy to do a quick video call.",
      errors: [
        {
          messageId: 'app',
          excerpt: 'do a quick video call',
          suggestions: [],
        },
      ],
    },
    {
      name: 'a domain that only ends in the letters of an allowed one is not a subdomain of it',
      text: 'See https://evilshop.example/y for details.',
      context: { allowedDomains: ['shop.example'] },
      errors: [
        {
          messageId: 'link',
          excerpt: 'https://evilshop.example/y',
          suggestions: [],
        },
      ],
    },
    {
      text: "We're on Insta as @lunaclay if you'd like to see more.",
      errors: [
        // Where to find the shop is not an invitation to talk there, and the sentence is the whole reply.
        { messageId: 'app', excerpt: "We're on Insta as", suggestions: [] },
      ],
    },
    {
      text: 'write to me: priya dot nair at outlook dot com',
      errors: [{ messageId: 'email', excerpt: 'priya dot nair at outlook dot com' }],
    },
    {
      text: 'jo [at] bramblehome [dot] com is quickest.',
      errors: [{ messageId: 'email', excerpt: 'jo [at] bramblehome [dot] com' }],
    },
    {
      text: 'Send pics to m a x . r e p a i r s @ g m x . d e instead.',
      errors: [{ messageId: 'email', excerpt: 'm a x . r e p a i r s @ g m x . d e' }],
    },
    {
      text: 'Her number is 07700 900219.',
      errors: [{ messageId: 'phone', excerpt: '07700 900219' }],
    },
    {
      text: 'The digits are oh seven seven double two nine four one five six eight.',
      errors: [{ messageId: 'phone', excerpt: 'oh seven seven double two nine four one five six eight' }],
    },
    {
      name: 'payment elsewhere in the only sentence: no rewrite is safe, so none is offered',
      text: 'Sure, revolut me and I will post it.',
      errors: [{ messageId: 'payment', excerpt: 'revolut me', suggestions: [] }],
    },
    {
      name: 'payment details get no rewrite: what is left of them would still be used',
      text: 'Thanks for the order. Bank transfer works: sort code 20-45-77.',
      errors: [
        {
          messageId: 'payment',
          excerpt: 'sort code',
          suggestions: [],
        },
      ],
    },
    {
      name: 'a sentence that also says what the writer does is not removed',
      text: 'Thanks for the order. We post restocks on Insta first, so give us a follow.',
      errors: [
        {
          messageId: 'app',
          excerpt: 'give us a follow',
          suggestions: [],
        },
      ],
    },
    {
      text: 'Email me at sam@example.com.',
      errors: [
        {
          messageId: 'invitation',
          range: [0, 8],
          suggestions: [],
        },
        {
          messageId: 'email',
          range: [12, 27],
          suggestions: [],
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
          suggestions: [{ messageId: 'suggestRemoveSentence', output: 'Thanks!' }],
        },
      ],
    },
    {
      name: 'an unformatted number is a phone when a phone word says so',
      text: 'Ring 03444930787 any time.',
      errors: [{ messageId: 'phone', range: [5, 16], suggestions: [] }],
    },
    {
      text: 'Details: https://t.co/abc123 and www.shop.co.uk/help',
      errors: [
        {
          messageId: 'link',
          excerpt: 'https://t.co/abc123',
          suggestions: [],
        },
        {
          messageId: 'link',
          excerpt: 'www.shop.co.uk/help',
          suggestions: [],
        },
      ],
    },
    {
      name: 'a link found before (its matches are kept by piece) is placed where it now stands',
      text: 'Hi Jo. See https://t.co/abc123 for details.',
      errors: [
        {
          messageId: 'link',
          range: [11, 30],
          excerpt: 'https://t.co/abc123',
          suggestions: [{ messageId: 'suggestRemoveSentence', output: 'Hi Jo.' }],
        },
      ],
      output: 'Hi Jo.',
    },
    {
      text: 'Fill in the form at <URL> please.',
      errors: [
        {
          messageId: 'linkStandIn',
          range: [20, 25],
          suggestions: [],
        },
      ],
    },
    {
      text: 'Message us on Telegram for faster help.',
      errors: [
        {
          messageId: 'app',
          excerpt: 'Message us on Telegram',
          suggestions: [],
        },
      ],
    },
    {
      text: 'You can send the money via Venmo.',
      errors: [
        {
          messageId: 'payment',
          excerpt: 'send the money via Venmo',
          suggestions: [],
        },
      ],
    },
    {
      text: "What's your email address?",
      errors: [
        {
          messageId: 'contactRequest',
          excerpt: "What's your email address",
          suggestions: [],
        },
      ],
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
    {
      // No stock "reply here" sentence in its place: it would lose "I've checked the order".
      name: 'no cut inside a sentence that also says what the writer did',
      text: "Thanks for your patience. I've checked the order, so email me at sam@example.com.",
      errors: [
        {
          messageId: 'invitation',
          excerpt: 'email me',
          suggestions: [],
        },
        {
          messageId: 'email',
          excerpt: 'sam@example.com',
          suggestions: [],
        },
      ],
    },
    {
      name: 'a follow on social media is not replaced by an invitation to reply',
      text: 'Glad it arrived safely. Follow us on TikTok for behind-the-scenes videos!',
      errors: [
        {
          messageId: 'app',
          excerpt: 'Follow us on TikTok',
          suggestions: [],
        },
      ],
    },
    {
      // The offer after the link stays; removing the sentence would lose it.
      name: 'a link stand-in is never cut: "<URL>" goes whole',
      text: "Sorry about that. Please fill in your details here: <URL> and we'll take a look.",
      errors: [
        {
          messageId: 'linkStandIn',
          excerpt: '<URL>',
          suggestions: [
            {
              messageId: 'suggestReplyHere',
              output: "Sorry about that. Please reply here and we'll take a look.",
            },
          ],
        },
      ],
    },
  ],
})
