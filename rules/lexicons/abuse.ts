/**
 * Abuse aimed at the customer, as phrase patterns shared by the lexicons that judge it: name-calling
 * a person and threats. Both are profanity in the marketplace sense (insults, threats) and a hostile
 * tone, so `no-profanity` and `no-hostile-tone` both read them.
 */

/** Names people call someone they are angry with. */
export const NAME_CALLING = [
  'idiot',
  'moron',
  'muppet',
  'numpty',
  'clown',
  'joke',
  'tool',
  'troll',
  'git',
  'plonker',
  'pillock',
  'prat',
  'wally',
  'twit',
  'dick',
  'prick',
  'knob',
  'knobhead',
  'dickhead',
  'twat',
  'wanker',
  'tosser',
  'bellend',
  'arsehole',
  'asshole',
  'smartass',
  'smart-ass',
  'smart arse',
  'smart ass',
  'smart alec',
  'know-it-all',
  'drama queen',
  'karen',
  'weapon',
  'donkey',
  'melt',
  'fool',
  'loser',
  'jerk',
  'cretin',
  'imbecile',
  'halfwit',
  'genius',
  'einstein',
  'sherlock',
  'bright spark',
  'chancer',
  'scammer',
  'liar',
  'thief',
  'fraud',
  'con artist',
  'time waster',
  'timewaster',
  'time-waster',
  'nightmare',
  'pain',
  'pest',
  'child',
  'baby',
  // Regional and everyday names across English-speaking markets.
  'drongo',
  'galah',
  'eejit',
  'gobshite',
  'dipstick',
  'wazzock',
  'berk',
  'clot',
  'plank',
  'spanner',
  'scumbag',
  'lowlife',
  'scrounger',
  'freeloader',
  'cheapskate',
  'nitwit',
  'dimwit',
  'dumbass',
  'dumbo',
  'doofus',
  'buffoon',
  'nincompoop',
  'numbskull',
  'airhead',
  'nutter',
  'nutcase',
  'weirdo',
  'psycho',
  'brat',
  'diva',
  'cow',
  'dipshit',
  'a-hole',
  'arsehat',
  'asshat',
  'shithead',
  'knobend',
  // Other Englishes: Nigerian "mumu", "mugu"; Australian "dropkick"; Scots "bampot"; Hindi "bewakoof", "gadha".
  'mumu',
  'mugu',
  'dropkick',
  'bampot',
  'dunce',
  'bozo',
  'bewakoof',
  'gadha',
  // British "duffer"; Malay "bodoh", Afrikaans "doos", Swahili "mjinga", Yoruba "ode" (also an English word: said to "you" only).
  'duffer',
  'bodoh',
  'doos',
  'mjinga',
  'ode',
] as const

/** Words that aim a name at the reader: "you absolute", "stop being a", "don't be a". */
const DIRECTLY =
  "(you|ya|you this|u this|you dis|una this|don't be|dont be|do not be|stop being|you be|u be|no need to be a|no need to be an|there's no need to be a|dinnae be a|dinna be a|you'd have to be|you would have to be|youd have to be|you'd need to be|you're|you are|you absolute|you complete|you total|you utter|you little|you stupid|you silly|you bloody|you fucking|stop being a|stop being an|stop being such a|don't be a|don't be an|don't be such a|quit being a|are you a|are you an|you're a|you are a|you're an|you are an|you're such a|you are such a|you're being a|you are being a|you're being such a|you are being such a|you're acting like a|you are acting like a)"
/** Exclamations that also aim a name at someone, but only the unmistakable names: "what a muppet". */
const EXCLAIMED = '(what a|what an|such a|such an)'
const INTENSIFIER =
  '(absolute|complete|total|utter|proper|right|real|little|bloody|fucking|fuckin|feckin|fecking|effing|frigging|flipping|bleeding|cheeky|stupid|silly|massive|huge|big|damn|damned|flaming)'
/** Names that are also everyday words ("what a pain, sorry!", "you're a genius"): only said to "you". */
const EVERYDAY = new Set([
  'joke',
  'tool',
  'pain',
  'child',
  'baby',
  'genius',
  'nightmare',
  'weapon',
  'melt',
  'donkey',
  'karen',
  'einstein',
  'sherlock',
  'bright spark',
  'pest',
  'cow',
  'plank',
  'spanner',
  'diva',
  'brat',
  'ode',
])
const names = (list: readonly string[]) => `(${list.join('|')})`

/** Names that are insults wherever they stand ("some bellend at the depot"), with their plurals. */
export const UNMISTAKABLE_NAMES: readonly string[] = NAME_CALLING.filter(
  (name) =>
    !EVERYDAY.has(name) &&
    !['genius', 'scammer', 'liar', 'thief', 'fraud', 'con artist', 'chancer'].includes(name),
)

