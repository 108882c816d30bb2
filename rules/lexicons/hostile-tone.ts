import type { Lexicon } from '../../src/core.js'

/**
 * Hostile phrasing, by the tone guideline it breaks (Kingston Express seller guide: calm,
 * respectful, neutral, professional; never emotional, defensive, sarcastic or accusatory).
 *
 * `swap` says how the rule rewrites a match: `''` removes it (with its commas), `To recap,`
 * replaces a finger-wagging recap ("As I already said,"), and a full sentence replaces a sentence
 * that holds nothing else ("Calm down.").
 */
export type HostileTag = 'accusatory' | 'defensive' | 'condescending' | 'dismissive' | 'sarcastic' | 'arguing'

export const RECAP = 'To recap,'
export const EMPATHY = 'I understand this is frustrating.'

const CUSTOMER_ACTION =
  '(read|checked|looked|measured|known|asked|told us|contacted us|noticed|ordered|chosen|selected|entered|double-checked|paid attention|thought|waited|followed|kept|reported|bothered|realised|realized|listened|provided|included|tracked|been more careful|been home|been there|been available)'

export const hostileToneLexicon: Lexicon<HostileTag> = {
  name: 'no-hostile-tone',
  entries: [
    {
      tag: 'accusatory',
      match: [
        `(you|u) (should've|should have|shouldn't have|should not have|could've|could have|ought to have|would have|would've) ${CUSTOMER_ACTION}`,
        "(if you had|if you'd|had you|if you would have|if you'd have) (read|checked|looked|bothered|paid attention|listened|followed|measured)",
        'did you (even|actually|ever) (read|check|look|bother)',
        "(didn't you|did you not) (read|see|check|notice)",
        "(can't|cannot|can) you (not)? read",
        'you (failed|neglected) to',
        "you (clearly|obviously) (didn't|did not|don't|do not|haven't|have not|failed|ignored|missed|can't|cannot)",
        "(you're|you are|you were) the one (who|that)",
        'all you (had|have|needed|need) to do (was|is)',
        '(your|ur) own fault',
        "(it's|it is|that's|that is|this is|this was|that was|it was) (entirely|all|completely)? (your|ur) (own)? (fault|problem|mistake|responsibility)",
        "(that's|that is|this is) on you",
        'you (only|just)? have yourself to blame',
      ],
    },
    {
      tag: 'defensive',
      match: [
        "(we|i) (did|have done|'ve done|did absolutely|have done absolutely) nothing wrong",
        "(we've|i've) done nothing wrong",
        "(it's|it is|this is|that's|that is|this was|that was|it was|it isn't|it wasn't) (not)? (our|my) fault",
        "(we're|we are|i'm|i am|we were|i was) not (to blame|at fault)",
        'no fault of (ours|mine|our own|my own)',
        '(we|i) (did|followed|handled) everything (correctly|right|properly|by the book)',
        "(we're|we are|i'm|i am) only (obligated|obliged|required) to",
        "(we're|we are|we were|i'm|i am) (not|under no) (obligated|obliged|obligation)",
        "(we|i) (don't|do not) have to (do|give|offer|refund|explain|justify|accept|replace)",
        '(we|i) stand by (our|my)',
      ],
    },
    {
      tag: 'defensive',
      match: [
        '(we|i) have to be honest',
        "(i'm|i am|i'll|we're|we are) (going to)? be (honest|frank|blunt)",
        'let me be (honest|frank|blunt)',
        'to be (frank|blunt)',
        'frankly',
        'with (all)? due respect',
        'no (offence|offense)',
      ],
      swap: [''],
    },
    {
      tag: 'condescending',
      match: [
        'obviously',
        '(as)? (is|was)? clearly (stated|shown|mentioned|written|explained|described|listed|noted|indicated)',
        'as (is|was) (already)? (stated|mentioned|explained)',
        'as already (stated|mentioned|explained|said)',
        'for the (last|third|fourth|fifth|hundredth|umpteenth|final|nth|tenth) time',
      ],
      swap: [''],
    },
    {
      tag: 'condescending',
      match: [
        "(i'll|i will|let me) (say|explain|repeat) (it|this|that)? (again|one more time|slowly|once more)",
        '(please|just)? read (it|the listing|the description|the policy|the item description|the page|my message|my previous message|my last message) (again|properly|carefully)',
        "(it's|it is) not rocket science",
        "(it's|it is) (really)? not that (hard|difficult|complicated)",
        'surely you (know|understand|realise|realize|can see|must)',
        'you do (realise|realize|understand|know) that',
        "(don't|do not|did) you (even)? understand",
        '(as|like) (anyone|everyone|any customer|any adult) (knows|can see|would know|would)',
        '(any|a) reasonable person',
        'common sense',
        '(which|that) you would (know|have known|see|have seen) if',
        'patience is a virtue',
        'to err is human',
        'to forgive is divine',
      ],
    },
    {
      tag: 'condescending',
      match: [
        "(as|like) (i|we) (already|previously|have already|'ve already|just) (said|stated|explained|told you|mentioned|advised|pointed out|informed you|noted)",
        "(as|like) (i've|we've|i have|we have) (already|previously)? (said|stated|explained|told you|pointed out|informed you)",
        '(as|like) (i|we) (said|stated|explained|told you|mentioned) (before|earlier|previously|already|twice|several times|many times)',
        '(like|as) (i|we) (said|told you)',
      ],
      swap: ['To recap,'],
    },
    {
      tag: 'condescending',
      match: [
        "(i|we) (already|have already|'ve already) (told|explained|said|answered) (you|this|that)",
        "(i've|we've) already (told|explained|said|answered)",
      ],
    },
    {
      tag: 'condescending',
      match: ['(please|just|you need to|you should)? (calm down|chill out|relax|take a deep breath)'],
      swap: ['I understand this is frustrating.'],
    },
    {
      tag: 'dismissive',
      match: [
        'deal with it',
        'get over it',
        'take it or leave it',
        "(that's|that is|it's|it is) (just)? (how it is|the way it is|how it works|the way it works|life)",
        'end of (story|discussion)',
        '(this|the|our) (conversation|discussion|matter) is (over|closed|finished)',
        "(i|we) (won't|will not|will no longer|shall not) (respond|reply|discuss|engage|be responding|be replying)",
        'stop (messaging|emailing|contacting|texting|bothering|harassing) (us|me)',
        "(i|we) (don't|do not) have time (for|to)",
        'so what',
        "if you don't like it",
        '(shop|go|take your business) elsewhere',
        'not (my|our) concern',
        'there is nothing (more|else) to (discuss|say|add)',
        "(i've|we've|i have|we have) (already)? (said|explained) (all|everything) (there is|we can|i can)",
      ],
    },
    {
      tag: 'sarcastic',
      match: [
        'thanks for nothing',
        'good luck with that',
        'nice try',
        'oh really',
        '(what a|big) surprise',
        '(gee|wow) thanks',
        'must be nice',
        "i'm sure you (did|do|have|are|were)",
        'yeah right',
        'sure you did',
        'oh please',
        'give me a break',
        'how convenient',
      ],
    },
    {
      tag: 'arguing',
      match: [
        "(you're|you are|you were) (simply|just|completely|totally|absolutely)? (wrong|mistaken|lying|incorrect)",
        "(that's|that is|this is|it's|it is) (simply|just|completely|totally|absolutely)? (not true|untrue|false|a lie|nonsense|rubbish)",
        '(i|we) (strongly|completely|totally) disagree',
      ],
    },
  ],
}
