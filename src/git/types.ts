/**
 * The slice of git driftcheck needs: what the index holds and the blobs it points at.
 * Production uses `nodeGit` (one `git ls-files` and one long-lived `git cat-file --batch`);
 * tests may pass plain objects.
 */

/** One stage-0 entry of the git index. */
export interface IndexEntry {
  /** Relative to the directory the index was listed from, `/`-separated. */
  readonly path: string;
  /** `100644`, `100755`, `120000` (symbolic link), `160000` (submodule). */
  readonly mode: string;
  readonly oid: string;
}

export interface GitIndex {
  /** The staged files under the directory, paths relative to it (merge-conflict stages are left out). */
  listStaged(): Promise<readonly IndexEntry[]>;
  /** A blob's bytes by object id. */
  readBlob(oid: string): Promise<Uint8Array>;
  /** Ends any helper process. */
  close(): void;
}