const plural = (name: string) => (/[^aeiou]y$/.test(name) ? `${name.slice(0, -1)}ies` : `${name}s`)
/** The reader put among a kind of fool: "dealing with muppets like you all day", "numpties like u". */
export const NAMED_LIKE_YOU = `${names(UNMISTAKABLE_NAMES.flatMap((name) => [name, plural(name)]))} like (you|u|yourself)`

/**
 * Someone called a fool, whoever it is: "the driver's a complete muppet", "they are idiots". Names
 * in `except` are left to the list that reports them as something else (a swear word).
 */
export function calledNames(except: readonly string[]): string[] {
  const called = UNMISTAKABLE_NAMES.filter((name) => !except.includes(name))
  return [
    `(is|are|was|were|being|he's|she's|they're|hes|shes|theyre) (a|an|such a|such an)? ${INTENSIFIER}? ${names(called.flatMap((name) => [name, plural(name)]))}`,
    `(a|an) (complete|total|absolute|utter|proper|right) ${names(called)}`,
    // "the postie is a bit of a drongo", "total muppets sometimes", "a bunch of clowns".
    `(is|are|was|were|he's|she's|they're|you're|ur|being) (a bit of a|a bit of an|bit of a) ${names(called)}`,
    `(total|absolute|complete|utter|proper|bunch of|pack of|load of|bunch of absolute|pack of absolute) ${names(called.map(plural))}`,
  ]
}

/** Name-calling aimed at the reader: "you absolute muppet", "stop being a muppet", "ur a joke". */
const STRONG = names(NAME_CALLING.filter((name) => !EVERYDAY.has(name)))
export const INSULT_PATTERNS = [
  `${DIRECTLY} (a|an)? ${INTENSIFIER}? ${STRONG}`,
  `you *{1,2} (idiot|moron|muppet|numpty|troll|git|prat|twat|wanker|tosser|bellend|dickhead|knobhead|arsehole|asshole|cretin|imbecile|halfwit|plonker|pillock)`,
  `you (absolute|complete|total|utter|proper) ${names(NAME_CALLING.filter((name) => EVERYDAY.has(name) && name !== 'genius'))}`,
  `only (a|an) (complete|total|absolute|utter|proper)? ${STRONG}`,
  `only (a|an) (complete|total|absolute|utter|proper) ${names(NAME_CALLING.filter((name) => EVERYDAY.has(name) && name !== 'genius'))}`,
  `(act|acting|behave|behaving) like (a|an)? ${names(NAME_CALLING.filter((name) => name !== 'genius'))}`,
  '(rude|ignorant|stupid|pathetic|nasty|horrible|sad) little (man|woman|boy|girl|person)',
  // A person called useless outright: "abeg stop disturbing me, useless man".
  '(useless|stupid|foolish|idiotic|brainless|worthless) (man|woman|fellow|fella|boy|girl|person|people|customer)',
  // A scornful word before an everyday noun turns it into a name: "you miserable cow", "u greedy pig".
  '(you|u|ya) (miserable|stupid|silly|ignorant|nasty|ungrateful|rude|lying|pathetic|greedy|dumb|daft|thick|sad|spoilt|spoiled|entitled|cheeky|bloody|dozy|lazy|useless|old) (cow|cows|bat|goat|pig|pigs|sod|sods|bag|witch|hag|cheapskate|snake|rat|slug|parasite|leech|brat)',
  'right back at you',
  // Nigerian English names the reader with "this": "you this ode", "you this fool".
  `(you this|u this|you dis|una this) ${names(NAME_CALLING.filter((name) => EVERYDAY.has(name) && name !== 'genius'))}`,
  // Called mad, in pidgin as in English: "you dey mad?", "una dey craze", "are you mad?".
  '(you|u|una|yu|yuh) (dey|de|are|r) (mad|craze|crase|crazy|insane|mental)',
  `${DIRECTLY} (a|an) ${INTENSIFIER}? ${names(NAME_CALLING.filter((name) => EVERYDAY.has(name) && name !== 'genius'))}`,
  `${EXCLAIMED} ${INTENSIFIER}? ${names(NAME_CALLING.filter((name) => !EVERYDAY.has(name)))}`,
  // A group called names, whoever it is: "the packing team are a bunch of clowns".
  '(bunch|load|pack|shower|set|gang|band|lot) of (clowns|idiots|muppets|morons|cowboys|amateurs|jokers|monkeys|numpties|cretins|imbeciles|halfwits|plonkers|pillocks|wankers|tossers|dickheads|incompetents|useless idiots|losers)',
]

/** Curses that send the reader off: "go to hell", "get stuffed", "kiss my arse". */
export const CURSE_PATTERNS = [
  '(go to hell|go to the devil|go to blazes|get stuffed|kiss my ass|kiss my arse|kiss my butt|bite me|up yours|stick it up your)',
]

