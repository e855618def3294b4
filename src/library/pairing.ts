// Which held meeting stands for which expected slot of a series when it was
// held on another day ("moved"). Without this, a meeting held one week off a
// bi-weekly series' phase leaves the slots beside it as "no note" and the
// calendar reads as weekly meetings with lost notes.
//
// The rule: a held meeting that is on no slot's date pairs with an expected
// slot that has no note of its own, at most `limit` days away (half the
// series' interval, rounded down: 7 days for a bi-weekly series, 3 for a weekly
// one). Pairs are made nearest first, one to one; between two slots at the same
// distance the earlier one wins (a meeting put off is more common than one
// brought forward), then the earlier meeting. Pure and total: day numbers in,
// index pairs out.

export interface PairSlot {
  /** Day number (civil-date.ts) of the expected meeting. */
  day: number;
  /** How many days away a held meeting may be and still stand for it. */
  limit: number;
}

export interface Pair {
  /** Index into the held days. */
  held: number;
  /** Index into the slots. */
  slot: number;
  /** Days between them, always ≤ the slot's limit. */
  distance: number;
}

/** The farthest a meeting may be from a slot of a series every `everyWeeks` weeks: half the interval, rounded down. */
export function pairingLimit(everyWeeks: number): number {
  return Number.isInteger(everyWeeks) && everyWeeks > 0 ? Math.floor((7 * everyWeeks) / 2) : 0;
}

/**
 * Nearest-first one-to-one pairing of held days with free slots. Candidates
 * are found by a merge over both lists sorted, so the cost stays near linear
 * for thousands of notes (the limit is at most a few weeks).
 */
export function pairNearest(held: readonly number[], slots: readonly PairSlot[]): Pair[] {
  const heldOrder = held.map((day, index) => ({ day, index })).filter((h) => Number.isFinite(h.day)).sort((a, b) => a.day - b.day);
  const slotOrder = slots
    .map((slot, index) => ({ ...slot, index }))
    .filter((s) => Number.isFinite(s.day) && s.limit >= 0)
    .sort((a, b) => a.day - b.day);
  const maxLimit = slotOrder.reduce((m, s) => Math.max(m, s.limit), 0);
  const candidates: Pair[] = [];
  let low = 0;
  for (const h of heldOrder) {
    while (low < slotOrder.length && (slotOrder[low]?.day ?? 0) < h.day - maxLimit) low += 1;
    for (let i = low; i < slotOrder.length; i += 1) {
      const s = slotOrder[i];
      if (!s || s.day > h.day + maxLimit) break;
      const distance = Math.abs(s.day - h.day);
      if (distance <= s.limit) candidates.push({ held: h.index, slot: s.index, distance });
    }
  }
  const dayOfSlot = (p: Pair): number => slots[p.slot]?.day ?? 0;
  const dayOfHeld = (p: Pair): number => held[p.held] ?? 0;
  candidates.sort((a, b) => a.distance - b.distance || dayOfSlot(a) - dayOfSlot(b) || dayOfHeld(a) - dayOfHeld(b));
  const usedHeld = new Set<number>();
  const usedSlot = new Set<number>();
  const pairs: Pair[] = [];
  for (const pair of candidates) {
    if (usedHeld.has(pair.held) || usedSlot.has(pair.slot)) continue;
    usedHeld.add(pair.held);
    usedSlot.add(pair.slot);
    pairs.push(pair);
  }
  return pairs;
}
