/**
 * The sticky pull request comment: one comment, found by a hidden marker **and its author** (the token's own
 * identity), created once and then edited in place; edited to say all clear when the findings are gone; never
 * created for a clean pull request. Anyone can post a comment that starts with the marker: such a comment by
 * another user is never edited (that would put our report, or an attacker's prepared text, under their name or
 * let them steer what we overwrite); we create our own instead.
 */
export const MARKER = '<!-- xtap-lint: sticky pull request comment -->';
/** GitHub refuses comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;

export interface IssueComment {
  id: number;
  body?: string | null | undefined;
  user?: { login?: string | null | undefined } | null | undefined;
}

/** The login GitHub shows as the author of comments made with the workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT = 'github-actions[bot]';

/** The REST calls the comment needs; @actions/github's Octokit provides them. */
export interface CommentApi {
  list(): Promise<IssueComment[]>;
  /** The login of the token's own user (`GET /user`); undefined when the token has no user (an installation token such as GITHUB_TOKEN). */
  viewer(): Promise<string | undefined>;
  create(body: string): Promise<void>;
  update(id: number, body: string): Promise<void>;
}

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'skipped';

/**
 * Bring the sticky comment up to date. `body` is the report with findings, or undefined when there are none, then
 * `clearBody` replaces an existing comment and no comment is created.
 */
export async function upsertComment(api: CommentApi, body: string | undefined, clearBody: string): Promise<CommentOutcome> {
  // Ours starts with the marker (a person quoting it elsewhere in a comment is left alone) and is by the token's
  // own user. Who that is is asked only when a comment with the marker exists.
  const marked = (await api.list()).filter((c) => typeof c.body === 'string' && c.body.startsWith(MARKER));
  const me = marked.length ? await tokenIdentity(api) : undefined;
  const existing = marked.find((c) => typeof c.user?.login === 'string' && c.user.login === me);
  const wanted = body ?? (existing ? clearBody : undefined);
  if (wanted === undefined) return 'skipped';
  const text = withMarker(wanted);
  if (existing) {
    if (existing.body === text) return 'unchanged';
    await api.update(existing.id, text);
    return 'updated';
  }
  await api.create(text);
  return 'created';
}

/**
 * The login the token's comments appear under: `GET /user` for a personal or user token; an installation token
 * (the workflow's GITHUB_TOKEN) has no user (GitHub answers 401 or 403), and its comments are by github-actions[bot].
 */
export async function tokenIdentity(api: CommentApi): Promise<string> {
  try {
    return (await api.viewer()) ?? ACTIONS_BOT;
  } catch (err) {
    const status = httpStatus(err);
    if (status === 401 || status === 403 || status === 404) return ACTIONS_BOT;
    throw err;
  }
}

export function withMarker(body: string): string {
  return `${MARKER}\n${body}`;
}

/** An Octokit error's HTTP status, if it has one. */
export function httpStatus(err: unknown): number | undefined {
  const s = (err as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}
