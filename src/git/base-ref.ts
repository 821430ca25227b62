import { UsageError } from '../errors.js';
import { type GitRunner, gitText } from './runner.js';

/** The checked directory is not in a git repository: there is no base to compare with. */
export class NotARepositoryError extends UsageError {}

/** The commit a base ref names, and where the checked root sits in the repository. */
export interface BaseCommit {
  readonly ref: string;
  readonly commit: string;
  readonly prefix: string;
}

async function commitOf(runner: GitRunner, ref: string): Promise<string | undefined> {
  return (
    (await gitText(runner, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]))?.trim() || undefined
  );
}

/**
 * Resolves `ref` to a commit. A shallow CI checkout often lacks the base branch: then it is fetched
 * from `origin` with depth 1 (the base's files are all that is needed, not its history). When that
 * is impossible too, the UsageError says what to change.
 */
export async function resolveBase(runner: GitRunner, ref: string): Promise<BaseCommit> {
  const inside = await gitText(runner, ['rev-parse', '--is-inside-work-tree']);
  if (inside?.trim() !== 'true')
    throw new NotARepositoryError(
      `--base ${ref} needs a git repository, and the checked directory is not inside one`,
    );
  const prefix = (await gitText(runner, ['rev-parse', '--show-prefix']))?.trim() ?? '';
  let commit = await commitOf(runner, ref);
  let fetchError = '';
  if (!commit) {
    const remoteRef = ref.replace(/^(?:refs\/remotes\/)?origin\//, '');
    const fetched = await runner.git(['fetch', '--no-tags', '--depth=1', 'origin', remoteRef]);
    if (fetched.code === 0) commit = await commitOf(runner, 'FETCH_HEAD');
    else fetchError = fetched.stderr.trim().split('\n').pop() ?? '';
  }
  if (!commit)
    throw new UsageError(
      `cannot read the base ref "${ref}": it is not in this clone` +
        (fetchError ? ` and fetching it from origin failed (${fetchError})` : '') +
        '. Fetch it first (git fetch origin <branch>), or in GitHub Actions set `fetch-depth: 0` on actions/checkout',
    );
  return { ref, commit, prefix };
}
