/**
 * Hindsight put to the customer: "you should have refused the parcel", "u should of checked".
 * Any verb may follow, because what the customer is told they failed to do is open-ended; what
 * "should have" also says, an expectation of something the customer will hold ("you should have it
 * by Friday", "you should have had an email", "you shouldn't have to wait"), is excepted by the
 * words that make it one. Shared by the rules that judge the customer being blamed and talked down to.
 */
export const HINDSIGHT_REPROACH = [
  "(you|you'd|u) (should've|should have|should of|shouldve|shoulda|ought to have|oughta have|ought've|shouldn't have|should not have|shouldnt have) *",
  // The act named in more than one word, so the finding shows it whole: "you should have let me know".
  "(you|you'd|u) (should've|should have|should of|shouldve|shoulda|ought to have|oughta have|ought've) (let me know|let us know|told me|told us|asked me|asked us|paid for|paid attention|gone for|filled in|checked with|looked at|read the|been more careful|been home|been in|been there|been available|been around)",
] as const

/** What makes "should have" an expectation or a sympathy rather than a reproach. */
export const HINDSIGHT_EXPECTATIONS = [
  "(should've|should have|should of|shouldve|shoulda|ought to have|oughta have|ought've|shouldn't have|should not have|shouldnt have) (just|already|now|by now|definitely|probably|hopefully)? (to|had|got|gotten|received|receive|heard|seen|been told|been sent|been given|been notified|been emailed|been contacted|been charged|been refunded|been informed|been updated|been offered|been asked|been delivered|been able|been there for you|it|them|one|a|an|the|your|ur|some|any|no|this|that|these|those|everything|all|access|tracking|an email|email|confirmation|notification|notifications|details|info|information|plenty|enough|more|less|something|nothing|yours)",
] as const
