/**
 * The rules that turn facts into a standing, each in one plain sentence. The ids are what
 * `Standing.rule` reports; README.md ("How the Atlas decides who is bound") lists the same
 * sentences, and each rule has a unit test in __tests__/rules.test.ts.
 */
export const RULES = {
  'instrument-not-a-treaty': 'A report, resolution, manual or declaration has no parties: toward it the standing is NOT_A_TREATY.',
  'instrument-party':
    'A state is a PARTY from the day the treaty entered into force for it (or, where only consent is recorded, from its consent, with that limit stated) until its denunciation takes effect.',
  'instrument-contracting': 'A state that has consented but for which the treaty is not yet in force is a CONTRACTING_STATE, not a party.',
  'instrument-denounced': 'A state whose denunciation has taken effect is DENOUNCED: bound until then, not after.',
  'instrument-signatory': 'A state that signed but has not consented is a SIGNATORY only: not bound by the treaty.',
  'instrument-not-bound': 'A state with no signature and no party row is NOT_BOUND, according to the treaty office chart the data was read from.',
  'instrument-date-unknown':
    'Where the answer hangs on a date the data lacks, or knows only to the month or year around the day asked about, the standing is DATE_UNKNOWN rather than a guess.',
  'duty-own-position':
    "A holder's own latest position published by the day decides (HOLDS_BINDING, HOLDS_VOLUNTARY, UNSETTLED, CONTESTED, PRINCIPLE_ONLY); earlier ones are superseded, and those with another stance are counter-evidence.",
  'duty-date-unknown': 'A position whose date is missing or too coarse to place before the day asked about makes the standing DATE_UNKNOWN.',
  'duty-treaty':
    'Without an own position, being a party (on that day) to a treaty that expresses the duty makes the standing BOUND_BY_TREATY, with the provision.',
  'duty-via-organisation':
    "Without either, an organisation's position reaches its members only as VIA_ORGANISATION: the organisation's view, never the member's own.",
  'duty-practice': 'An attribution statement of the holder that invokes the duty is practice (PRACTICE_ONLY when nothing else is recorded), never a position.',
  'duty-no-public-position': 'A source saying the holder had published no position, and no later position, makes it NO_PUBLIC_POSITION: recorded silence.',
  'duty-not-recorded': 'Otherwise the standing is NOT_RECORDED: the Atlas holds nothing, which is not the same as silence.',
  'path-basis':
    'A path is a legal basis only if every hop is a legal relationship (party, signatory, own position, membership, expresses, recorded silence); with a practice hop it is practice; a rivalry, paper, citation, case, ranking or mention makes it context.',
} as const;

export type RuleId = keyof typeof RULES;
