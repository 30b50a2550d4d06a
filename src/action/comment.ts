/**
 * The sticky pull request comment: one comment, found by a hidden marker, created once and then edited in place;
 * edited to say all clear when the findings are gone; never created for a clean pull request.
 */
export const MARKER = '<!-- xtap-lint: sticky pull request comment -->';
/** GitHub refuses comment bodies over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;

export interface IssueComment {
  id: number;
  body?: string | null | undefined;
}

/** The REST calls the comment needs; @actions/github's Octokit provides them. */
export interface CommentApi {
  list(): Promise<IssueComment[]>;
  create(body: string): Promise<void>;
  update(id: number, body: string): Promise<void>;
}

export type CommentOutcome = 'created' | 'updated' | 'unchanged' | 'skipped';

/**
 * Bring the sticky comment up to date. `body` is the report with findings, or undefined when there are none, then
 * `clearBody` replaces an existing comment and no comment is created.
 */
export async function upsertComment(api: CommentApi, body: string | undefined, clearBody: string): Promise<CommentOutcome> {
  // Ours starts with the marker; a person quoting or copying it elsewhere in a comment is left alone.
  const existing = (await api.list()).find((c) => typeof c.body === 'string' && c.body.startsWith(MARKER));
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

export function withMarker(body: string): string {
  return `${MARKER}\n${body}`;
}

/** An Octokit error's HTTP status, if it has one. */
export function httpStatus(err: unknown): number | undefined {
  const s = (err as { status?: unknown } | null)?.status;
  return typeof s === 'number' ? s : undefined;
}
