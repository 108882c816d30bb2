/**
 * Marketplace and logistics shorthand that sellers use among themselves but customers rarely know.
 * Each term is matched in capitals only (so "pod" or "oos!" in ordinary words never match), with an
 * optional plural "s". `plain` is the everyday phrase offered as a rewrite; terms without one are
 * flagged with no rewrite, because the right wording depends on the sentence. A claim type is a
 * noun ("opened an INR"), so its plain phrase carries the noun: "an item-not-received claim".
 */

/** Nouns a term may stand before ("INR claim"): the plain phrase then drops its own, not doubling it. */
export const CASE_NOUNS: ReadonlySet<string> = new Set([
  'claim',
  'claims',
  'case',
  'cases',
  'dispute',
  'disputes',
  'request',
  'requests',
  'report',
  'reports',
  'complaint',
  'complaints',
])
export interface JargonTerm {
  readonly term: string
  readonly meaning: string
  readonly plain?: string
}

export const JARGON: readonly JargonTerm[] = [
  { term: 'RMA', meaning: 'return merchandise authorisation', plain: 'return authorisation' },
  { term: 'RTV', meaning: 'return to vendor' },
  { term: 'RTS', meaning: 'return to sender' },
  { term: 'RTO', meaning: 'return to origin' },
  { term: 'INR', meaning: 'item not received', plain: 'item-not-received claim' },
  { term: 'SNAD', meaning: 'significantly not as described', plain: 'not-as-described claim' },
  { term: 'WISMO', meaning: '"where is my order" contact' },
  { term: 'SLA', meaning: 'service level agreement' },
  { term: 'TAT', meaning: 'turnaround time', plain: 'turnaround time' },
  { term: 'EDD', meaning: 'estimated delivery date', plain: 'estimated delivery date' },
  { term: 'OOS', meaning: 'out of stock', plain: 'out of stock' },
  { term: 'FBA', meaning: 'Fulfilment by Amazon' },
  { term: 'FBM', meaning: 'fulfilled by merchant' },
  { term: 'MFN', meaning: 'merchant-fulfilled network' },
  { term: 'AFN', meaning: 'Amazon fulfilment network' },
  { term: 'AMZL', meaning: 'Amazon Logistics', plain: 'Amazon Logistics' },
  { term: 'ASIN', meaning: 'Amazon product identifier', plain: 'product number' },
  { term: 'FNSKU', meaning: 'fulfilment-centre product label' },
  { term: 'NDR', meaning: 'non-delivery report' },
  { term: 'ODR', meaning: 'order defect rate', plain: 'order defect rate' },
  { term: 'LSR', meaning: 'late shipment rate', plain: 'late shipment rate' },
  { term: 'VTR', meaning: 'valid tracking rate', plain: 'valid tracking rate' },
  { term: '3PL', meaning: 'third-party logistics provider' },
]
