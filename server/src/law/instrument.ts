/**
 * The standing of an actor toward an instrument on a day: party, contracting state (consent
 * given, not yet in force for it), signatory only, denounced, not bound; or DATE_UNKNOWN where
 * the answer hangs on a date the data does not have. Non-treaty instruments (reports,
 * resolutions, manuals) have no parties.
 */
import { spoken } from './dates.ts';
import type { Fact, StandingFacts } from './facts.ts';
import { basis, str, when, type LegalBasis, type Standing } from './standing.ts';

const TREATY_TYPES = new Set(['treaty', 'protocol']);

export function isTreaty(norm: StandingFacts['norm']): boolean {
  return norm.binding !== false && TREATY_TYPES.has(String(norm.instrumentType ?? ''));
}

/** How one party row stands on the day: its status, and a basis that explains it. */
export function partyRow(f: StandingFacts, row: Fact, instrumentName = f.norm.name): { status: Standing['status'] | null; basis: LegalBasis; reason?: string } {
  const p = row.props;
  const consented = str(p.consented);
  const inForce = str(p.inForce);
  const until = str(p.until);
  const mode = str(p.mode);
  const consent = consented ? `consent${mode ? ` by ${mode}` : ''} on ${consented}` : 'consent on a date not recorded';
  const extra = { since: inForce ?? consented, until, dateKnown: true };
  const untilRel = when(until, f.asOf);
  if (untilRel === 'before')
    return { status: 'DENOUNCED', basis: basis('DENUNCIATION', `was a party to ${instrumentName} (${consent}) until ${until}`, row, extra) };
  if (untilRel === 'uncertain')
    return {
      status: 'DATE_UNKNOWN',
      basis: basis('DENUNCIATION', `ceased to be a party to ${instrumentName} during ${until}`, row, { ...extra, dateKnown: false }),
      reason: `its denunciation took effect in ${spoken(until!)}, a date too coarse to tell`,
    };
  const inForceRel = when(inForce, f.asOf);
  const consentRel = when(consented, f.asOf);
  if (inForceRel === 'before')
    return { status: 'PARTY', basis: basis('PARTY', `is a party to ${instrumentName}: ${consent}, in force for it since ${inForce}`, row, extra) };
  if (inForceRel === 'after' && consentRel === 'before')
    return {
      status: 'CONTRACTING_STATE',
      basis: basis('CONSENT_NOT_YET_IN_FORCE', `consented to be bound by ${instrumentName} (${consent}); in force for it only from ${inForce}`, row, extra),
    };
  if (inForceRel === 'after' || consentRel === 'after')
    return {
      status: null,
      basis: basis('PARTY', `became a party to ${instrumentName} later (${consent}${inForce ? `, in force for it from ${inForce}` : ''})`, row, extra),
    };
  if (inForceRel === 'uncertain' || consentRel === 'uncertain')
    return {
      status: 'DATE_UNKNOWN',
      basis: basis('PARTY', `is a party to ${instrumentName} (${consent}${inForce ? `, in force for it from ${inForce}` : ''})`, row, {
        ...extra,
        dateKnown: false,
      }),
      reason: 'the date of consent or entry into force is known only to the month or year',
    };
  if (consentRel === 'before')
    // Consent known, entry into force for this party not recorded: bound "on or soon after" consent, so
    // we do not say when; the answer stays a party with that limit stated.
    return {
      status: 'PARTY',
      basis: basis('PARTY', `is a party to ${instrumentName} (${consent}; the date it entered into force for it is not recorded)`, row, {
        ...extra,
        dateKnown: false,
      }),
    };
  return {
    status: 'DATE_UNKNOWN',
    basis: basis('PARTY', `is recorded as a party to ${instrumentName}, but neither the date of consent nor of entry into force is recorded`, row, {
      ...extra,
      dateKnown: false,
    }),
    reason: 'the treaty office chart it rests on gave no date',
  };
}

const ORDER: Standing['status'][] = ['PARTY', 'CONTRACTING_STATE', 'DATE_UNKNOWN', 'DENOUNCED'];

