/**
 * Build time: the aliases cut into small groups, one per first two letters of the prefilter fragments.
 * Every alias (and `never` phrase) goes into the group of a fragment it contains. Where the alias
 * is on a page, the prefilter reports a hit where that fragment starts (it reports every start),
 * and the characters there are ones the group's `first` and `second` list; so find() needs only the
 * groups whose letters sit at a hit, each run in a window from `lead` letters before the hit to
 * `tail` after it. Compiling the one big trie on every page with a hit cost more than all the
 * scanning; groups by first letter alone still made an English page compile the whole "s" group.
 */
import type { EmitItem } from './matcher-emit';
import type { CompiledGroup } from './matcher-types';
import type { Unit } from './matcher-units';
import { charsOf, flatTrie, type WalkUnits } from './matcher-walk-build';

/** Where the fragment's units occur in units (by key, word ends ignored, as the prefilter matches), or -1. */
export function occurrenceAt(frag: readonly Unit[], units: readonly Unit[]): number {
  outer: for (let i = 0; i + frag.length <= units.length; i++) {
    for (let j = 0; j < frag.length; j++) if (units[i + j]?.key !== frag[j]?.key) continue outer;
    return i;
  }
  return -1;
}

/** A Russian ending group matches at most this many letters (ru-endings.ts: a vowel, a consonant and a case ending). */
const END_WIDTH = 8;

/** The most characters other than separators the units can match (separator runs are skipped when windows are walked). */
function width(units: readonly Unit[]): number {
  let n = 0;
  for (const u of units) {
    if (u.type === 'sep') continue;
    if (u.type === 'end') n += END_WIDTH;
    // An astral variant is written as an alternation of two-unit strings.
    else if (u.type === 'cjk') n += u.frag.startsWith('(?:') ? 2 : 1;
    else n += 1;
  }
  return n;
}

/** A unit that always matches exactly one UTF-16 unit, so the one after it starts at the next character. */
const isOneChar = (u: Unit | undefined): boolean =>
  u !== undefined &&
  (u.type === 'word' || (u.type === 'cjk' && !u.frag.startsWith('(?:')) || u.type === 'punct') &&
  !u.frag.endsWith('?');

interface Group {
  first: Unit;
  /** The fragment's second unit, where its first always matches one character (else any second character). */
  second: Unit | undefined;
  items: EmitItem[];
  lead: number;
  tail: number;
}

/**
 * The groups, given every entry to match (aliases and blockers, as units with their codes) and the
 * prefilter's fragments. Fails the build for an entry that holds no fragment: no page could wake it.
 */
export function emitGroups(
  entries: readonly (EmitItem & { text: string })[],
  fragments: readonly (readonly Unit[])[],
  units: WalkUnits,
): CompiledGroup[] {
  const groups = new Map<string, Group>();
  for (const entry of entries) {
    // The fragment reached with the fewest letters from the alias's start: the narrowest window.
    let best: { frag: readonly Unit[]; at: number; lead: number } | undefined;
    for (const frag of fragments) {
      const at = occurrenceAt(frag, entry.units);
      if (at < 0) continue;
      const lead = width(entry.units.slice(0, at));
      if (!best || lead < best.lead || (lead === best.lead && frag.length > best.frag.length))
        best = { frag, at, lead };
    }
    const first = best?.frag[0];
    if (!best || !first) throw new Error(`compileMatcher: "${entry.text}" holds no prefilter fragment`);
    const next = best.frag[1];
    const second = isOneChar(first) && next && (isOneChar(next) || next.type === 'sep') ? next : undefined;
    const key = `${first.key}\u0000${second?.key ?? ''}`;
    const group = groups.get(key) ?? { first, second, items: [], lead: 0, tail: 0 };
    groups.set(key, group);
    group.items.push({ units: entry.units, code: entry.code });
    group.lead = Math.max(group.lead, best.lead);
    group.tail = Math.max(group.tail, width(entry.units.slice(best.at)));
  }
  return [...groups.values()].map((g) => {
    const { lead, tail } = g;
    const second = g.second ? charsOf(g.second.frag, g.second.type) : '';
    return { trie: flatTrie(g.items, units), first: charsOf(g.first.frag, g.first.type), second, lead, tail };
  });
}
