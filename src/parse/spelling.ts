/**
 * How sellers really type, as data: contractions without their apostrophe, chat shorthand, common
 * misspellings and masked swear words. Phrase lists are written in standard spelling; the parser
 * gives each word the standard form as its `normal`, so "ill refund u" matches "i'll refund you".
 * Lower case, apostrophes as `'`.
 */

/** Spellings that can only mean one word. */
export const SPELLINGS: ReadonlyMap<string, string> = new Map([
  // Contractions without the apostrophe that are not words of their own.
  ['dont', "don't"],
  ['doesnt', "doesn't"],
  ['didnt', "didn't"],
  ['cant', "can't"],
  ['wont', "won't"],
  ['isnt', "isn't"],
  ['arent', "aren't"],
  ['wasnt', "wasn't"],
  ['werent', "weren't"],
  ['havent', "haven't"],
  ['hasnt', "hasn't"],
  ['hadnt', "hadn't"],
  ['couldnt', "couldn't"],
  ['shouldnt', "shouldn't"],
  ['wouldnt', "wouldn't"],
  ['mustnt', "mustn't"],
  ['neednt', "needn't"],
  ['aint', "ain't"],
  ['youll', "you'll"],
  ['youre', "you're"],
  ['youve', "you've"],
  ['youd', "you'd"],
  ['theyll', "they'll"],
  ['theyre', "they're"],
  ['theyve', "they've"],
  ['theyd', "they'd"],
  ['weve', "we've"],
  ['im', "i'm"],
  ['ive', "i've"],
  ['itll', "it'll"],
  ['thatll', "that'll"],
  ['thats', "that's"],
  ['theres', "there's"],
  ['whats', "what's"],
  ['wheres', "where's"],
  ['hes', "he's"],
  ['shes', "she's"],
  ['wouldve', "would've"],
  ['couldve', "could've"],
  ['shouldve', "should've"],
  ['mightve', "might've"],
  // Chat shorthand.
  ['u', 'you'],
  ['ull', "you'll"],
  ['ya', 'you'],
  ['yr', 'your'],
  ['pls', 'please'],
  ['plz', 'please'],
  ['plse', 'please'],
  ['thx', 'thanks'],
  ['thnx', 'thanks'],
  ['ty', 'thanks'],
  ['tmrw', 'tomorrow'],
  ['tmr', 'tomorrow'],
  ['tmw', 'tomorrow'],
  ['tomoz', 'tomorrow'],
  ['2moro', 'tomorrow'],
  ['2morrow', 'tomorrow'],
  ['b4', 'before'],
  ['cuz', 'because'],
  ['coz', 'because'],
  ['cos', 'because'],
  ['bc', 'because'],
  ['tho', 'though'],
  ['thru', 'through'],
  ['msg', 'message'],
  ['asap', 'asap'],
  ['defo', 'definitely'],
  ['def', 'definitely'],
  ['deffo', 'definitely'],
  ['prob', 'probably'],
  ['probs', 'probably'],
  ['pkg', 'package'],
  ['ppl', 'people'],
  ['nothin', 'nothing'],
  ['somethin', 'something'],
  ['gunna', 'gonna'],
  // Other Englishes: Scots and Irish "wi ye the morra" is "with you tomorrow".
  ['wi', 'with'],
  // Caribbean "yuh": "you".
  ['yuh', 'you'],
  ['ye', 'you'],
  ['morra', 'tomorrow'],
  ['2day', 'today'],
  ['2nite', 'tonight'],
  ['tonite', 'tonight'],
  // South African "bladdy", "blerry": "bloody".
  ['bladdy', 'bloody'],
  ['blerry', 'bloody'],
  ['bleddy', 'bloody'],
  // Common misspellings.
  ['definately', 'definitely'],
  ['definatly', 'definitely'],
  ['definetly', 'definitely'],
  ['definitly', 'definitely'],
  ['definetely', 'definitely'],
  ['defintely', 'definitely'],
  ['deffinitely', 'definitely'],
  ['recieve', 'receive'],
  ['recieved', 'received'],
  ['recieving', 'receiving'],
  ['recieves', 'receives'],
  ['guarentee', 'guarantee'],
  ['guarenteed', 'guaranteed'],
  ['garantee', 'guarantee'],
  ['garanteed', 'guaranteed'],
  ['gaurantee', 'guarantee'],
  ['gauranteed', 'guaranteed'],
  ['guarante', 'guarantee'],
  ['garuntee', 'guarantee'],
  ['garunteed', 'guaranteed'],
  ['guarentied', 'guaranteed'],
  ['untill', 'until'],
  ['shiped', 'shipped'],
  ['dispached', 'dispatched'],
  ['dispatced', 'dispatched'],
  ['despached', 'despatched'],
  ['ordr', 'order'],
  ['pakage', 'package'],
  ['packge', 'package'],
  ['parcle', 'parcel'],
  ['deliverd', 'delivered'],
  ['teh', 'the'],
  ['tommorow', 'tomorrow'],
  ['tommorrow', 'tomorrow'],
  ['tomorow', 'tomorrow'],
  ['tomorro', 'tomorrow'],
  ['tommorw', 'tomorrow'],
  ['wensday', 'wednesday'],
  ['wednsday', 'wednesday'],
  ['wedensday', 'wednesday'],
  ['thurday', 'thursday'],
  ['thrusday', 'thursday'],
  ['firday', 'friday'],
  ['saturdy', 'saturday'],
  ['adress', 'address'],
  ['addres', 'address'],
  ['refudn', 'refund'],
  ['refun', 'refund'],
  ['refundd', 'refund'],
  ['replacment', 'replacement'],
  ['replacemnt', 'replacement'],
  ['delivary', 'delivery'],
  ['delievery', 'delivery'],
  ['delivey', 'delivery'],
  ['devlivery', 'delivery'],
  ['deliverd', 'delivered'],
  ['delieverd', 'delivered'],
  ['delievered', 'delivered'],
  ['shiping', 'shipping'],
  ['shippment', 'shipment'],
  ['packge', 'package'],
  ['pakage', 'package'],
  ['pacakge', 'package'],
  ['packag', 'package'],
  ['parcle', 'parcel'],
  ['parsel', 'parcel'],
  ['courrier', 'courier'],
  ['currier', 'courier'],
  ['couier', 'courier'],
  ['custums', 'customs'],
  ['costums', 'customs'],
  ['arive', 'arrive'],
  ['arived', 'arrived'],
  ['ariving', 'arriving'],
  ['arrivve', 'arrive'],
  ['dispach', 'dispatch'],
  ['dispacth', 'dispatch'],
  ['despach', 'dispatch'],
  ['dispatchd', 'dispatched'],
  ['imediately', 'immediately'],
  ['immediatly', 'immediately'],
  ['immediatley', 'immediately'],
  ['apologise', 'apologise'],
  ['appologise', 'apologise'],
  ['appologies', 'apologies'],
  ['apologys', 'apologies'],
  ['sincerly', 'sincerely'],
  ['becuase', 'because'],
  ['becasue', 'because'],
  ['beacuse', 'because'],
  ['thier', 'their'],
  ['wich', 'which'],
  ['beleive', 'believe'],
  ['occured', 'occurred'],
  ['seperate', 'separate'],
  ['seperately', 'separately'],
  ['seperated', 'separated'],
  ['accross', 'across'],
  ['garden', 'garden'],
  ['cancell', 'cancel'],
  ['cancle', 'cancel'],
  ['cancled', 'cancelled'],
  ['recomend', 'recommend'],
  ['reccomend', 'recommend'],
  ['sory', 'sorry'],
  ['srry', 'sorry'],
  ['soz', 'sorry'],
  ['apologies', 'apologies'],
  ['inconvinience', 'inconvenience'],
  ['inconveniance', 'inconvenience'],
  ['inconvienence', 'inconvenience'],
  ['recieved', 'received'],
  ['responsability', 'responsibility'],
  ['responsibilty', 'responsibility'],
  ['wierd', 'weird'],
  ['alright', 'alright'],
  ['defiently', 'definitely'],
  ['emial', 'email'],
  ['emaill', 'email'],
  ['pasword', 'password'],
  ['passwrd', 'password'],
  ['reveiw', 'review'],
  ['reviw', 'review'],
  ['feedbak', 'feedback'],
  ['tracing', 'tracing'],
  ['trackign', 'tracking'],
  ['trakcing', 'tracking'],
  ['probaly', 'probably'],
  ['probably', 'probably'],
])

