import rule from '../../rules/no-profanity.js'
import { RuleTester } from '../../src/testing/index.js'

new RuleTester().run(rule, {
  valid: [
    // Letters that spell no oath, a letter named, and "ode" that is no name called.
    'We ship to the U S A and Canada from the same depot.',
    'Size F off the rack fits most people.',
    'The F you see on the label means fragile.',
    'This candle is an ode to autumn evenings.',
    "Don't be shy, ask me anything about the fit.",
    // Literal, not an oath.
    'He came back from the match with a bloody nose, so the kit is a little late.',
    'We ship from Scunthorpe.',
    // Whole words only: a bird and a town are not swearing.
    'The kakapo print is back in stock.',
    'The kettle ships from Penistone on Monday.',
    'What a pain, sorry the parcel is late!',
    "You're a genius for spotting that, thank you.",
    "Let's wait and see what happens with the tracking.",
    'Pop down to the shop and collect it whenever suits.',
    'Please assume two working days for the class set.',
    'Your Charles Dickens box set has shipped.',
    'The cocktail shaker and the shiitake kit are packed.',
    'Our assistant will pass this on.',
    'Mr. Cummings signed for the parcel.',
    '**Note** the price is $35.',
    'The P@ssw0rd field is on the login page.',
    'You wrote "this is sh*t" in the review.',
    'We will get you a replacement and find you a new one.',
    'This is not a stupid question.',
    'He had a bloody nose after the fall.',
    {
      text: 'Your copy of Kiss My Ass Goodbye has shipped.',
      context: { order: { productTitle: 'Kiss My Ass Goodbye' } },
    },
    { text: 'The Dick Whittington figure has shipped.', options: { allowedWords: ['dick'] } },
    // Near the words added for British and Irish swearing: a place, a standard, a door knob.
    'The brass drawer knob and the BS 1363 plug are both in the box.',
    'We post from Christchurch every weekday.',
    'The Jesus Christ Superstar vinyl is packed.',
    // A word with an ordinary meaning counts only as a name called.
    'Prick the film a few times before you microwave the curry.',
  ],
  invalid: [
    {
      name: 'an oath spelled out a letter at a time: spaced, dotted, hyphenated',
      text: 'f u c k, the lid cracked. That s.h.i.t.e depot again. w-t-f.',
      errors: [
        { messageId: 'profanity', excerpt: 'f u c k' },
        { messageId: 'profanity', excerpt: 's.h.i.t.e' },
        { messageId: 'profanity', excerpt: 'w-t-f' },
      ],
    },
    {
      name: 'the oath clipped to its letter or minced',
      text: "For f's sake, the label printer f'd up again. Kindly f off with the chasers.",
      errors: [
        {
          messageId: 'profanity',
          excerpt: "For f's sake",
          suggestions: [
            {
              messageId: 'suggestRemove',
              output: "The label printer f'd up again. Kindly f off with the chasers.",
            },
          ],
        },
        { messageId: 'profanity', excerpt: "f'd up" },
        { messageId: 'profanity', excerpt: 'f off' },
      ],
    },
    {
      name: 'names and oaths in the Englishes sellers write, with or without the article',
      text: "Don't be bodoh, check the size first. Stop calling me, you this ode. Merde, the wrong box went out. Only a duffer would plug it in wet. Raas!",
      errors: [
        { messageId: 'insult', excerpt: "Don't be bodoh" },
        { messageId: 'insult', excerpt: 'you this ode' },
        {
          messageId: 'profanity',
          excerpt: 'Merde',
          suggestions: [
            {
              messageId: 'suggestRemove',
              output:
                "Don't be bodoh, check the size first. Stop calling me, you this ode. The wrong box went out. Only a duffer would plug it in wet. Raas!",
            },
          ],
        },
        { messageId: 'insult', excerpt: 'Only a duffer' },
        { messageId: 'profanity', excerpt: 'Raas' },
      ],
    },
    {
      name: 'mild British and Irish oaths, vulgar verbs and names called in the plural',
      text: "Bugger, I packed the wrong lid. The depot couldn't be arsed to scan it. Total muppets, the lot of them.",
      errors: [
        {
          messageId: 'profanity',
          excerpt: 'Bugger',
          suggestions: [
            {
              messageId: 'suggestRemove',
              output:
                "I packed the wrong lid. The depot couldn't be arsed to scan it. Total muppets, the lot of them.",
            },
          ],
        },
        { messageId: 'profanity', excerpt: 'arsed' },
        { messageId: 'insult', excerpt: 'Total muppets' },
      ],
    },
    {
      name: "masked and misspelt swearing: dipsh*t, fuking, and pr*t with the sentence's full stop",
      text: "Some dipsh*t on the night shift dropped it. The fuking scanner was down. You're being a right pr*t.",
      errors: [
        { messageId: 'profanity', excerpt: 'dipsh*t' },
        {
          messageId: 'profanity',
          excerpt: 'fuking',
          suggestions: [
            {
              messageId: 'suggestRemove',
              output:
                "Some dipsh*t on the night shift dropped it. The scanner was down. You're being a right pr*t.",
            },
          ],
        },
        { messageId: 'insult', excerpt: "You're being a right pr*t" },
      ],
    },
    {
      name: 'names and swearing of other Englishes: pidgin "you be mumu", "useless man", South African "bladdy"',
      text: 'Abeg no vex me, you be mumu. Stop disturbing me, useless man. Ag man, the bladdy courier lost it.',
      errors: [
        { messageId: 'insult', excerpt: 'you be mumu' },
        { messageId: 'insult', excerpt: 'useless man' },
        { messageId: 'profanity', excerpt: 'bladdy courier' },
      ],
    },
    {
      name: 'vulgar names for a third party, and swearing in the Englishes sellers write',
      text: 'The driver was a proper tosser about it. Eish, the tracking is kak. Piss-poor packing from us, sorry.',
      errors: [
        { messageId: 'profanity', excerpt: 'tosser' },
        { messageId: 'profanity', excerpt: 'kak' },
        { messageId: 'profanity', excerpt: 'Piss-poor' },
      ],
    },
    {
      name: 'a mild oath before a verb is an oath',
      text: 'I bloody forgot to add the card, sorry.',
      errors: [
        {
          messageId: 'profanity',
          excerpt: 'bloody',
          suggestions: [{ messageId: 'suggestRemove', output: 'I forgot to add the card, sorry.' }],
        },
      ],
    },
    {
      name: 'a legal consequence or an open one, brought on the customer, is a threat',
      text: "Any more messages like that and I'll be passing the whole thread to my solicitor.",
      errors: [{ messageId: 'threat', excerpt: "Any more messages like that and I'll" }],
    },
    {
      text: 'Keep posting that and see what happens.',
      errors: [{ messageId: 'threat', excerpt: 'Keep posting that and see what happens' }],
    },
    {
      name: 'an oath that is a clause of its own goes whole, with its comma',
      text: 'oh god damn it, the blue one went out again. sorry!',
      errors: [
        {
          messageId: 'profanity',
          excerpt: 'damn',
          suggestions: [{ messageId: 'suggestRemove', output: 'The blue one went out again. sorry!' }],
        },
      ],
    },
    {
      name: 'near miss for the oath: "damn" before "it" is no emphasis, and the sentence is only the oath',
      text: 'Damn it. I will resend the blue one.',
      errors: [{ messageId: 'profanity', excerpt: 'Damn', suggestions: [] }],
    },
    {
      text: "Leave that review and I'll make sure you regret it.",
      errors: [{ messageId: 'threat', excerpt: 'make sure you regret' }],
    },
    {
      text: 'The fucking parcel was delivered.',
      errors: [
        {
          messageId: 'profanity',
          range: [4, 11],
          suggestions: [{ messageId: 'suggestRemove', output: 'The parcel was delivered.' }],
        },
      ],
    },
    {
      text: 'The f***ing parcel was delivered.',
      errors: [
        {
          messageId: 'profanity',
          excerpt: 'f***ing',
          suggestions: [{ messageId: 'suggestRemove', output: 'The parcel was delivered.' }],
        },
      ],
    },
    {
      text: 'What the hell is this?',
      errors: [
        {
          messageId: 'profanity',
          excerpt: 'What the hell',
          suggestions: [{ messageId: 'suggestRemove', output: 'What is this?' }],
        },
      ],
    },
    { text: 'Sh!t happens.', errors: [{ messageId: 'profanity', range: [0, 4] }] },
    { text: 'That review is bullsh*t!', errors: [{ messageId: 'profanity', excerpt: 'bullsh*t' }] },
    { text: 'What an a$$hole.', errors: [{ messageId: 'insult', excerpt: 'What an a$$hole' }] },
    { text: 'You absolute tool.', errors: [{ messageId: 'insult', excerpt: 'You absolute tool' }] },
    {
      text: 'You are a f u c k i n g joke.',
      errors: [{ messageId: 'insult', excerpt: 'You are a f u c k i n g joke' }],
    },
    {
      text: 'Whichever clown at DPD left it there.',
      errors: [{ messageId: 'insult', excerpt: 'Whichever clown at' }],
    },
    {
      text: 'I would think very carefully before accusing me again.',
      errors: [{ messageId: 'threat', excerpt: 'think very carefully before accusing' }],
    },
    { text: 'Fuuuuck, sorry.', errors: [{ messageId: 'profanity', excerpt: 'Fuuuuck' }] },
    { text: 'Stop messaging us, you idiot.', errors: [{ messageId: 'insult', excerpt: 'you idiot' }] },
    { text: "You're clueless about sizes.", errors: [{ messageId: 'insult', excerpt: "You're clueless" }] },
    { text: 'That is a stupid question.', errors: [{ messageId: 'insult', excerpt: 'stupid question' }] },
    { text: 'I will sue you.', errors: [{ messageId: 'threat', range: [0, 14] }] },
    {
      text: 'Leave that review and you will regret it.',
      errors: [{ messageId: 'threat', excerpt: 'you will regret it' }],
    },
  ],
})
