import rule from '../../rules/no-hostile-tone.js'
import { RuleTester } from '../../src/testing/index.js'

new RuleTester().run(rule, {
  valid: [
    // Candour before owning the mistake is no defence.
    "I'll be honest, the wrapping on this one was poor and that's on me.",
    // An eye-roll at the courier is blame (no-blame's), sympathy said as "rubbish", reassurance, a product.
    "Evri strike again 🙄 Sorry! I'll open a claim with them today.",
    "Oh that's rubbish, sorry the handle came off.",
    'The courier has booked it for the morning, so you can relax.',
    'Our Calm Down chamomile blend is back in stock on the 12th.',
    'The listing does say these run small, so I would go up a size next time.',
    'You should have it by Friday.',
    "Who would have thought it'd arrive so fast, lovely!",
    "Nobody else has the blue one in stock, so I'll order it in.",
    "Please don't hesitate to keep asking if anything is unclear.",
    // Explaining a process, a calm boundary on language, patience asked for politely, the writer's own chasing.
    'Just so you know how it works: we look at the photos first, then decide.',
    "There's no need for language like that, but I do understand you're upset.",
    'Please exercise patience with us, we are following up daily.',
    "Me chasing them won't speed it up, but I've asked for a trace.",
    'Try restarting it and see what happens.',
    // Instructions that say a step is easy are not a lecture.
    "It's not hard to fit, just clip it onto the rail.",
    // Citing the listing in a friendly answer is no reproach; "as the listing clearly says" is.
    'Good question! As the listing mentions, the frame is solid walnut rather than veneer.',
    // One kind of cue alone is ordinary order talk; two kinds in one sentence build a tone.
    "Look, I've checked the tracking and it's at the depot.",
    // "Again" inside a sentence, an apology opened with it, instructions said to be clear, the
    // writer's own second look.
    'Again, sorry for the wait on this one.',
    'The instructions are clear on this point, and I am happy to walk you through them.',
    'Let me check again more carefully and come back to you.',
    // Plain thanks for a low rating, and a count of orders, are sincere.
    'Thanks for the 2-star review and for explaining what went wrong with the strap.',
    'This is your second order with us, thank you!',
    // The writer's own check before writing again is a plan.
    "I'll check with the depot before messaging again.",
    // The customer's own message named is a report, not a repeat: the signal finds nothing to confirm.
    'I have replied to your message on the order page, please have a look.',
    "I've answered your question about sizing in the chat.",
    // One cue that only the learned signal would confirm stays quiet with the signal off.
    { text: 'Literally the first line of the listing says it is untested.', options: { learned: false } },
    "It's been two days since it left, so it should arrive tomorrow.",
    "I'll try one more time with the courier tomorrow.",
    'With respect to sizing, the 34 runs small.',
    'So what I think happened is the lid came loose in transit.',
    'Really sorry about the wait on this one.',
    "Sure, I'll just check that for you now.",
    "I'll just send a new one, shall I?",
    'Sorry the bowl arrived chipped; it was only a £9 bowl but I know it was a gift.',
    "We've got a mystery box going now, 3 tees for £35. Just saying!",
    "This is the first time we've seen this happen, and I'm sorry.",
    "I'll come round to the depot tomorrow to collect it.",
    "I'll sort you out with a replacement once the claim is approved.",
    "I don't have the tracking yet, sorry; I'll send it as soon as it's in.",
    "We'll make sure you never wait this long again.",
    "I'll make sure you get it by Friday.",
    'Your review is fair, and we are sorry about the wait.',
    'It just arrived at the depot.',
    'I just checked the tracking again.',
    'You should have received a confirmation email.',
    'You should have been sent a return label.',
    'As I mentioned, the label is on your orders page.',
    'As mentioned, we ship on weekdays.',
    'Did you check your spam folder?',
    'You wrote "you obviously never read my message".',
    // "Obviously" inside a clause is a plain adverb.
    'It is obviously damaged in transit.',
    'Obviously we want you to love it, so send it back if the colour is wrong.',
    "Obviously that shouldn't happen to a new kettle, so I'm sorry.",
    // Wonder, advice and a plain breakdown are not doubt, warnings or talking down.
    "I find it hard to believe it's been a whole year since your first order!",
    'Please be careful when you lift the glass top out of the box.',
    'Let me break down the costs: £12 for the frame and £4 for postage.',
    "Sorry, I wasn't surprised to hear the courier lost it again, so I've already raised a claim.",
    "I'm not saying you should have checked.",
    'We disagree, Dylan. We love that you chose us.',
    'We cannot guarantee a date, but we will keep you posted.',
    'It is easy to return from your orders page.',
    'Sit back and enjoy the new chair.',
    // A "when" clause that says what the wait hangs on is no tautology.
    "It'll arrive when the courier next scans it.",
    "We'll ship it when it comes back from the engraver.",
    // Quotes round a status the writer cites are not scare quotes.
    "Tracking shows the 'damaged' status, so I've opened a claim.",
    "Thanks for your feedback, I've passed it on to the workshop.",
    'Let me walk you through it step by step.',
    'Next time you order, the code WELCOME10 still works.',
    'Did you try the reset button? It fixes most of these.',
    "Honestly, I don't know yet, but I'll find out today.",
    'We have other customers waiting on the same batch, so yours goes Monday.',
    "It's not broken: the light only comes on while it charges.",
    // An eager yes, a promise's own word, a concession of what the customer lived through.
    'Consider it done, the new one goes out today.',
    "The firing slipped, so it won't go out on Friday like we said.",
    "That doesn't change the fact it reached you broken, and I'd like to put it right.",
    "What the heck is going on with the depot this week, sorry, I'll chase them.",
  ],
  invalid: [
    {
      name: 'a tally of returns, a record held up, effusive thanks for one star, busy-ness granted as a jab',
      text: "We note this is your fifth return this year. The glaze has been the same for years without complaint. Thanks so much for the one-star, really helpful. I'm sure you're very busy, but the link is in the chat.",
      errors: [
        { messageId: 'exasperated', excerpt: 'your fifth return' },
        { messageId: 'defensive', excerpt: 'for years without complaint' },
        { messageId: 'sarcastic', excerpt: 'Thanks so much for the one-star' },
        { messageId: 'sarcastic', excerpt: "I'm sure you're very busy, but" },
      ],
    },
    {
      name: 'whatever happened put elsewhere, the source held up as plain, others managed',
      text: "Whatever went wrong with it, it didn't happen here. The label is very clear on that. Every other buyer who got one found the switch. Look again more carefully.",
      errors: [
        { messageId: 'defensive', excerpt: "Whatever went wrong with it, it didn't happen here" },
        { messageId: 'condescending', excerpt: 'is very clear on that' },
        { messageId: 'condescending', excerpt: 'Every other buyer who got' },
        { messageId: 'condescending', excerpt: 'Look again more carefully' },
      ],
    },
    {
      name: 'the point made once more, and counted',
      text: 'Again, the size on your screen is not the size of the print. Twice.',
      errors: [
        { messageId: 'condescending', excerpt: 'Again, the size on your screen' },
        { messageId: 'sarcastic', excerpt: 'Twice' },
      ],
    },
    {
      name: 'a check set as the price of writing again',
      text: 'Kindly scroll up to the photos before messaging again.',
      errors: [{ messageId: 'condescending', excerpt: 'scroll up to the photos before messaging again' }],
    },
    {
      name: 'one kind of cue that the learned signal confirms',
      text: 'Literally the first line of the listing says it is untested.',
      errors: [{ messageId: 'sarcastic', excerpt: 'Literally' }],
    },
    {
      name: 'an eye-roll at the reader, "rubbish" as a verdict, and an order to relax',
      text: "You've asked three times 🙄 That's rubbish and you know it. You need to relax a little.",
      errors: [
        { messageId: 'sarcastic', excerpt: '🙄' },
        { messageId: 'arguing', excerpt: "That's rubbish" },
        { messageId: 'accusatory', excerpt: 'and you know it' },
        { messageId: 'condescending', excerpt: 'You need to relax' },
      ],
    },
    {
      name: 'hindsight, chasing called futile, and a record held up against the customer',
      text: "You should have refused the delivery. Don't keep asking every day, asking won't make it come faster. I ship hundreds and nobody else complain.",
      errors: [
        { messageId: 'accusatory', excerpt: 'You should have refused' },
        { messageId: 'exasperated', excerpt: "Don't keep asking" },
        { messageId: 'exasperated', excerpt: "asking won't make it come faster" },
        { messageId: 'defensive', excerpt: 'nobody else complain' },
      ],
    },
    {
      name: 'a scoff, how plainly the listing said it, and responsibility refused',
      text: "Who would've guessed. It says pre-order in massive letters on the listing. I'm not accepting responsibility for that.",
      errors: [
        { messageId: 'sarcastic', excerpt: "Who would've guessed" },
        { messageId: 'condescending', excerpt: 'in massive letters on the listing' },
        { messageId: 'defensive', excerpt: "I'm not accepting responsibility" },
      ],
    },
    {
      name: "the customer's details held up as a warning",
      text: 'Go ahead and leave your one star. I have your address from the order, remember that.',
      errors: [{ messageId: 'threat', excerpt: 'I have your address from the order, remember that' }],
    },
    {
      name: "the customer's conduct judged futile or needless",
      text: "Shouting at me will not make the van move faster. There's no need for the name calling.",
      errors: [
        { messageId: 'condescending', excerpt: 'Shouting at me will not make' },
        { messageId: 'condescending', excerpt: 'no need for the name calling' },
      ],
    },
    {
      name: 'a lesson in how things work, and patience ordered',
      text: 'Just so you understand how online selling works, it left on Monday. Please calm yourself.',
      errors: [
        { messageId: 'condescending', excerpt: 'Just so you understand how online selling works' },
        { messageId: 'condescending', excerpt: 'calm yourself' },
      ],
    },
    {
      name: 'going over it again, counted',
      text: "I've explained the sizing twice now. We have been over this. Same as the last three times, it's with UPS.",
      errors: [
        { messageId: 'exasperated', excerpt: "I've explained the sizing twice" },
        { messageId: 'exasperated', excerpt: 'We have been over this' },
        { messageId: 'exasperated', excerpt: 'Same as the last three times' },
      ],
    },
    {
      name: 'an ultimatum',
      text: 'Take the review down by Friday or I will report you. Open another claim and see what happens.',
      errors: [
        { messageId: 'threat', excerpt: 'or I will report' },
        { messageId: 'threat', excerpt: 'claim and see what happens' },
      ],
    },
    {
      name: 'exasperation in the present, a subject left to the clause before, a lecture on how easy it is',
      text: "This is the third time I'm explaining the sizes. We measured it twice and did nothing wrong here. It's honestly not complicated.",
      errors: [
        { messageId: 'exasperated', excerpt: "This is the third time I'm explaining" },
        { messageId: 'defensive', excerpt: 'and did nothing wrong' },
        { messageId: 'condescending', excerpt: "It's honestly not complicated" },
      ],
    },
    {
      name: "the customer's tone policed",
      text: 'Watch your tone, please. The refund was issued on Monday.',
      errors: [{ messageId: 'dismissive', excerpt: 'Watch your tone' }],
    },
    {
      name: 'built from cues: an impatient marker and a minimised wait',
      text: "Honestly, it's literally been two days since you ordered.",
      errors: [{ messageId: 'dismissive', excerpt: "it's literally been two days", suggestions: [] }],
    },
    {
      name: 'built from cues: an opening edge and a repetition',
      text: 'Right, one last time, the code goes in the promo box.',
      errors: [{ messageId: 'exasperated', excerpt: 'Right, one last time', suggestions: [] }],
    },
    {
      name: 'a mock offer closed by a mock question',
      text: "Oh sure, I'll just drive it over myself, shall I?",
      errors: [
        {
          messageId: 'sarcastic',
          excerpt: "Oh sure, I'll just drive it over myself, shall I",
          suggestions: [],
        },
      ],
    },
    {
      name: 'built from cues: a verdict on the complaint and a sum named to make it small',
      text: 'No need to kick off like this over a £4 keyring.',
      errors: [{ messageId: 'arguing', excerpt: 'kick off like this over a £4', suggestions: [] }],
    },
    {
      name: 'a consequence hinted at',
      text: "Post that review and you'll find out the hard way.",
      errors: [{ messageId: 'threat', excerpt: "you'll find out the hard way", suggestions: [] }],
    },
    {
      name: 'a name called through "you\'d have to be"',
      text: "You'd have to be a right wazzock to wash silk at 60.",
      errors: [{ messageId: 'insult', excerpt: "You'd have to be a right wazzock", suggestions: [] }],
    },
    {
      name: "counting the writer's own messages at the customer",
      text: 'Per my last two messages, it left on Monday.',
      errors: [{ messageId: 'exasperated', excerpt: 'Per my last two messages', suggestions: [] }],
    },
    {
      name: 'a scoff of three words',
      text: 'Whatever you say.',
      errors: [{ messageId: 'sarcastic', excerpt: 'Whatever you say', suggestions: [] }],
    },
    {
      name: 'a sentence that is nothing but a scoff',
      text: 'Seriously?! It was signed for at your door.',
      errors: [{ messageId: 'sarcastic', excerpt: 'Seriously', suggestions: [] }],
    },
    {
      text: 'Let me put this in simpler terms: the code goes in the box.',
      errors: [{ messageId: 'condescending', excerpt: 'put this in simpler terms' }],
    },
    {
      text: "This is the fourth time you've asked about this.",
      errors: [{ messageId: 'exasperated', excerpt: "This is the fourth time you've" }],
    },
    {
      text: "I really don't have the energy to argue about postage.",
      errors: [{ messageId: 'exasperated', excerpt: "I really don't have the energy to argue" }],
    },
    {
      text: 'Did you actually measure the window?',
      errors: [{ messageId: 'accusatory', excerpt: 'Did you actually measure' }],
    },
    {
      text: "Message me like that one more time and I'll come round and sort you out.",
      errors: [
        { messageId: 'threat', excerpt: 'Message me like that one more time and' },
        { messageId: 'threat', excerpt: "I'll come round and sort you out" },
      ],
    },
    {
      text: "If you post that review, I'll make sure you regret it.",
      errors: [{ messageId: 'threat', excerpt: 'make sure you regret' }],
    },
    {
      text: 'Honestly the packing team are a bunch of clowns.',
      errors: [{ messageId: 'insult', excerpt: 'bunch of clowns' }],
    },
    {
      name: "judging the customer's own review",
      text: 'Frankly, a one-star review over a two-day delay is unfair.',
      errors: [{ messageId: 'arguing', excerpt: 'a one-star review over a two-day delay is unfair' }],
    },
    {
      text: 'As I already said, the parcel left on Monday.',
      errors: [
        {
          messageId: 'condescending',
          range: [0, 17],
          suggestions: [{ messageId: 'suggestRecap', output: 'To recap, the parcel left on Monday.' }],
        },
      ],
    },
    {
      text: 'The parcel, as I already said, left on Monday.',
      errors: [
        {
          messageId: 'condescending',
          excerpt: 'as I already said',
          suggestions: [{ messageId: 'suggestRemove', output: 'The parcel left on Monday.' }],
        },
      ],
    },
    {
      name: 'an opening that runs on to its comma goes whole: no "To recap, in my previous message,"',
      text: 'As I said in my previous message, the parcel left on Monday.',
      errors: [
        {
          messageId: 'condescending',
          excerpt: 'As I said',
          suggestions: [{ messageId: 'suggestRecap', output: 'To recap, the parcel left on Monday.' }],
        },
      ],
    },
    {
      text: 'Like I said it left on Monday.',
      errors: [
        {
          messageId: 'condescending',
          excerpt: 'Like I said',
          suggestions: [{ messageId: 'suggestRecap', output: 'To recap, it left on Monday.' }],
        },
      ],
    },
    {
      name: "doubting the customer's account, reframing the complaint, talking down, a warning dressed as advice",
      text: "I find it hard to believe the seal broke on its own. That's not a fault, that's a change of mind. Let me get this straight, you used it for a month? I'd be careful making claims like that.",
      errors: [
        { messageId: 'arguing', excerpt: 'I find it hard to believe' },
        { messageId: 'arguing', excerpt: "That's not a fault, that's" },
        { messageId: 'condescending', excerpt: 'Let me get this straight' },
        { messageId: 'threat', excerpt: "I'd be careful making" },
      ],
    },
    {
      name: 'other customers held up as the ones who can, and a name after "yuh damn"',
      text: "I'm busy packing orders for customers who can manage a polite message. Stop the noise, yuh damn fool.",
      errors: [
        { messageId: 'condescending', excerpt: 'customers who can manage' },
        { messageId: 'insult', excerpt: 'yuh damn fool', suggestions: [] },
      ],
    },
    {
      name: "counting the customer's messages back at them, and leaving them to do the sums",
      text: "Thanks for your messages, all five of them. It was ordered on Sunday and today is Monday, so I'll let you do the maths.",
      errors: [
        { messageId: 'condescending', excerpt: 'messages, all five of them' },
        { messageId: 'condescending', excerpt: "I'll let you do the maths" },
      ],
    },
    {
      name: 'an opening "Obviously" before what the customer is told they should have known',
      text: 'Obviously the glaze needs a day to set before the mug is used.',
      errors: [
        {
          messageId: 'condescending',
          excerpt: 'Obviously',
          suggestions: [
            { messageId: 'suggestRemove', output: 'The glaze needs a day to set before the mug is used.' },
          ],
        },
      ],
    },
    {
      text: 'Obviously, we cannot refund a used item.',
      errors: [
        {
          messageId: 'condescending',
          excerpt: 'Obviously',
          suggestions: [{ messageId: 'suggestRemove', output: 'We cannot refund a used item.' }],
        },
      ],
    },
    {
      text: 'Please calm down!',
      errors: [
        {
          messageId: 'condescending',
          excerpt: 'Please calm down',
          suggestions: [{ messageId: 'suggestEmpathy', output: 'I understand this is frustrating.' }],
        },
      ],
    },
    {
      text: 'Please calm down and read the policy.',
      errors: [{ messageId: 'condescending', excerpt: 'Please calm down' }],
    },
    {
      text: 'I have to be honest, a gesture will not resolve this.',
      errors: [
        {
          messageId: 'defensive',
          excerpt: 'I have to be honest',
          // A preface announces something blunt; without it the rest reads blunter still.
          suggestions: [],
        },
      ],
    },
    { text: 'We did nothing wrong.', errors: [{ messageId: 'defensive', range: [0, 20] }] },
    {
      text: "We're only obligated to provide bags for loose meat.",
      errors: [{ messageId: 'defensive', excerpt: "We're only obligated to" }],
    },
    {
      text: 'You should have measured the space.',
      errors: [{ messageId: 'accusatory', excerpt: 'You should have measured' }],
    },
    {
      text: "If you'd read the listing you would know.",
      errors: [{ messageId: 'accusatory', excerpt: "If you'd read" }],
    },
    {
      text: 'That is just how it is.',
      errors: [{ messageId: 'dismissive', excerpt: 'That is just how it is' }],
    },
    { text: 'Good luck with that.', errors: [{ messageId: 'sarcastic', excerpt: 'Good luck with that' }] },
    { text: 'You are wrong about the size.', errors: [{ messageId: 'arguing', excerpt: 'You are wrong' }] },
    {
      name: "scare quotes round the customer's word, rewritten without them",
      text: "Thanks so much for your 'review', it made our day.",
      errors: [
        {
          messageId: 'sarcastic',
          excerpt: "'review'",
          suggestions: [
            { messageId: 'suggestUnquote', output: 'Thanks so much for your review, it made our day.' },
          ],
        },
      ],
    },
    {
      name: 'a tautology for a date',
      text: "Your parcel gets there when it gets there, I'm afraid.",
      errors: [{ messageId: 'dismissive', excerpt: 'gets there when it gets there', suggestions: [] }],
    },
    {
      name: 'a mock hesitation in a question',
      text: 'Have you tried, I dunno, plugging it in?',
      errors: [{ messageId: 'sarcastic', excerpt: 'I dunno', suggestions: [] }],
    },
    {
      name: 'built from cues: candour as a stick and a verdict',
      text: "Frankly, that's absurd.",
      errors: [{ messageId: 'arguing', excerpt: "Frankly, that's absurd", suggestions: [] }],
    },
    {
      name: 'built from cues: a sarcastic opening and a wait counted as long',
      text: 'Wow, two whole days without it?',
      errors: [{ messageId: 'dismissive', excerpt: 'Wow, two whole days', suggestions: [] }],
    },
    {
      name: "the writer's limits set against the customer",
      text: 'We are not your servants. I do have a life outside this shop.',
      errors: [
        { messageId: 'dismissive', excerpt: 'We are not your servants' },
        { messageId: 'dismissive', excerpt: 'I do have a life' },
      ],
    },
    {
      name: 'a lesson for next time, a judgement of the person, a promise to go slowly',
      text: "In future, please read the size chart before you order. That says a lot about you. Let's go through it slowly.",
      errors: [
        { messageId: 'condescending', excerpt: 'read the size chart before' },
        { messageId: 'condescending', excerpt: 'says a lot about you' },
        { messageId: 'condescending', excerpt: "Let's go through it slowly" },
      ],
    },
    {
      name: 'mock feats, mock sympathy and mock doubt',
      text: "Sure, I'll conjure one up. The team, who I'm sure will be heartbroken, has your note, which you may or may not have read.",
      errors: [
        { messageId: 'sarcastic', excerpt: 'conjure' },
        { messageId: 'sarcastic', excerpt: "who I'm sure will be heartbroken" },
        { messageId: 'sarcastic', excerpt: 'may or may not have read' },
      ],
    },
    {
      name: 'a last warning, how the seller could have known, what duty requires',
      text: "This is your last warning. How would we have known it was a gift? We posted it on time, which is all we're obliged to do.",
      errors: [
        { messageId: 'dismissive', excerpt: 'This is your last warning' },
        { messageId: 'arguing', excerpt: 'How would we have known' },
        { messageId: 'arguing', excerpt: "which is all we're obliged to do" },
      ],
    },
    {
      name: 'told to be honest, told to stop accusing, wished well elsewhere',
      text: "I'd ask you to be honest about how it broke. Please stop assuming we are hiding it. I'm sure the other shop will be thrilled to have you.",
      errors: [
        { messageId: 'arguing', excerpt: "I'd ask you to be honest about" },
        { messageId: 'arguing', excerpt: 'stop assuming we' },
        { messageId: 'sarcastic', excerpt: 'will be thrilled to have you' },
      ],
    },
    {
      text: 'We are in no way at fault for the wait.',
      errors: [{ messageId: 'defensive', excerpt: 'We are in no way at fault' }],
    },
  ],
})