/**
 * Words that are also contractions written without their apostrophe. Which one the writer meant
 * shows in the word after it: "ill send it" is "I'll send it", "I was ill" is not. Each maps to the
 * contraction and the kind of word that has to follow for that reading.
 */
export const AMBIGUOUS_CONTRACTIONS: ReadonlyMap<
  string,
  { contraction: string; before: 'verb' | 'predicate' }
> = new Map([
  ['ill', { contraction: "i'll", before: 'verb' }],
  ['il', { contraction: "i'll", before: 'verb' }],
  ['well', { contraction: "we'll", before: 'verb' }],
  ['lets', { contraction: "let's", before: 'verb' }],
  ['its', { contraction: "it's", before: 'predicate' }],
  ['ur', { contraction: "you're", before: 'predicate' }],
])

/**
 * "ill" is the adjective after these ("I'm ill", "fell ill", "really ill") or before these ("ill
 * health", "ill at ease"); anywhere else a chat-typed "ill" before a word is "I'll" ("ill set it
 * aside"), whichever verb follows.
 */
export const ILL_AS_ADJECTIVE_BEFORE: ReadonlySet<string> = new Set(
  "am i'm im is was were be been being are feel feels felt feeling fall fell fallen falls get got getting gets become became seriously very really quite so too terminally critically mentally chronically an".split(
    ' ',
  ),
)
export const ILL_AS_ADJECTIVE_AFTER: ReadonlySet<string> = new Set(
  'health effects effect will feeling feelings at with since for and or but so in from treated advised fitting-'.split(
    ' ',
  ),
)

