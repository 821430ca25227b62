/** A directory of named byte blobs: where replay snapshots are kept between runs. */
export interface CacheStore {
  /** The names present. */
  keys(): Promise<readonly string[]>;
  /** The bytes stored under `key`; undefined when absent or unreadable. */
  read(key: string): Promise<Uint8Array | undefined>;
  /** Stores `bytes` under `key` (atomically: a reader never sees half an entry). */
  write(key: string, bytes: Uint8Array): Promise<void>;
  remove(key: string): Promise<void>;
}