/** Threats: against the customer, their reviews, their account or their safety. */
/** What excuses a threat pattern: a troubleshooting step tried to see its effect ("restart it and see what happens"). */
export const THREAT_EXCEPTIONS = [
  '(try|restart|reset|reboot|charge|plug|unplug|update|turn|switch|give|trying|restarting|resetting|rebooting|charging|plugging|updating|switching|turning) *{0,3} (and|then) (see|watch) what happens',
]

export const THREAT_PATTERNS = [
  '(these|all these|all your|your|all of these|all our) (messages|emails|conversations|chats) (are|have been|will be)? (all)? (saved|screenshotted|logged|kept|on file|backed up|screenshot)',
  '(think|consider) (very|really)? (carefully|hard|twice|long and hard) before (accusing|leaving|posting|opening|filing|calling|threatening|saying|writing|claiming|making|going|escalating)',
  // The same warning with its subject: "think twice before you start messing me about".
  '(think|consider) (very|really)? (carefully|hard|twice|long and hard) before (you|u) (start|accuse|leave|post|open|file|call|threaten|say|write|claim|make|go|escalate|try|mess|start messing|come)',
  '(sellers|we|i) can (also)? (leave|give|post) (feedback|reviews|a review|negative feedback) (on|for|about) (buyers|you|customers) (too|as well)?',
  '(see|and see) how (it|that|this) (goes|works out) for you',
  'see how far (you|u|it|this|that) (get|gets|go|goes|will get|will go)',
  // A record kept on the customer, or word put about: "we keep a record of every buyer who tries
  // this", "and word does travel". ("Word travels fast about our cakes" is praise.)
  '(we|i) (keep|kept|have|hold) (a|an)? (record|records|note|notes|list|file) (of|on) (every|all|each|any)? (buyer|buyers|customer|customers|person|people) (who|that|like)',
  "word (does|will|'ll|soon) (travel|get around|spread|get out)",
  // What happens to buyers like this one: "buyers who file claims we can disprove tend to find…".
  '(buyers|customers|people|those) who (open|file|raise|leave|make|try|lodge|start|cry|claim|complain|lie|fib) *{0,5} tend to (find|regret|discover|get|end up|learn)',
  '(and|but|because|cos|coz) word (travels|gets around|spreads|gets out)',
  "(i'll|i will|we'll|we will|i'm going to|i am going to) make sure (everyone|every seller|other sellers|people|the whole|all the|the world|the community|every other seller) *{0,3} (knows|know|hears|hear|sees|see|finds out)",
  "(leave|post|keep|put|open|file) (that|your|this|the|a) (review|feedback|chargeback|claim|case|dispute) (up|there|open)? and (see|you'll see|we'll see)",
  "(i've|i have|we've|we have) got your (address|details|home address|name and address) , remember",
  // The customer's details held up as a warning: "I have your address from the order, remember that".
  "(i|we|i've|we've) (have|got|know|still have|kept) (your|ur) (address|details|home address|name and address|postcode|phone number|number) *{1,3} , (remember that|don't forget that|just so you know|keep that in mind|bear that in mind|think about that)",
  "(i'll|i will|we'll|we will) (name and shame|block|blacklist|ban|take legal action against|take you to court|post about) you",
  'say (that|it|this) to my face',
  "(don't|do not) (test|push|try) me",
  '(talk|speak|write|message|text) (to)? me like that (again|one more time) (and|or)',
  '(keep this up|keep it up|carry on like this|try that again|do that again) (and|or)',
  // The customer's act, done once more, with a consequence: "say that again and…", "call me a liar
  // one more time and…", "keep accusing me and…".
  '(say|do|try|write|post) (that|it|this) (again|one more time|once more) (and|or)',
  '(call|calls|calling) (me|us) *{0,3} (again|one more time|once more) (and|or)',
  '(keep|carry on|go on) (calling|accusing|insulting|swearing at|threatening|harassing|abusing) (me|us) *{0,3} (and|or)',
  "(i'll|i will|i'm going to|i am going to) (come round|come over|come) (and|to your house|to yours|to your place|to your door|round yours) *{0,2} (sort|find|deal|see|sort you out|teach)",
  "(i'll|i will|i'm going to|i am going to) (come and)? (find you|teach you a lesson)",
  "(i'll|i will|i'm going to|i am going to|i'll be|i will be) (reporting|report) you to the (police|authorities|cops)",
  "(you'll|you will) (get|be getting) (nothing|zero|absolutely nothing|not a penny) (from me|from us)?",
  "(or|otherwise|or else) (you'll|you will) (regret|be sorry|find out)",
  // An ultimatum the writer will act on: "remove it by Friday or I will have to report you", "open
  // another claim and see what happens", "I'm reporting your account".
  "(or|otherwise|or else) (i|we) (will|'ll|shall|am going to|'m going to|are going to|'re going to) (have to)? (report|block|ban|flag|escalate|take action|take this further)",
  '(claim|case|dispute|review|chargeback|feedback|complaint|report) *{0,4} and see what happens',
  "(i'm|im|i am|we're|we are) (reporting|flagging|blocking) (you|your account|your profile|this account)",
  // The harm the writer will see to, said outright: "I'll make sure you regret it".
  "(make sure|ensure|see to it that|see that) (you|u) (regret|pay for|are sorry|'re sorry|suffer)",
  "(you'll|you will|you're going to|you are going to|you're gonna|youre gonna) (regret|be sorry for) (this|that|it|posting|leaving|doing|writing|opening)",
  // Consequences hinted at rather than named: "you'll find out how small this town is".
  "(you'll|you will|youll|you're going to|you are going to) find out (how|what|who|the hard way|soon enough)",
  "(it'd|it would|itd) be a (pity|shame) if (your|you)",
  "(i'll|i will|ill|we'll|we will) (be leaving|leave|be giving|give) (you)? (negative|bad|neutral|a negative|a bad) (buyer)? (feedback|review|rating)",
  // A legal or official consequence the writer will bring: "I'll be forwarding the thread to my
  // solicitor", "I'll have no choice but to report your account".
  "(i'll|i will|ill|we'll|we will|i'm going to|we're going to|i am going to|we are going to|i'll be|i will be|we'll be|we will be|i'll have no choice but to|we'll have no choice but to|i will have no choice but to|i have no choice but to|we have no choice but to) (forward|forwarding|pass|passing|send|sending|hand|handing|refer|referring|take|taking) (this|the|our|your|it|all)? *{0,3} (to|with) (my|our|a) (solicitor|solicitors|lawyer|lawyers|attorney|legal team|legal department)",
  "(i'll|i will|ill|we'll|we will|i'm going to|we're going to|i am going to|i'll be|i will be|we'll be|i'll have no choice but to|we'll have no choice but to|i will have no choice but to|i have no choice but to|we have no choice but to) (report|reporting|flag|flagging) (you|your account|your profile|your review|your feedback|this account|your comments|you and your account)",
  "(i'll|i will|we'll|we will|i'm going to|we're going to|i'll be|we'll be) (taking|take|seeking|seek|pursuing|pursue) (legal action|legal advice|this to court|you to court|this to small claims|you to small claims)",
  "(my|our) (lawyer|lawyers|solicitor|solicitors|attorney|legal team) (will|'ll|is going to|are going to) (deal with|be dealing with|be in touch with|contact|be contacting|hear about|sort) you",
  "(you'll|you will|youll|you're going to|you are going to) (hear|be hearing) from (my|our) (lawyer|lawyers|solicitor|solicitors|attorney|legal team)",
  "(my|our) (lawyer|lawyers|solicitor|solicitors|attorney|legal team) (will|'ll|is going to|are going to) be in touch",
  "(i'd|i would|you'd|you would|you might want to|you may want to) think (very|really|long and)? (carefully|hard|twice) about (how|what) (you|u)",
  // The customer's act, carried on, with a consequence left open: "carry on… and see what happens".
  // ("wait and see what happens with the tracking" waits; it threatens nothing.)
  '(that|it|this|again|up|going|on|listings|comments|reviews|messages) (and|then|just) (see|watch) what happens',
  '(see|and see|then see|watch) what happens to (you|your|ur)',
  "(find out|found out|know|i know|we know|have|got|i've got|we've got) where (you|u) live",
  '(will be|would be|is being|are being|has been|have been|gets|get) (referred|passed|forwarded|handed|sent|reported) (on)? to (our|my) (solicitor|solicitors|lawyer|lawyers|attorney|legal team|legal department)',
  '(keep|carry on|go ahead and|try) (posting|leaving|writing|sending|spreading|calling|threatening|saying|telling|accusing|lying|harassing|messaging|doing|slandering) *{0,5} (and|then) (see|watch) what happens',
  "(any|one) (more|further|other) (messages|message|comments|comment|reviews|review|abuse|threats|emails) *{0,4} (and|or) (i'll|we'll|i will|we will|i'm|we're)",
  '(sod|stuff|bugger) (you|u)',
  '(think|reflect|sleep) (on|about) (that|this|it) before (you)? (write|post|leave|say|send|open|file|do|go)',
  '(get|gets|getting|have|has|had) your (account|profile|reviews|buyer account) (looked at|flagged|reported|reviewed|suspended|banned|closed|restricted|blocked)',
  "(doesn't|does not|won't|will not|never|rarely) (end|ends|go|goes|turn out|turns out) well for (you|them|people|buyers|customers|anyone)",
  '(follow|follows|following) (you|people|buyers|them) around',
]
