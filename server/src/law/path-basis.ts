/**
 * Whether a path of the trace is a legal basis, practice or context (rule `path-basis`).
 *
 * A legal basis runs from the actor *along* legal relationships, each in its stored direction:
 * the actor is a party to a treaty that expresses the duty; the actor holds a position; the actor
 * is a member of an organisation that holds one. Walking back along a relationship ("…which is
 * also held by X", "…which is invoked in Y's statement") joins the actor to someone else's act:
 * context. Practice starts with the actor's own statement (an attribution it made, read against
 * its stored direction) and goes on along practice relationships that do not reach another actor
 * (a joint statement's co-author holds its own positions). A path read from the
 * norm to the actor is judged the same way, reversed.
 *
 * @example
 * const hop = (role: keyof typeof TYPE_FOR) => ({ type: TYPE_FOR[role], forward: true });
 * pathBasis([hop('membership'), hop('position')]); // 'legal'
 * pathBasis([hop('rivalry'), hop('consent')]);     // 'context'
 */
import { relationshipSpec, type Basis } from '../model/vocabulary.ts';

export interface HopDirection {
  type: string;
  forward: boolean;
}

const basisOf = (h: HopDirection): Basis => relationshipSpec(h.type)?.basis ?? 'context';
/** A hop that lands on another actor (a co-author of a joint statement): someone else's act. */
const reachesActor = (h: HopDirection): boolean =>
  (relationshipSpec(h.type)?.[h.forward ? 'to' : 'from'] ?? []).some((k) => k === 'State' || k === 'Organisation');

function judge(hops: readonly HopDirection[]): Basis {
  if (hops.length === 0) return 'context';
  if (hops.every((h) => h.forward && basisOf(h) === 'legal')) return 'legal';
  const [first, ...rest] = hops;
  if (!first!.forward && basisOf(first!) === 'practice' && rest.length > 0 && rest.every((h) => h.forward && basisOf(h) === 'practice' && !reachesActor(h)))
    return 'practice';
  return 'context';
}

export function pathBasis(hops: readonly HopDirection[]): Basis {
  const along = judge(hops);
  if (along !== 'context') return along;
  return judge([...hops].reverse().map((h) => ({ type: h.type, forward: !h.forward })));
}
