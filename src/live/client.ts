/**
 * The Microsoft Graph client of `pull`, `drift` and `apply` (built into dist/live.cjs, which only those commands load:
 * a plain lint never pays for @azure/identity).
 *
 * - Tokens: `XTAP_GRAPH_TOKEN` when set, else @azure/identity's DefaultAzureCredential (environment service
 *   principal, workload identity federation as `azure/login` sets it up, managed identity, Azure CLI) for the
 *   endpoint's `/.default` scope. A token is never printed: no message here quotes a header or a token.
 * - Throttling: @azure/core-rest-pipeline's throttlingRetryPolicy honours `Retry-After` on 429 and 503; a guard
 *   before it fails at once when the wait asked for is longer than what is left of the command's time budget, and
 *   every request carries the budget's abort signal, so the total wait is bounded.
 * - Paging: `@odata.nextLink`, on the endpoint's own origin only.
 * - Errors: a GraphFailure with one line for people; 401/403 name the permission the request needs.
 */
import { createDefaultHttpClient, createEmptyPipeline, createHttpHeaders, createPipelineRequest, throttlingRetryPolicy } from '@azure/core-rest-pipeline';
import type { HttpClient, PipelinePolicy, PipelineResponse } from '@azure/core-rest-pipeline';
import type { TokenCredential } from '@azure/core-auth';
import { DefaultAzureCredential } from '@azure/identity';
import { GraphFailure } from './failure.js';
import type { GraphClient, GraphClientOptions, GraphRequestOptions } from './types.js';

const MAX_PAGES = 10_000;

function firstLine(s: string): string {
  return s.split(/\r?\n/)[0].slice(0, 300);
}

/** What Graph said in its error body (`{ error: { code, message } }`), one line, without control characters. */
function graphReason(body: string | undefined): string {
  if (!body) return '';
  try {
    const j = JSON.parse(body) as { error?: { code?: unknown; message?: unknown } };
    const code = typeof j.error?.code === 'string' ? j.error.code : '';
    const message = typeof j.error?.message === 'string' ? firstLine(j.error.message) : '';
    const text = [code, message].filter(Boolean).join(': ');
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, ' ');
  } catch {
    return '';
  }
}

/** A fixed token (XTAP_GRAPH_TOKEN), as a TokenCredential. */
function staticCredential(token: string): TokenCredential {
  return { getToken: async () => ({ token, expiresOnTimestamp: Date.now() + 3600_000 }) };
}

/**
 * Sets `Authorization` from the credential. core-rest-pipeline's bearerTokenAuthenticationPolicy refuses plain http
 * outright, which the tests' loopback server needs; the endpoint already refuses http anywhere else.
 */
function authPolicy(credential: TokenCredential, scope: string, signal: AbortSignal): PipelinePolicy {
  let cached: { token: string; expires: number } | undefined;
  return {
    name: 'xtapAuth',
    async sendRequest(request, next) {
      if (!cached || cached.expires - Date.now() < 120_000) {
        let got;
        try {
          got = await credential.getToken(scope, { abortSignal: signal });
        } catch (err) {
          const msg = (err instanceof Error ? firstLine(err.message) : "unknown error").replace(/\.+$/, "");
          throw new GraphFailure(`cannot get a token for Microsoft Graph (${scope}): ${msg}. Set XTAP_GRAPH_TOKEN, or sign in (az login; azure/login in GitHub Actions); see docs/live-tenant.md`);
        }
        if (!got) throw new GraphFailure(`cannot get a token for Microsoft Graph (${scope}): the credential returned none. Set XTAP_GRAPH_TOKEN, or sign in (az login); see docs/live-tenant.md`);
        cached = { token: got.token, expires: got.expiresOnTimestamp };
      }
      request.headers.set('Authorization', `Bearer ${cached.token}`);
      return next(request);
    },
  };
}

/** Fails at once when Graph asks to wait longer than the command has left (the retry policy would just sleep). */
function budgetGuard(deadline: number): PipelinePolicy {
  return {
    name: 'xtapRetryBudget',
    async sendRequest(request, next) {
      const response = await next(request);
      if (response.status === 429 || response.status === 503) {
        const after = response.headers.get('retry-after');
        const seconds = after !== undefined && /^\d+$/.test(after.trim()) ? Number(after.trim()) : undefined;
        if (seconds !== undefined && Date.now() + seconds * 1000 > deadline) {
          throw new GraphFailure(
            `Microsoft Graph is throttling (${response.status}) and asks to wait ${seconds} s, longer than the time left (XTAP_GRAPH_TIMEOUT); try again later`,
          );
        }
      }
      return response;
    },
  };
}

