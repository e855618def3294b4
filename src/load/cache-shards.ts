// Where the cache keeps a note's entry: the file names of the index and the
// shards, and which shard a path falls in (a hash of the path, so every
// process and every run agrees without reading anything).

/** A shard holds about this many notes (~1 MB of JSON); a changed note costs one shard's rewrite. */
const SHARD_SIZE = 256;
/** A shard's name: its bucket count and its bucket ("4-1"). */
export const SHARD_RE = /^\d{1,6}-\d{1,6}$/;

export const INDEX_FILE = 'index.json';
export const shardFile = (shard: string): string => `shard-${shard}.json`;
/** Beside each shard, its notes with only what the schedule reads, for `next` (CacheView 'schedule'). */
export const scheduleFile = (shard: string): string => `schedule-${shard}.json`;

/** FNV-1a of the path: the same bucket in every process and every run. */
export function bucketOf(rel: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < rel.length; i++) hash = Math.imul(hash ^ rel.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % buckets;
}

/** The bucket count for `notes` entries: a power of two, so shards split in halves as a folder grows. */
export function bucketCount(notes: number): number {
  let buckets = 1;
  while (buckets * SHARD_SIZE < notes) buckets *= 2;
  return buckets;
}
