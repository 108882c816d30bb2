import rule from '../../rules/no-non-apology.js'
import { RuleTester } from '../../src/testing/index.js'

new RuleTester().run(rule, {
  valid: [
    'If we upset you, please tell us so we can put it right.',
    // Sympathy with the customer's disappointment, not a doubt about the harm.
    "I'm sorry you're unhappy with the candle; could you send a photo so I can check it?",
    'Sorry for the inconvenience.',
    "I'm sorry the lamp arrived cracked. I'll send a new shade today.",
    'Sorry for the delay in replying. Sorry again for the wait.',
    "Apologies if you've already sent this, but could you share a photo of the label?",
    'If you have any questions or any trouble with the label, reply here.',
    'You wrote "sorry if I was rude" and there is nothing to worry about.',
    "No need to apologise! Don't be sorry about the mix-up. I'm sorry the size was wrong.",
    "I'm sorry that you're frustrated; the parcel is at your depot.",
    'We apologise for all the inconvenience this matter has caused. Please accept our apologies.',
    'Thank you!',
    'We regret to say the blue one is sold out.',
    'Sorry, if you need anything else, reply here.',
  ],
  invalid: [
    {
      name: 'a harm the customer may experience goes with "any"',
      text: 'Please accept our apologies for any delay you may experience.',
      errors: [
        {
          messageId: 'anyHarm',
          excerpt: 'apologies for any delay',
          suggestions: [{ messageId: 'suggestThe', output: 'Please accept our apologies for the delay.' }],
        },
      ],
    },
    {
      name: 'a doubted harm in the passive goes whole',
      text: 'We apologise for any disappointment that may have been experienced.',
      errors: [
        {
          messageId: 'anyHarm',
          excerpt: 'apologise for any disappointment',
          suggestions: [{ messageId: 'suggestThe', output: 'We apologise for the disappointment.' }],
        },
      ],
    },
    {
      name: "a verdict on the listing, reported with 'sorry to hear', would read as conceded: no rewrite",
      text: "We're sorry if you feel the ring doesn't match the description. The photos show the piece itself.",
      errors: [{ messageId: 'youFeel', excerpt: 'sorry if you feel', suggestions: [] }],
    },
    {
      text: 'If we upset you in any way, we apologise.',
      errors: [{ messageId: 'conditional', excerpt: 'If we upset you in any way, we apologise' }],
    },
    {
      text: 'If we have caused any inconvenience, we sincerely apologise.',
      errors: [{ messageId: 'conditional', excerpt: 'If we have caused any inconvenience' }],
    },
    {
      text: "I'm sorry you think the tyre is faulty.",
      errors: [{ messageId: 'youFeel', excerpt: 'sorry you think' }],
    },
    {
      name: 'how the customer felt is theirs to report; only "were expecting" is an expectation',
      text: "I'm sorry if you were disappointed with the colour. Sorry if you were expecting it sooner.",
      errors: [
        {
          messageId: 'conditional',
          excerpt: 'sorry if',
          suggestions: [
            {
              messageId: 'suggestSpecific',
              output:
                "I'm sorry to hear you were disappointed with the colour. Sorry if you were expecting it sooner.",
            },
          ],
        },
        { messageId: 'conditional', excerpt: 'Sorry if', suggestions: [] },
      ],
    },
    {
      name: 'an expectation or a seeming keeps its sting in any form: no rewrite',
      text: 'Sorry if you expected next-day delivery on free postage. Sorry if the wait feels long.',
      errors: [
        { messageId: 'conditional', excerpt: 'Sorry if', suggestions: [] },
        { messageId: 'conditional', excerpt: 'Sorry if', suggestions: [] },
      ],
    },
    {
      name: "a verdict on the seller's own price or policy is not reported back as heard",
      text: 'Sorry you feel the postage cost is too high. It covers tracked delivery.',
      errors: [{ messageId: 'youFeel', excerpt: 'Sorry you feel', suggestions: [] }],
    },
    {
      name: 'a report about the goods is heard',
      text: 'Sorry you feel the mug handle is loose.',
      errors: [
        {
          messageId: 'youFeel',
          excerpt: 'Sorry you feel',
          suggestions: [{ messageId: 'suggestSpecific', output: 'Sorry to hear the mug handle is loose.' }],
        },
      ],
    },
    {
      name: 'an opinion of degree about the goods is left to the customer, neither doubted nor conceded',
      text: 'Sorry you feel the candle is a bit too weak.',
      errors: [
        {
          messageId: 'youFeel',
          excerpt: 'Sorry you feel',
          suggestions: [
            { messageId: 'suggestSpecific', output: "Sorry the candle isn't what you hoped for." },
          ],
        },
      ],
    },
    {
      name: 'the doubt after a longer subject goes too',
      text: 'We regret any inconvenience the late arrival may have caused.',
      errors: [
        {
          messageId: 'anyHarm',
          excerpt: 'regret any inconvenience',
          suggestions: [
            {
              messageId: 'suggestThe',
              output: "We're sorry for the inconvenience the late arrival has caused.",
            },
          ],
        },
      ],
    },
    {
      name: '"any" becomes "the"',
      text: 'Sorry for any inconvenience.',
      errors: [
        {
          messageId: 'anyHarm',
          range: [0, 27],
          excerpt: 'Sorry for any inconvenience',
          suggestions: [{ messageId: 'suggestThe', output: 'Sorry for the inconvenience.' }],
        },
      ],
    },
    {
      name: '"may have caused" is rewritten with it',
      text: 'We regret any inconvenience this may have caused.',
      errors: [
        {
          messageId: 'anyHarm',
          excerpt: 'regret any inconvenience',
          suggestions: [
            { messageId: 'suggestThe', output: "We're sorry for the inconvenience this has caused." },
          ],
        },
      ],
    },
    {
      name: 'a harm still to come ("this may cause") goes, doubted as it is',
      text: 'We apologise for any inconvenience this may cause. The new batch is being packed.',
      errors: [
        {
          messageId: 'anyHarm',
          excerpt: 'apologise for any inconvenience',
          suggestions: [
            {
              messageId: 'suggestThe',
              output: 'We apologise for the inconvenience. The new batch is being packed.',
            },
          ],
        },
      ],
    },
    {
      text: 'I sincerely apologize for any and all confusion.',
      errors: [
        {
          messageId: 'anyHarm',
          excerpt: 'apologize for any and all confusion',
          suggestions: [{ messageId: 'suggestThe', output: 'I sincerely apologize for the confusion.' }],
        },
      ],
    },
    {
      text: "I'm sorry to hear of any frustration. I've answered your message.",
      errors: [
        {
          messageId: 'anyHarm',
          range: [4, 36],
          suggestions: [
            {
              messageId: 'suggestThe',
              output: "I'm sorry to hear of the frustration. I've answered your message.",
            },
          ],
        },
      ],
    },
    {
      name: 'a clause about the seller after "you feel" is not turned into an admission: no rewrite',
      text: "I'm sorry if you feel we let you down.",
      errors: [{ messageId: 'youFeel', excerpt: 'sorry if you feel', suggestions: [] }],
    },
    {
      name: "the customer's view of the packaging does not become the seller's admission",
      text: "I'm sorry you feel our packaging is poor, but we use recycled card.",
      errors: [
        {
          messageId: 'youFeel',
          excerpt: 'sorry you feel',
          suggestions: [],
        },
      ],
    },
    {
      name: 'a verdict on how the seller packed, reported, would be conceded: no rewrite',
      text: "I'm sorry you feel the packing was careless, every box is checked twice.",
      errors: [{ messageId: 'youFeel', excerpt: 'sorry you feel', suggestions: [] }],
    },
    {
      name: '"if that caused any…" names "that": no admission of the harm, no "that that"',
      text: 'All sorted, sorry if that caused any stress.',
      errors: [
        {
          messageId: 'conditional',
          excerpt: 'sorry if',
          suggestions: [{ messageId: 'suggestSpecific', output: 'All sorted, sorry about that.' }],
        },
      ],
    },
    {
      name: 'an adjective after "you feel" keeps it',
      text: 'Sorry you feel frustrated with the wait.',
      errors: [
        {
          messageId: 'youFeel',
          excerpt: 'Sorry you feel',
          suggestions: [
            { messageId: 'suggestSpecific', output: "Sorry that you're frustrated with the wait." },
          ],
        },
      ],
    },
    {
      text: 'Sorry if you felt ignored.',
      errors: [
        {
          messageId: 'youFeel',
          excerpt: 'Sorry if you felt',
          suggestions: [],
        },
      ],
    },
    {
      text: "We're sorry you feel that way.",
      errors: [
        {
          messageId: 'youFeel',
          suggestions: [{ messageId: 'suggestSpecific', output: "We're sorry about this." }],
          excerpt: 'sorry you feel',
        },
      ],
    },
    {
      text: 'I do apologize that you feel this way about our returns policy.',
      errors: [
        {
          messageId: 'youFeel',
          excerpt: 'apologize that you feel',
          suggestions: [{ messageId: 'suggestSpecific', output: 'I do apologize for our returns policy.' }],
        },
      ],
    },
    {
      text: "I'm sorry you feel like we ignored you.",
      errors: [
        {
          messageId: 'youFeel',
          excerpt: 'sorry you feel',
          suggestions: [],
        },
      ],
    },
    {
      name: 'what the customer reports about the item is reported, neither doubted nor admitted',
      text: "We're sorry you feel the candle doesn't smell strong enough. Try burning it longer.",
      errors: [
        {
          messageId: 'youFeel',
          excerpt: 'sorry you feel',
          suggestions: [
            {
              messageId: 'suggestSpecific',
              output: "We're sorry to hear the candle doesn't smell strong enough. Try burning it longer.",
            },
          ],
        },
      ],
    },
    {
      name: '"to hear" already there is not doubled, and "that" goes',
      text: 'Sorry to hear you feel that the wait was too long.',
      errors: [
        {
          messageId: 'youFeel',
          excerpt: 'Sorry to hear you feel',
          suggestions: [{ messageId: 'suggestSpecific', output: 'Sorry to hear the wait was too long.' }],
        },
      ],
    },
    {
      name: '"sorry if you…" becomes "sorry to hear you…"; other apologies keep "that"',
      text: "Sorry if you weren't happy with the colour. Apologies if you didn't get my last message.",
      errors: [
        {
          messageId: 'conditional',
          excerpt: 'Sorry if',
          suggestions: [
            {
              messageId: 'suggestSpecific',
              output:
                "Sorry to hear you weren't happy with the colour. Apologies if you didn't get my last message.",
            },
          ],
        },
        {
          messageId: 'conditional',
          excerpt: 'Apologies if',
          suggestions: [
            {
              messageId: 'suggestSpecific',
              output:
                "Sorry if you weren't happy with the colour. Apologies that you didn't get my last message.",
            },
          ],
        },
      ],
    },
    {
      name: 'a conditional apology becomes a plain one',
      text: 'I apologise if this caused any confusion.',
      errors: [
        {
          messageId: 'conditional',
          excerpt: 'apologise if',
          suggestions: [{ messageId: 'suggestSpecific', output: 'I apologise for this.' }],
        },
      ],
    },
    {
      text: "Sorry if I wasn't clear.",
      errors: [
        {
          messageId: 'conditional',
          range: [0, 8],
          suggestions: [{ messageId: 'suggestSpecific', output: "Sorry that I wasn't clear." }],
        },
      ],
    },
    {
      name: 'three apologies: the apology-only sentence at the end goes',
      text: "I'm sorry the parcel is late. We apologise for the trouble. Please accept our apologies.",
      errors: [
        {
          messageId: 'tooManyApologies',
          excerpt: 'apologies',
          range: [78, 87],
          suggestions: [
            {
              messageId: 'suggestRemoveApology',
              output: "I'm sorry the parcel is late. We apologise for the trouble.",
            },
          ],
        },
      ],
    },
    {
      name: 'four apologies: two sentences go, pointed at the first one removed',
      text: "I'm sorry the parcel is late. We apologise for the delay. Sorry again.\n\nPlease accept our apologies.\n\nBest, Kim",
      errors: [
        {
          messageId: 'tooManyApologies',
          excerpt: 'Sorry',
          suggestions: [
            {
              messageId: 'suggestRemoveApology',
              output: "I'm sorry the parcel is late. We apologise for the delay. Best, Kim",
            },
          ],
        },
      ],
    },
    {
      name: 'a non-apology in the removed sentence gives way to the removal',
      text: "I'm sorry the parcel is late, the courier lost it. Sorry for the trouble it caused. We apologise for any delay.",
      errors: [
        {
          messageId: 'tooManyApologies',
          excerpt: 'apologise',
          suggestions: [
            {
              messageId: 'suggestRemoveApology',
              output: "I'm sorry the parcel is late, the courier lost it. Sorry for the trouble it caused.",
            },
          ],
        },
        {
          messageId: 'anyHarm',
          excerpt: 'apologise for any delay',
          suggestions: [
            {
              messageId: 'suggestThe',
              output:
                "I'm sorry the parcel is late, the courier lost it. Sorry for the trouble it caused. We apologise for the delay.",
            },
          ],
        },
      ],
      output: "I'm sorry the parcel is late, the courier lost it. Sorry for the trouble it caused.",
    },
    {
      name: 'a non-apology elsewhere is fixed alongside the removal',
      text: "I'm sorry the parcel is late. Sorry for the wait, we know it matters. Our apologies for any delay. Please accept our apologies.",
      errors: [
        {
          messageId: 'tooManyApologies',
          excerpt: 'apologies',
          range: [74, 83],
          suggestions: [
            {
              messageId: 'suggestRemoveApology',
              output: "I'm sorry the parcel is late. Sorry for the wait, we know it matters.",
            },
          ],
        },
        {
          messageId: 'anyHarm',
          excerpt: 'apologies for any delay',
          suggestions: [{ messageId: 'suggestThe' }],
        },
      ],
      output: "I'm sorry the parcel is late. Sorry for the wait, we know it matters.",
    },
    {
      name: 'apologies woven into other sentences: reported without a rewrite',
      text: "I'm really sorry the table arrived scratched. I apologise that we missed it, and I'm sorry you had to chase us.",
      errors: [{ messageId: 'tooManyApologies', excerpt: 'sorry', range: [85, 90], suggestions: [] }],
    },
    {
      name: 'the Spanish "any" form, without a rewrite',
      text: '¡Hola! Lamentamos cualquier confusión generada.',
      errors: [{ messageId: 'anyHarm', excerpt: 'Lamentamos cualquier confusión', suggestions: [] }],
    },
  ],
})