export function createGraphClient(options: GraphClientOptions): GraphClient {
  const { origin } = options.endpoint;
  const token = options.env.XTAP_GRAPH_TOKEN;
  if (token !== undefined && (token.trim() === '' || /[\r\n\0]/.test(token))) {
    throw new GraphFailure('XTAP_GRAPH_TOKEN is set but is not a usable token (empty, or it holds a line break)');
  }
  const scope = `${origin}/.default`;
  const credential: TokenCredential = token !== undefined ? staticCredential(token.trim()) : new DefaultAzureCredential();
  const budgetMs = options.timeoutMs;
  const deadline = Date.now() + budgetMs;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), budgetMs);
  timer.unref();
  const pipeline = createEmptyPipeline();
  pipeline.addPolicy(throttlingRetryPolicy({ maxRetries: options.maxRetries ?? 3 }));
  pipeline.addPolicy(budgetGuard(deadline));
  pipeline.addPolicy(authPolicy(credential, scope, controller.signal));
  const http: HttpClient = options.httpClient ?? createDefaultHttpClient();
  const insecure = origin.startsWith('http:');

  const label = (method: string, url: string): string => `${method} ${url.startsWith(origin) ? url.slice(origin.length) : url}`;

  async function send(method: string, url: string, body: unknown, opts: GraphRequestOptions): Promise<{ status: number; text: string }> {
    const request = createPipelineRequest({
      url,
      method: method as 'GET',
      headers: createHttpHeaders({ Accept: 'application/json', ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) }),
      body: body !== undefined ? JSON.stringify(body) : undefined,
      abortSignal: controller.signal,
      allowInsecureConnection: insecure,
      timeout: budgetMs,
    });
    let response: PipelineResponse;
    try {
      response = await pipeline.sendRequest(http, request);
    } catch (err) {
      if (err instanceof GraphFailure) throw err;
      if (controller.signal.aborted) throw new GraphFailure(`${label(method, url)}: no answer within ${Math.round(budgetMs / 1000)} s (XTAP_GRAPH_TIMEOUT); nothing more was sent`);
      const code = (err as { code?: unknown }).code;
      throw new GraphFailure(`cannot reach Microsoft Graph at ${origin} (${label(method, url)}): ${typeof code === 'string' ? code : firstLine(err instanceof Error ? err.message : String(err))}`);
    }
    const status = response.status;
    const text = response.bodyAsText ?? '';
    if (status === 404 && opts.allow404) return { status, text };
    if (status >= 200 && status < 300) return { status, text };
    const reason = graphReason(text);
    const why = reason ? ` (${reason})` : '';
    if (status === 401) {
      throw new GraphFailure(`Microsoft Graph refused the token (401) for ${label(method, url)}${why}: it is missing, expired or for another cloud; check XTAP_GRAPH_TOKEN or the sign-in`);
    }
    if (status === 403) {
      throw new GraphFailure(`Microsoft Graph denied ${label(method, url)} (403)${why}: the identity needs the permission ${opts.permission} (see docs/live-tenant.md)`, { status, permission: opts.permission });
    }
    if (status === 429 || status === 503) throw new GraphFailure(`Microsoft Graph is still throttling ${label(method, url)} (${status}) after ${options.maxRetries ?? 3} retries; try again later`);
    throw new GraphFailure(`Microsoft Graph answered ${status} to ${label(method, url)}${why}`, { status });
  }

  const parse = (method: string, url: string, text: string): unknown => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new GraphFailure(`Microsoft Graph's answer to ${label(method, url)} is not JSON`);
    }
  };

  return {
    origin,
    async get(path, opts) {
      const url = `${origin}${path}`;
      const r = await send('GET', url, undefined, opts);
      if (r.status === 404) return undefined;
      return parse('GET', url, r.text);
    },
    async list(path, opts) {
      const items: unknown[] = [];
      let url: string | undefined = `${origin}${path}`;
      for (let page = 0; url !== undefined; page++) {
        if (page >= MAX_PAGES) throw new GraphFailure(`${label('GET', `${origin}${path}`)}: more than ${MAX_PAGES} pages; stopped`);
        const r = await send('GET', url, undefined, opts);
        if (r.status === 404) return undefined;
        const json = parse('GET', url, r.text) as { value?: unknown; '@odata.nextLink'?: unknown };
        if (!json || typeof json !== 'object' || !Array.isArray(json.value)) throw new GraphFailure(`Microsoft Graph's answer to ${label('GET', url)} has no value list`);
        items.push(...(json.value as unknown[]));
        const next = json['@odata.nextLink'];
        if (next === undefined || next === null) url = undefined;
        else {
          let nextUrl: URL;
          try {
            nextUrl = new URL(String(next));
          } catch {
            throw new GraphFailure(`Microsoft Graph's answer to ${label('GET', url)} has an @odata.nextLink that is not a URL`);
          }
          if (nextUrl.origin !== origin) throw new GraphFailure(`refusing to follow @odata.nextLink of ${label('GET', `${origin}${path}`)} to another host (${nextUrl.host}): the token goes only to ${origin}`);
          url = nextUrl.href;
        }
      }
      return items;
    },
    async send(method, url, body, opts) {
      if (!url.startsWith(`${origin}/`)) throw new GraphFailure(`refusing to send ${method} ${url}: not on ${origin}`);
      await send(method, url, body, opts);
    },
    close() {
      clearTimeout(timer);
    },
  };
}