export function instrumentStanding(f: StandingFacts): Standing {
  const actor = f.actor.name;
  const norm = f.norm.name;
  const day = spoken(f.asOf);
  const limits: string[] = [];
  if (!isTreaty(f.norm)) {
    return {
      status: 'NOT_A_TREATY',
      rule: 'instrument-not-a-treaty',
      verdict: `${norm} is not a treaty: no state becomes a party to it, so ${actor} is not bound by it as such; see the positions on the duties it expresses.`,
      bases: [],
      counterEvidence: [],
      limits,
    };
  }
  const rows = f.parties.map((r) => partyRow(f, r));
  const decided = ORDER.map((s) => rows.find((r) => r.status === s)).find(Boolean);
  const signatures = f.signatures.map((s) => ({ s, rel: when(s.props.date, f.asOf) }));
  const signed = signatures.find((x) => x.rel === 'before');
  const signedUnknown = signatures.find((x) => x.rel === 'unknown' || x.rel === 'uncertain');
  const sigBasis = (x: { s: Fact; rel: string }) =>
    basis(
      'SIGNATURE',
      x.rel === 'before'
        ? `signed ${norm} on ${str(x.s.props.date)}`
        : `signed ${norm}${str(x.s.props.date) ? ` in ${str(x.s.props.date)}` : ' on a date not recorded'}`,
      x.s,
      {
        since: str(x.s.props.date),
        dateKnown: x.rel === 'before' || x.rel === 'after',
      },
    );
  const bases = [...rows.map((r) => r.basis), ...signatures.map(sigBasis)];
  for (const b of bases) if (!b.dateKnown) limits.push(`A date is missing or coarse: ${b.explanation}.`);
  const source = f.statusSources[0];
  const according = source
    ? `, according to the treaty status records in the Atlas (${source.locator ? `${source.locator.replace(/,? row .*$/, '')}, ` : ''}${source.sourceRef})`
    : '';

  if (decided?.status === 'PARTY')
    return { status: 'PARTY', rule: 'instrument-party', verdict: `${actor} ${decided.basis.explanation} (as of ${day}).`, bases, counterEvidence: [], limits };
  if (decided?.status === 'CONTRACTING_STATE')
    return {
      status: 'CONTRACTING_STATE',
      rule: 'instrument-contracting',
      verdict: `As of ${day}, ${actor} ${decided.basis.explanation}: a contracting state, not yet a party.`,
      bases,
      counterEvidence: [],
      limits,
    };
  if (decided?.status === 'DATE_UNKNOWN')
    return {
      status: 'DATE_UNKNOWN',
      rule: 'instrument-date-unknown',
      verdict: `Whether ${actor} was bound by ${norm} on ${day} cannot be told from the data: ${decided.reason}.`,
      bases,
      counterEvidence: [],
      limits,
    };
  if (decided?.status === 'DENOUNCED' && !signed)
    return {
      status: 'DENOUNCED',
      rule: 'instrument-denounced',
      verdict: `${actor} ${decided.basis.explanation}; it is not bound by it as of ${day}.`,
      bases,
      counterEvidence: [],
      limits,
    };
  if (signed)
    return {
      status: 'SIGNATORY',
      rule: 'instrument-signatory',
      verdict: `${actor} signed ${norm} on ${str(signed.s.props.date)} but is not a party to it as of ${day}${according}.`,
      bases,
      counterEvidence: [],
      limits,
    };
  if (signedUnknown)
    return {
      status: 'DATE_UNKNOWN',
      rule: 'instrument-date-unknown',
      verdict: `${actor} signed ${norm}, but on a date the data does not give precisely enough to tell whether it had signed by ${day}; it is not a party.`,
      bases,
      counterEvidence: [],
      limits,
    };
  return {
    status: 'NOT_BOUND',
    rule: 'instrument-not-bound',
    verdict: `${actor} is neither a party to nor a signatory of ${norm} as of ${day}${according}.`,
    bases,
    counterEvidence: [],
    limits: [...limits, 'Only as complete as the treaty office chart read (its status date is in the locator).'],
  };
}
