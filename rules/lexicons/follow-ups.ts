import type { Lexicon } from '../../src/core.js'

/**
 * Sentences that only carry on the one before: a softener after an offer ("No pressure at all.",
 * "Just a thought!") or a pointer back to it ("They're cheaper there, so have a look."). When a
 * rewrite removes a sentence, such a follow-up has nothing left to soften or point at.
 */
export const softenerLexicon: Lexicon = {
  name: 'follow-ups/softeners',
  entries: [
    {
      match: [
        '(no|zero) (pressure|obligation|rush|worries if not|pressure whatsoever)',
        '(just|only) a (thought|suggestion|heads up|heads-up|idea)',
        "(just)? (thought|figured) (i'd|i would|we'd|we would|id) (mention|share|let you know|flag)",
        "(only|just)? if (you're|youre|you are|you were|ur) (interested|curious|keen|tempted)",
        '(have|take) a (look|peek|browse|nosey|nose)',
        '(worth|well worth) a (look|peek|browse)',
        "(let me know|shout|give me a shout|drop me a line) if (you'd|youd|you would|you) (like|want|fancy|need) (one|it|them|some|any|a)",
        '(totally|entirely|completely)? up to you',
        'happy to (hold|reserve|save|put aside|set aside) (one|it|them|some|a)',
        // What the ask would mean to the writer: "would mean a lot", "it'd mean the world".
        "(would|it'd|itd|that'd|thatd|it would|that would) (really)? mean (a lot|the world|so much|loads|heaps)",
        // Taking it up: "Reply YES and our team will activate it", "You can sign up from our store page".
        '(reply|answer|text) (yes|y|ok|okay) (and|to|if)',
        '(sign up|signup|subscribe|join) (from|on|at|via|through|here|using)',
        '(be|get|stay) on the (list|mailing list|waitlist|wait list)',
        // How to take it up at the till: "Just tick the box next time you check out".
        '(just)? (tick|check|select|choose|pick) the (box|option) (next time|when|at|on|before)',
        '(next time|when|whenever) (you|u) (check out|checkout|order|reorder|buy)',
        // What the pitched plan gives, said after it: "You'd get a fresh bag every month and save 15%."
        "(you'd|you would|youd|you'll|you will) (also)? (get|save|receive|enjoy|pay only|only pay)",
        // Taking up the offer: "Just say the word.", "Just say the word and I'll add you."
        '(just)? say the word',
        // An offer to add what was pitched: "Shall I add one to your order?".
        '(shall|should|can|could|want me to|would you like me to) (i|we)? (add|include|pop|throw|put|send) (one|it|them|some|a pair|a set|a couple)',
        '(just)? (say the word|give me a shout|give us a shout|give me a nudge|drop me a line|drop us a line|let me know|let us know|message me|reply here) (and|if) *{0,3} (add|sign|put|reserve|hold|set|send|sort)',
      ],
      negatable: false,
    },
  ],
}

/** Words that point back to what came before: "there", "them", "the same", "are included" (in it). */
export const POINTERS = ['there', 'them', 'those', 'these', 'they', "they're", 'same', 'included'] as const
