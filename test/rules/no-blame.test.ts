import rule from '../../rules/no-blame.js'
import { RuleTester } from '../../src/testing/index.js'

new RuleTester().run(rule, {
  valid: [
    // A choice left to the customer, and the writer's own claim with the carrier.
    "The ball's in your court, just tell me which colour.",
    "I'll use your photos to lodge a claim with the carrier today.",
    // Owning what the writer left out, and plain advice before buying, blame no one.
    'I forgot the earring backs, sorry! A set goes out tomorrow.',
    'Please check the size chart before ordering the next one.',
    // A question or a condition about the customer's side places no fault.
    'Is everything working on your end now?',
    'If anything looks off at your end, send me a photo and I will check.',
    // "accept that" before a noun is about an offer; refusing the customer's account is the tone rule's.
    "I can't accept that offer for the pair, sorry.",
    "I don't accept that the lid was missing, we photograph every box.",
    // Dropping off is delivering, and where a carrier does not go is its service.
    'Parcelforce will drop it off on Thursday morning.',
    'The driver drops them at the locker by the station.',
    "Royal Mail don't deliver on Sundays, so it will come on Monday.",
    "Sorry, this courier can't deliver to PO boxes; could you give a street address?",
    // Where something can be seen, not whose fault it is.
    "I'll send the waybill number as soon as it's on their system.",
    'Tracking is on the app, so there is no need to wait for me.',
    // A routine hold is where the parcel is, not a fault.
    'Your parcel is being held by customs in Durban for a routine check.',
    // "Should have" as an expectation or a sympathy, not hindsight.
    'You should have it by Friday.',
    'You should have received an email with the tracking.',
    "You shouldn't have had to chase us for this.",
    'You should have tracking by tonight.',
    // The writer's own team, with the fault owned in the same sentence.
    "Our warehouse team picked the wrong size, which is our mistake, and I'm sorry.",
    // A named party beside a fault noun that is not theirs, and "not us" inside an answer.
    'The courier confirmed an error in the address, so I have corrected it.',
    'It was well wrapped when it left us, and I am sorry it arrived marked.',
    // Near misses of the damage-after-hand-over class, the lesson for next time and hindsight.
    'If anything is damaged after delivery, send me a photo and I will sort it.',
    "I'll double-check the label next time before it goes out.",
    "Worth a look next time you're after a gift.",
    'You should have received a tracking email by now.',
    'If you had ordered the blue one, I would have swapped it for you gladly.',
    // "Pinch" means stealing only with what was taken: tight shoes pinch.
    "Sorry they're pinching, this style runs half a size small.",
    // An instruction for later is not a reproach; the seller's own system failing is an apology's colour.
    "Once you've fitted it yourself, test the light.",
    'You can choose the slot yourself on the tracking page.',
    'Our system glitched overnight, sorry, so the labels print today.',
    "You've obviously put a lot of thought into the engraving.",
    "We'll send a new one rather than a refund, if that suits.",
    // A maker named with good news, and a stole (the shawl), are no blame.
    'It makes our weavers very happy to hear the stole was loved.',
    'Our weaver has been unwell, so your saree will be a few days late.',
    // "Not from us" answering where an order ships from names a place, not a fault.
    'Our oak tables ship direct from our workshop partner in Leeds, not from us, so the tracking comes a day later.',
    'You need to select the return journey first.',
    'I asked the courier, who said it was left with a neighbour.',
    "I'll raise it with them first thing tomorrow.",
    "That's not something we can fix from here, but I've opened a claim.",
    'Our bloody printer jammed, sorry; your order goes out today.',
    "They're sitting on my bench until the gift boxes arrive.",
    'Had you any trouble with the size guide? Let us know and we can help.',
    // The seed guide's good examples.
    'Thanks for reaching out. Your order is currently being handled by Kingston Express and is still in transit. Delivery is actively monitored, and we’ll update you if anything changes.',
    'Thanks for your message. I’m confirming delivery details with the courier and will update you shortly.',
    // Neutral status facts about couriers and customs.
    'Customs checks can add a few days.',
    'Tracking shows the carrier attempted delivery yesterday and left a card.',
    'The courier has confirmed the parcel was lost in transit, and I have opened a claim.',
    'Your parcel is being held at customs for inspection.',
    'The driver left it in your safe place.',
    'Your parcel has been delayed by customs.',
    // Routing without fault-finding, and owning the mistake.
    'The seller ships this item directly.',
    'Sorry, this was our mistake and we are fixing it.',
    "It's not your fault at all.",
    'We take full responsibility for this.',
    // Negated, conditional, quoted, idiomatic.
    "We're not blaming the courier.",
    'If you entered the wrong address, just let us know and we will update it.',
    'Did you enter the wrong postcode by any chance?',
    'You wrote that "the courier messed up" in your message.',
    "I can't help but smile at your photo.",
    'The courier said we made a mistake with the label, so I checked it again.',
    "We can't help with returns by phone, but you can start one from the order page.",
    'We are not responsible for customs fees on international orders.',
    'You may have entered an old address, so could you check it for us?',
    'Avoid using the courier collection point if you need it quickly.',
    // Near misses of the new frames: a neutral role, an own mistake, a pronoun asked about.
    'I asked DPD whether they damaged it, and they will check the scans.',
    'We packed the wrong size, sorry, a new one goes out today.',
    'Their depot is open until 6pm if you would like to collect it.',
  ],
  invalid: [
    {
      name: 'the matter handed over as done, complaints sent on, rough handling, the customer sent to the carrier',
      text: "The ball's in Evri's court now, job done on my side. Any complaints are best aimed their way. The drivers are handling parcels very roughly. Kindly raise a claim with the courier.",
      errors: [
        { messageId: 'disown', excerpt: "ball's in Evri's court" },
        { messageId: 'disown', excerpt: 'complaints are best aimed their way' },
        { messageId: 'blame', excerpt: 'The drivers are handling parcels very roughly' },
        { messageId: 'disown', excerpt: 'Kindly raise a claim with the courier' },
      ],
    },
    {
      name: "disowning with a softener, the matter closed on our end, the seller's responsibility",
      text: "Not really on me that one. The case is closed on our end. Redelivery falls outside the seller's responsibility.",
      errors: [
        { messageId: 'disown', excerpt: 'Not really on me' },
        { messageId: 'disown', excerpt: 'case is closed on our end' },
        { messageId: 'disown', excerpt: "outside the seller's responsibility" },
      ],
    },
    {
      name: 'a colleague who left something out, a lesson before ordering',
      text: 'Our packer forgot the charging cable. Kindly read the listing properly before placing an order.',
      errors: [
        { messageId: 'blame', excerpt: 'Our packer forgot' },
        { messageId: 'blameCustomer', excerpt: 'read the listing properly before placing' },
      ],
    },
    {
      name: "where the fault is said to lie, on the customer's side",
      text: 'If the glass cracked, it happened at your end.',
      errors: [{ messageId: 'blameCustomer', excerpt: 'it happened at your end' }],
    },
    {
      name: "the problem's place, contracted",
      text: "Nobody else has had trouble, so the problem's on your end.",
      errors: [{ messageId: 'blameCustomer', excerpt: "problem's on your end" }],
    },
    {
      name: "a party's liability",
      text: "The dent happened in transit and is therefore the courier's liability.",
      errors: [{ messageId: 'blame', excerpt: "the courier's liability" }],
    },
    {
      name: 'the fault refused outright',
      text: "We won't be accepting any liability for the wait.",
      errors: [{ messageId: 'disown', excerpt: "won't be accepting any liability" }],
    },
    {
      name: 'dropping as damage done, said in the past',
      text: 'The depot dropped your mirror off a cage, by the look of the box.',
      errors: [{ messageId: 'blame', excerpt: 'The depot dropped' }],
    },
    {
      name: 'hindsight about what the customer did, whatever the verb',
      text: 'You should have refused the delivery if the tube was crushed.',
      errors: [{ messageId: 'blameCustomer', excerpt: 'You should have refused' }],
    },
    {
      name: "the writer's own team blamed, with nothing owned",
      text: 'Our warehouse team picked the wrong size.',
      errors: [{ messageId: 'blame', excerpt: 'Our warehouse team picked the wrong' }],
    },
    {
      name: 'a party named before an error noun, and "Not us." said alone',
      text: 'Courier error. Not us.',
      errors: [
        { messageId: 'blame', excerpt: 'Courier error' },
        { messageId: 'disown', excerpt: 'Not us' },
      ],
    },
    {
      name: 'what came after left between the customer and the carrier; the fault absent when it left',
      text: 'Whatever happened after that is between you and the depot. It was not damaged when it left us.',
      errors: [
        { messageId: 'disown', excerpt: 'Whatever happened after that is between you and' },
        { messageId: 'disown', excerpt: 'was not damaged when it left' },
      ],
    },
    {
      name: 'a wrong act done by mistake, and hindsight about what the customer would have seen',
      text: 'Our fulfilment partner sent the old model by mistake. You would have seen that if you had compared the numbers.',
      errors: [
        { messageId: 'blame', excerpt: 'Our fulfilment partner sent the old model by mistake' },
        { messageId: 'blameCustomer', excerpt: 'You would have seen that if you had' },
      ],
    },
    {
      name: 'damage placed after the goods reached the customer or left the seller',
      text: 'The crack must have happened after delivery. The dent occurred after handoff to the carrier.',
      errors: [
        { messageId: 'blameCustomer', excerpt: 'happened after delivery' },
        { messageId: 'disown', excerpt: 'occurred after handoff' },
      ],
    },
    {
      name: 'hindsight, a lesson for next time and the user named as the cause',
      text: "You should have checked the voltage first. Measure yourself next time. That's a setup mistake, not a fault. If you'd paid for tracking we wouldn't be here.",
      errors: [
        { messageId: 'blameCustomer', excerpt: 'You should have checked' },
        { messageId: 'blameCustomer', excerpt: 'Measure yourself next time' },
        { messageId: 'blameCustomer', excerpt: 'setup mistake' },
        { messageId: 'blameCustomer', excerpt: "If you'd paid for tracking we wouldn't be" },
      ],
    },
    {
      name: "doubt cast on the customer's account",
      text: "Are you sure nobody else opened it? Parcels don't just vanish.",
      errors: [
        { messageId: 'blameCustomer', excerpt: 'Are you sure nobody' },
        { messageId: 'blameCustomer', excerpt: "Parcels don't just vanish" },
      ],
    },
    {
      name: 'blame refused outright, a packing fault denied, damage put down to the washing',
      text: "I'm not taking the hit for this. The crushing isn't a packing issue. The shrinkage is from the washing.",
      errors: [
        { messageId: 'disown', excerpt: 'not taking the hit for' },
        { messageId: 'disown', excerpt: "isn't a packing issue" },
        { messageId: 'blameCustomer', excerpt: 'is from the washing' },
      ],
    },
    {
      name: 'a maker the shop works with, or its own packing room, at fault',
      text: 'The weaver who makes our bags was careless with this batch.',
      errors: [{ messageId: 'blame', excerpt: 'The weaver who makes our bags was careless' }],
    },
    {
      name: 'the detail named before the fault',
      text: 'You typed the apartment number wrong at checkout.',
      errors: [{ messageId: 'blameCustomer', excerpt: 'You typed the apartment number wrong' }],
    },
    {
      name: 'the fault laid on how the customer used it',
      text: 'The bracket was fitted upside down, that is why it rattles.',
      errors: [
        {
          messageId: 'blameCustomer',
          excerpt: 'was fitted upside down',
          // Not "That is why it rattles.": "that" would point at what was removed; and no stock
          // sentence stands in for what the draft said happened.
          suggestions: [],
        },
      ],
    },
    {
      name: 'a contrast that disowns the work',
      text: 'That smudge is a printer fault, not our artwork.',
      errors: [{ messageId: 'disown', excerpt: 'not our artwork', suggestions: [] }],
    },
    {
      name: 'someone unnamed, known by what they handled',
      text: "Whoever loaded the van clearly couldn't be arsed, sorry.",
      errors: [
        {
          messageId: 'blame',
          excerpt: "Whoever loaded the van clearly couldn't be arsed",
          suggestions: [],
        },
      ],
    },
    {
      name: 'a relative clause on the party carries the fault',
      text: 'Sorry, the depot in Leeds, which has been a black hole lately, still has it.',
      errors: [
        {
          messageId: 'blame',
          excerpt: 'the depot in Leeds, which has been a black hole',
          // A stock sentence in place of thirteen words would lose that the depot still has it.
          suggestions: [],
        },
      ],
    },
    {
      name: 'disowning by what could not have been done',
      text: 'Honestly that was not something we could have prevented.',
      errors: [{ messageId: 'disown', excerpt: 'not something we could have prevented' }],
    },
    {
      text: "The Courier Guy's Joburg branch has fumbled it.",
      errors: [
        {
          messageId: 'blame',
          excerpt: "The Courier Guy's Joburg branch has fumbled",
          suggestions: [],
        },
      ],
    },
    {
      text: 'Bloody customs, sorry. It has been at Heathrow for a fortnight.',
      errors: [
        {
          messageId: 'blame',
          excerpt: 'Bloody customs',
          suggestions: [],
        },
      ],
    },
    {
      text: "Piss poor effort from DPD, that's the second cracked screen this month.",
      errors: [
        {
          messageId: 'blame',
          excerpt: 'Piss poor effort from DPD',
          // Not "That's the second cracked screen this month.": "that" would point at nothing.
          suggestions: [],
        },
      ],
    },
    {
      text: 'The post office counter weighed it wrong.',
      errors: [
        {
          messageId: 'blame',
          excerpt: 'The post office counter weighed it wrong',
          suggestions: [],
        },
      ],
    },
    {
      text: 'Canada Post have been sitting on your order since the 3rd.',
      errors: [
        {
          messageId: 'blame',
          excerpt: 'Canada Post have been sitting on',
          // A stock restatement would lose the date.
          suggestions: [],
        },
      ],
    },
    {
      name: 'the hindsight reproach opens like a question but is not one',
      text: "Had you checked the size guide, you'd have seen that it comes up small.",
      errors: [
        {
          messageId: 'blameCustomer',
          excerpt: "Had you checked the size guide, you'd have seen",
          // A stock sentence in place of all of it would lose "it comes up small".
          suggestions: [],
        },
      ],
    },
    {
      text: 'royal mail round here are a nightmare at the moment tbh',
      errors: [
        {
          messageId: 'blame',
          excerpt: 'royal mail round here are a nightmare',
          suggestions: [],
        },
      ],
    },
    {
      text: 'Whichever clown at DPD left it out in the rain owes us an apology.',
      errors: [
        {
          messageId: 'blame',
          excerpt: 'Whichever clown at DPD',
          // A stock sentence would lose that it was left out in the rain.
          suggestions: [],
        },
      ],
    },
    {
      text: "That's 100% a UPS thing, not a packing thing.",
      errors: [
        {
          messageId: 'blame',
          excerpt: "That's 100% a UPS thing",
          suggestions: [],
        },
      ],
    },
    {
      text: 'the courier really f***ed this one up',
      errors: [
        {
          messageId: 'blame',
          excerpt: 'the courier really f***ed this one up',
          suggestions: [],
        },
      ],
    },
    {
      name: 'the seed guide: the courier messed up',
      text: 'The courier messed up.',
      errors: [
        {
          messageId: 'blame',
          range: [0, 21],
          suggestions: [],
        },
      ],
    },
    {
      name: 'the seed guide: customs always delays things',
      text: 'Customs always delays things.',
      errors: [
        {
          messageId: 'blame',
          excerpt: 'Customs always delays',
          suggestions: [],
        },
      ],
    },
    {
      name: "the seed guide: this isn't my problem",
      text: "This isn't my problem.",
      errors: [
        {
          messageId: 'disown',
          range: [5, 21],
          // Nothing can stand in for it without inventing what the seller will do, and it is the whole reply.
          suggestions: [],
        },
      ],
    },
    {
      name: 'a lead-in is kept as its own sentence',
      text: "I'm sorry, the courier has clearly lost your parcel.",
      errors: [
        {
          messageId: 'blame',
          excerpt: 'the courier has clearly lost',
          suggestions: [],
        },
      ],
    },
    {
      text: "It's the courier's fault, not ours.",
      errors: [
        {
          messageId: 'blame',
          excerpt: "the courier's fault",
          suggestions: [],
        },
      ],
    },
    {
      text: 'The parcel was damaged by the courier.',
      errors: [
        {
          messageId: 'blame',
          excerpt: 'damaged by the courier',
          suggestions: [],
        },
      ],
    },
    {
      text: 'Our supplier sent us the wrong stock.',
      errors: [
        {
          messageId: 'blame',
          excerpt: 'Our supplier sent us the wrong stock',
          suggestions: [],
        },
      ],
    },
    {
      name: 'another department',
      text: 'This was caused by a miscommunication between our customer service and warehouse staff.',
      errors: [
        {
          messageId: 'blame',
          excerpt: 'caused by a miscommunication between our customer service',
          // Thirteen words are more than a stock restatement may stand in for.
          suggestions: [],
        },
      ],
    },
    {
      name: 'the customer, after a greeting',
      text: 'Hi Priya, you entered the wrong postcode.',
      errors: [
        {
          messageId: 'blameCustomer',
          excerpt: 'you entered the wrong',
          suggestions: [],
        },
      ],
    },
    {
      text: 'Nothing we can do, take it up with the courier.',
      errors: [
        {
          messageId: 'disown',
          excerpt: 'Nothing we can do',
          // Nothing can stand in for it without inventing what the seller will do, and it is the whole reply.
          suggestions: [],
        },
      ],
    },
    {
      name: 'refusing help while sending the customer elsewhere',
      text: "We're sorry we can't help, but their telephone number is on the website.",
      errors: [
        {
          messageId: 'disown',
          excerpt: "we can't help",
          suggestions: [],
        },
      ],
    },
    {
      text: 'We have no control over customs delays.',
      errors: [
        {
          messageId: 'disown',
          excerpt: 'We have no control over',
          // Nothing can stand in for it without inventing what the seller will do, and it is the whole reply.
          suggestions: [],
        },
      ],
    },
    {
      name: 'disowning and redirecting get no rewrite',
      text: "Sorry Dave, once it leaves us there's nothing we can do. Take it up with the courier, their number is on the tracking page.",
      errors: [
        {
          messageId: 'disown',
          excerpt: "there's nothing we can do",
          suggestions: [],
        },
        {
          messageId: 'disown',
          excerpt: 'Take it up with',
          suggestions: [],
        },
      ],
    },
    {
      name: "no rewrite: without the blame, what happened has to be said anew in the seller's words",
      text: "Sorry for the wait. Royal Mail lost your parcel again, so I've opened a claim with them.",
      errors: [
        {
          messageId: 'blame',
          excerpt: 'Royal Mail lost',
          suggestions: [],
        },
      ],
    },
    {
      name: 'no removal that leaves a fragment of the blame, and no stock restatement',
      text: "I can see you've opened a dispute, but this was the courier's fault, not ours.",
      errors: [
        {
          messageId: 'blame',
          excerpt: "the courier's fault",
          suggestions: [],
        },
      ],
    },
    {
      name: 'an unnamed party',
      text: 'Sorry, the issue is on their end.',
      errors: [
        {
          messageId: 'blame',
          excerpt: 'their end',
          suggestions: [],
        },
      ],
    },
    {
      text: 'DPD keep losing parcels in your area.',
      errors: [
        {
          messageId: 'blame',
          excerpt: 'DPD keep losing',
          suggestions: [],
        },
      ],
    },
    {
      text: 'Please understand that this delay was out of our control.',
      errors: [
        {
          messageId: 'disown',
          excerpt: 'out of our control',
          // Nothing can stand in for it without inventing what the seller will do, and it is the whole reply.
          suggestions: [],
        },
      ],
    },
    {
      name: "the customer's own choice stressed",
      text: "I can't take the blame for a delivery slot you booked yourself.",
      errors: [{ messageId: 'blameCustomer', excerpt: 'you booked yourself' }],
    },
    {
      name: "fault put on the customer's side of the line, or on use plain to see",
      text: "That bit's on your end, not the courier's. The photos show a lamp you've clearly dropped.",
      errors: [
        { messageId: 'blameCustomer', excerpt: "That bit's on your end" },
        { messageId: 'blameCustomer', excerpt: "you've clearly dropped" },
      ],
    },
    {
      name: 'disowning by contrast with our own handling or the goods',
      text: 'The scuff came from the depot rather than from our packing. The fit comes from the size chosen rather than the dress itself.',
      errors: [
        { messageId: 'disown', excerpt: 'rather than from our packing' },
        { messageId: 'disown', excerpt: 'rather than the dress itself' },
      ],
    },
    {
      name: "a marketplace's system known by its owner's name",
      text: "Shopzilla's checkout randomly cancels orders.",
      errors: [{ messageId: 'blame', excerpt: "Shopzilla's checkout randomly cancels" }],
    },
    {
      name: "responsibility put with the carrier, the matter left in their hands, a maker's quality control",
      text: "Responsibility lies with the carrier. It's in their hands now. The supplier's QC let bad units through.",
      errors: [
        { messageId: 'blame', excerpt: 'Responsibility lies with the carrier' },
        { messageId: 'disown', excerpt: "It's in their hands" },
        { messageId: 'blame', excerpt: "The supplier's QC let bad units through" },
      ],
    },
    {
      name: 'a delivery rider, and a carrier not doing its job',
      text: "The rider didn't even try. Their depot is not working properly.",
      errors: [
        { messageId: 'blame', excerpt: "The rider didn't even try" },
        { messageId: 'blame', excerpt: 'Their depot is not working properly' },
      ],
    },
  ],
})
