import type { Lexicon } from '../../src/core.js'

/**
 * Review pressure is often built from parts with no fixed wording: a top score and an ask ("a full
 * row of stars would make our week"), a review and a change ("any chance you'd reconsider the
 * rating?"), a review and a reward ("every review goes into a draw"), a review and a gate ("I'd
 * rather hear it from you than see it on the product page"). Each kind alone is ordinary; the
 * pairs the rule reads are listed in `PITCHES` of the rule.
 *
 * - `review`: a review, rating, score or survey.
 * - `topScore`: the best score ("five little stars", "full marks", "a 10", "very satisfied").
 * - `ask`: asking or wishing ("would make our week", "if you could", "a quick reminder").
 * - `change`: changing what was given ("bump it up", "reconsider", "delete the bit about").
 * - `reward`: something given for it ("a free mini", "a draw", "cashback").
 * - `gate`: keeping a complaint out of the review ("rather hear it from you first").
 * - `pressure`: what the score costs the seller ("one bad rating really hurts", "the badge").
 */
export type ReviewCue = 'review' | 'topScore' | 'ask' | 'change' | 'reward' | 'gate' | 'pressure'

/** A star glyph or a score in figures: "5★", "★★★★★", "5/5", "10/10". */
export const TOP_SCORE_IN_FIGURES = /(?:\b5\s?★|★{3,}|\b5\s?\/\s?5\b|\b10\s?\/\s?10\b)/

export const reviewCueLexicon: Lexicon<ReviewCue> = {
  name: 'no-review-manipulation/cues',
  entries: [
    {
      tag: 'review',
      match: [
        '(review|reviews|rating|ratings|feedback|score|survey|comment|stars|star|neutral|1-star|one-star|2-star|two-star|3-star|three-star)',
        '(product|review|feedback) page',
      ],
      // The seller's own review of a request: "our review team", "once it's with us to review".
      unless: [
        "(our|my|the team's) review",
        "(to|will|can|i'll|ill|we'll|they'll|theyll|she'll|he'll|you'll|would|could|should|must|may|might|'ll) review",
        // Sent to be assessed: "with our team for review", "passed on for review".
        'for review',
        'review (team|process|period)',
        'under review',
        '(wait|waiting) for the review',
      ],
    },
    {
      tag: 'topScore',
      match: [
        '(five|5|full|all the|all|top) (little|shiny|gold|golden)? (stars|star)',
        '(five-star|5-star) (rating|review|feedback)',
        '(full|top) marks',
        '(a|the) (10|ten) (would|will|from you|on the)',
        '(10|ten) out of (10|ten)',
        '(5|five) out of (5|five)',
        '(a|full|whole) row of stars',
        'thumbs up',
        '(very|extremely|completely) satisfied',
        '(a|to a|making it a|into a) positive',
      ],
    },
    {
      tag: 'ask',
      match: [
        '(would|could|can|will) (you|u)',
        '(please|pls|plz)',
        "(would|will|it would|itd|it'd) (honestly|really|totally|seriously|genuinely|just)? (make|made) (our|my) (day|week|month|year)",
        "(would|will|really|it'd|itd|it would|it will|it really)? (help|helps) (us|me)? (out|loads|a lot|massively|so much|hugely|no end)?",
        "(we'd|wed|we would|i'd|id|i would) (love|be thrilled|be so grateful|be grateful|be greatful|appreciate|be chuffed)",
        '(a|just a|quick) reminder',
        'if (you|u) could',
        '(any chance|is there any way|would you be open|would you mind)',
        '(hit|tick|ticking|choose|pick|select|spare|hitting)',
        'would be (amazing|great|brilliant|wonderful|lovely|fab|ace)',
        '(means|mean) the world',
        '(when|if) (you|u) (get|have|got) a (sec|second|minute|moment|spare minute)',
        'no pressure',
        "(you'd|youd|you would) (reconsider|consider)",
      ],
    },
    {
      tag: 'change',
      match: [
        '(bump|bumping|bumped|nudge|nudging) (it|yours|your|ur|the|that)? *{0,2} up',
        '(reconsider|reconsidering|rethink|rethinking|revisit|revisiting|revising|revise)',
        '(change|changing|edit|editing|delete|deleting|remove|removing|amend|amending|update|updating|take down) (it|yours|ur|your|the bit|the part|that bit|that part|the comment|your comment|your earlier|the 1 star|the one star|the rating|the review|the stars)',
        '(making|make) it (five|5)',
        // The review taken off with its pronoun between: "if you take it down", "take that one off".
        '(take|taking|took) (it|that|this|them|that one|it all) down',
        '(pop|go|hop) back in and (change|edit|update)',
        'count against',
      ],
      // "Thanks for updating your review" thanks for a change already made.
      unless: [
        '(thanks|thank you|thx|cheers) (so much)? for (updating|changing|editing|removing|amending|revising|bumping)',
      ],
    },
    {
      tag: 'reward',
      match: [
        '(freebie|bonus|prize|voucher|cashback|cash back|discount|code|treat|refund|reward|gift card)',
        '(a|an|some|the|for)? free (mini|gift|sample|set|bag|jar|pack|item|one|bottle|delivery|postage|shipping|mug|candle|pair|tote|bar|tub)',
        '(goes|go|entered|enter you|put you) into (a|our|the) (draw|raffle|prize draw|competition)',
        '(draw|raffle) for (a|an)',
      ],
    },
    {
      tag: 'gate',
      match: [
        '(before|rather than|instead of) (it|you|leaving|posting|writing|it ends up|it goes|you head|heading) *{0,3} (review|reviews|rating|feedback|product page|review page)',
        '(rather|prefer to|prefer) (hear|hearing) (it|from you|about it)',
        '(talk|speak|come|bring it|message|tell) (to)? (us|me) (first|directly)',
        '(are|is) for happy customers',
        '(between us|in here|here) rather than (in|on)',
        '(fix|sort) * before (you|u) (do|rate|review)',
      ],
    },
    {
      tag: 'pressure',
      match: [
        '(hurts|hurt|kills|killed|knocked|tanked|sinks|ruins) (us|small|our|my|the shop|small sellers|sellers)',
        'family to feed',
        '(lights on|food on the table|roof over)',
        'counts as a fail',
        '(badge|top seller|star seller|shop score|seller score|store score)',
      ],
    },
  ],
}