/** "ur" read as "your" where no predicate follows ("ur order"). */
export const OTHERWISE: ReadonlyMap<string, string> = new Map([['ur', 'your']])

/**
 * Verbs in their base form (and adverbs that stand between a modal and its verb) that follow
 * "I'll", "we'll" or "let's": the common actions of a seller's reply.
 */
export const BASE_VERBS: ReadonlySet<string> = new Set(
  (
    'be have get send refund check look sort ship post dispatch despatch replace cancel update let need make give ' +
    'take do try contact email e-mail call text ring message arrange process issue chase follow keep put pop add ' +
    'see know find resend re-send reship return come go help fix deal reply respond confirm organise organize book ' +
    'collect pay cover offer waive knock change deliver credit reimburse compensate swap exchange order pack print ' +
    'drop raise open file claim speak talk ask tell let write answer explain investigate escalate review sort ' +
    'guarantee promise make sure ensure have add include throw request track trace hold wait start finish move ' +
    'forward pass pick leave bring try think show share transfer remove delete change edit amend stop sit ' +
    'definitely also just probably still never always certainly def defo absolutely gladly happily happy ' +
    'personally even both all then soon now straight right immediately quickly asap get stick knock paypal push ' +
    'bung whack sling reverse adjust waive sub swap pay wire transfer void process refund re-ship redeliver ' +
    'collect ring phone buzz sort pop grab nip run drop'
  ).split(' '),
)

/** Words after "its"/"ur" that make it "it's"/"you're": "its on the way", "its been sent", "ur welcome". */
export const PREDICATE_STARTS: ReadonlySet<string> = new Set(
  (
    'not on in at been being a an the all just still already now definitely probably only really very so too ' +
    'out with due here there no ok okay fine sorted late lost delayed stuck damaged broken back currently booked ' +
    'ready free fully about because welcome right wrong going gone coming arriving sitting showing waiting ' +
    'getting being leaving moving travelling traveling shipping shipped dispatched posted sent delivered ' +
    'packed arrived left held at definitely def defo likely unlikely impossible possible best worth our my your ' +
    'their his her totally completely absolutely always never usually normally supposed meant expected'
  ).split(' '),
)

/**
 * Swear words that sellers mask ("f***ed", "a$$hole", "sh!t", "b1tch"): a masked word is read as
 * the one of these it can spell, each mask character standing for one letter.
 */
export const MASKABLE_WORDS: readonly string[] = [
  'fuck',
  'fucks',
  'fucked',
  'fucking',
  'fuckin',
  'fucker',
  'fuckers',
  'fuckup',
  'shit',
  'shits',
  'shite',
  'shitty',
  'shitting',
  'bullshit',
  'shitshow',
  'ass',
  'arse',
  'asshole',
  'arsehole',
  'asses',
  'bollocks',
  'crap',
  'crappy',
  'piss',
  'pissed',
  'damn',
  'damned',
  'bitch',
  'bitches',
  'bastard',
  'bastards',
  'dick',
  'dickhead',
  'cunt',
  'cunts',
  'twat',
  'wanker',
  'wankers',
  'prick',
  'prat',
  'dipshit',
  'asshat',
  'assclown',
  'assclowns',
  'clusterfuck',
  'dumbass',
  'idiot',
  'bloody',
  'hell',
  'screwed',
]

/** What a mask or look-alike character may stand for. */
export const MASK_LETTERS: ReadonlyMap<string, string> = new Map([
  ['*', ''],
  ['#', ''],
  ['%', ''],
  ['@', 'a'],
  ['$', 's'],
  ['!', 'i'],
  ['1', 'il'],
  ['3', 'e'],
  ['4', 'a'],
  ['5', 's'],
  ['0', 'o'],
  ['7', 't'],
  ['v', 'u'],
])
