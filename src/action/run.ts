/**
 * The GitHub Action (SPEC §4.2): lint with the CLI's pipeline (`runLint`), then report where reviews happen —
 * annotations, the job summary, one sticky pull request comment, SARIF — and decide the step's result.
 * Everything that needs the token is optional: a read-only token (pull requests from forks) gives one notice and
 * the step goes on with annotations and the summary.
 */
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { runLint, visibleResults, lintSources } from '../repo/lint-repo.js';
import type { LintRepoOptions as LintCliOptions, LintRun } from '../repo/lint-repo.js';
import { CliError } from '../repo/errors.js';
import { writeOutputFile } from '../repo/safe-write.js';
import type { Io } from '../cli/io.js';
import { packageVersion } from '../cli/package-info.js';
import { RULES } from '../../rules/index.js';
import type { RepoModel } from '../resolve/model.js';
import { diffModels, renderDiffMarkdown } from '../intel/diff.js';
import { isPreset } from '../config/config.js';
import { graphMermaid } from '../intel/graph.js';
import { FORMATTERS, loadFormatter } from '../report/index.js';
import type { FormatContext } from '../report/index.js';
import { findingCommand, workflowCommand } from '../report/github.js';
import { charCount, counts, markdownReport, utf8Length } from '../report/markdown.js';
import type { MarkdownOptions } from '../report/markdown.js';
import { moreNotice, selectAnnotations } from './annotations.js';
import type { Located } from './annotations.js';
import { changedLines, ensureCommit } from './git.js';
import type { ChangedLines } from './git.js';
import { COMMENT_LIMIT, httpStatus, MARKER, upsertComment } from './comment.js';
import type { CommentApi } from './comment.js';
import { addedDirectives, configFromBase, gitTopLevel, policySection } from './config-base.js';
import type { BaseConfig } from './config-base.js';
import { urlPath, visibleLines } from '../report/inert.js';

/**
 * A job summary holds 1 MiB (1,048,576 bytes) per step, counted in bytes of UTF-8: over it, the runner drops the
 * whole summary. We write at most this many bytes.
 */
export const SUMMARY_BYTES = 1_000_000;
/** A comment holds 65,536 characters (code points); we keep a margin for GitHub's own counting. */
export const COMMENT_CHARS = COMMENT_LIMIT - 536;
/** Room for each extra part (semantic diff, trust map, configuration and directives), in the unit of its target. */
const PART_LIMITS = { comment: { diff: 20_000, map: 15_000, policy: 10_000 }, summary: { diff: 200_000, map: 100_000, policy: 100_000 } };

type Measure = (s: string) => number;

export type FailOn = 'error' | 'warning' | 'never';

export interface ActionInputs {
  paths: string[];
  config: string;
  preset: string;
  failOn: FailOn;
  /** Fail when there are more warnings than this; -1: no limit. */
  maxWarnings: number;
  /** A git ref or commit to compare with (change-aware rules, semantic diff); empty: the pull request's base. */
  base: string;
  /** Folder to run in, relative to the workspace; empty: the workspace. */
  workingDirectory: string;
  annotations: boolean;
  comment: boolean;
  sarifFile: string;
  htmlReport: string;
  token: string;
}

function booleanInput(name: string, fallback: boolean): boolean {
  const v = core.getInput(name).trim();
  if (v === '') return fallback;
  if (/^(true|yes|on|1)$/i.test(v)) return true;
  if (/^(false|no|off|0)$/i.test(v)) return false;
  throw new CliError(`input ${name} must be true or false, got "${v}"`);
}

export function readInputs(): ActionInputs {
  const preset = core.getInput('preset').trim();
  if (preset && !isPreset(preset)) throw new CliError(`input preset must be recommended, strict or all, got "${preset}"`);
  const failOn = (core.getInput('fail-on').trim() || 'error').toLowerCase();
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') throw new CliError(`input fail-on must be error, warning or never, got "${failOn}"`);
  // One path per line; on a single line, separated by spaces.
  const raw = core.getInput('paths');
  const paths = raw
    .split(/\r?\n/.test(raw.trim()) ? /\r?\n/ : /\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const mw = core.getInput('max-warnings').trim();
  if (mw !== '' && !/^-?\d+$/.test(mw)) throw new CliError(`input max-warnings must be a whole number, got "${mw}"`);
  const maxWarnings = mw === '' ? -1 : Number(mw);
  if (maxWarnings < -1) throw new CliError(`input max-warnings must be -1 (no limit) or more, got "${mw}"`);
  const base = core.getInput('base').trim();
  if (base.startsWith('-')) throw new CliError(`input base must be a git ref or commit, got "${base}"`);
  return {
    paths: paths.length ? paths : ['.'],
    config: core.getInput('config').trim(),
    preset,
    failOn,
    maxWarnings,
    base,
    workingDirectory: core.getInput('working-directory').trim(),
    annotations: booleanInput('annotations', true),
    comment: booleanInput('comment', true),
    sarifFile: core.getInput('sarif-file').trim(),
    htmlReport: core.getInput('html-report').trim(),
    token: core.getInput('github-token').trim(),
  };
}

interface PullRequest {
  number: number;
  baseSha: string;
  headSha: string;
}

function pullRequest(): PullRequest | undefined {
  const pr = github.context.payload.pull_request as { number?: unknown; base?: { sha?: unknown }; head?: { sha?: unknown } } | undefined;
  if (!pr || typeof pr.number !== 'number') return undefined;
  const baseSha = typeof pr.base?.sha === 'string' ? pr.base.sha : '';
  const headSha = typeof pr.head?.sha === 'string' ? pr.head.sha : github.context.sha;
  return { number: pr.number, baseSha, headSha };
}

function octokitApi(token: string, prNumber: number): CommentApi {
  const octokit = github.getOctokit(token);
  const { owner, repo } = github.context.repo;
  return {
    list: async () => octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: prNumber, per_page: 100 }),
    viewer: async () => (await octokit.rest.users.getAuthenticated()).data.login,
    create: async (body) => {
      await octokit.rest.issues.createComment({ owner, repo, issue_number: prNumber, body });
    },
    update: async (id, body) => {
      await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body });
    },
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The semantic diff of effective access from the base commit to the checkout, folded; empty when it fails. */
function semanticDiff(base: RepoModel, lr: LintRun, baseRef: string): string {
  try {
    const changes = diffModels(base, lr.run.model);
    const shown = /^[0-9a-f]{40,64}$/i.test(baseRef) ? baseRef.slice(0, 12) : baseRef.replace(/[^\w./-]/g, '');
    const md = renderDiffMarkdown(changes, { before: `base \`${shown}\``, after: 'this pull request', headingLevel: 4 });
    const title = changes.length ? `${plural(changes.length, 'change')} in effective cross-tenant access` : 'No change in effective cross-tenant access';
    return `<details><summary>${title}</summary>\n\n${md.trimEnd()}\n\n</details>\n`;
  } catch (err) {
    core.info(`xtap-lint: no semantic diff (${(err as Error).message.split('\n')[0]})`);
    return '';
  }
}

/** The trust map's mermaid text, or '' when it has no edge (nothing worth drawing). */
function trustMermaid(lr: LintRun): string {
  try {
    const mermaid = graphMermaid(lr.run.model).trimEnd();
    return /\n\s*\S+.*(-->|---|<-->|-\.-|==>)/.test(mermaid) ? mermaid : '';
  } catch (err) {
    core.info(`xtap-lint: no trust map (${(err as Error).message.split('\n')[0]})`);
    return '';
  }
}

/** The trust map as a folded mermaid block (GitHub renders mermaid); a note instead when it is over `max`. */
function trustMap(mermaid: string, max: number, measure: Measure): string {
  if (!mermaid) return '';
  const block = `<details><summary>Trust map</summary>\n\n\`\`\`mermaid\n${mermaid}\n\`\`\`\n\n</details>\n`;
  if (measure(block) <= max) return block;
  return '<details><summary>Trust map</summary>\n\nThe map is too large to show here: run `npx xtap-lint graph --format mermaid`.\n\n</details>\n';
}

/** Cut a Markdown block to `max` (in `measure`'s unit) at a line end, saying so; `close` ends what the cut left open. */
export function clip(md: string, max: number, measure: Measure, note: string, close = ''): string {
  if (measure(md) <= max) return md;
  const tail = `\n\n… (cut: ${note})\n\n${close}`;
  const lines = md.split('\n');
  let size = measure(tail);
  const kept: string[] = [];
  for (const l of lines) {
    const n = measure(l) + 1;
    if (size + n > max) break;
    kept.push(l);
    size += n;
  }
  return kept.join('\n') + tail;
}

/** The parts after the findings table, each within its share of the target's limit. */
function extraParts(o: { diff: string; mermaid: string; policy: string }, target: 'comment' | 'summary', measure: Measure): string {
  const lim = PART_LIMITS[target];
  const policy = o.policy ? clip(o.policy, lim.policy, measure, 'see the pull request\'s files for the rest') + '\n' : '';
  const diff = o.diff ? '\n' + clip(o.diff, lim.diff, measure, 'run `npx xtap-lint diff --base <base>` for all changes', '</details>\n') : '';
  const map = o.mermaid ? '\n' + trustMap(o.mermaid, lim.map, measure) : '';
  return (policy ? '\n' + policy : '') + diff + map;
}

/** Run the Action; returns normally in every case, setting the step's result through process.exitCode. */
export async function run(): Promise<void> {
  try {
    await runAction();
  } catch (err) {
    const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
    core.setFailed(err instanceof CliError ? `xtap-lint: ${msg}` : `xtap-lint: internal error: ${msg} (please report it)`);
  }
}

/** The folder the Action runs in: the workspace, or `working-directory` inside it. */
function workingDirectory(inputs: ActionInputs): string {
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  if (!inputs.workingDirectory) return process.cwd();
  const dir = resolve(workspace, inputs.workingDirectory);
  let ok = false;
  try {
    ok = statSync(dir).isDirectory();
  } catch {
    ok = false;
  }
  if (!ok) throw new CliError(`input working-directory is not a folder: ${inputs.workingDirectory}`);
  return dir;
}

const KNOWN_RULES: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

async function runAction(): Promise<void> {
  const inputs = readInputs();
  const cwd = workingDirectory(inputs);
  const io: Io = {
    cwd,
    env: process.env,
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    readStdin: async () => '',
    stdoutIsTTY: false,
  };
  const notices: string[] = [];
  const pr = pullRequest();

  // Change-aware part (SPEC §3.6): the base commit, fetched when the checkout is shallow; or the `base` input.
  const values: LintCliOptions = {};
  if (inputs.config) values.config = inputs.config;
  if (inputs.preset) values.preset = inputs.preset;
  let changed: ChangedLines | undefined;
  let baseReadable = false;
  let unreadable = '';
  if (pr?.baseSha) {
    const why = ensureCommit(cwd, pr.baseSha);
    baseReadable = why === undefined;
    if (why !== undefined) unreadable = `The base commit ${pr.baseSha.slice(0, 12)} cannot be read (${why})`;
  }
  const baseRef = inputs.base || (baseReadable && pr ? pr.baseSha : '');
  if (baseRef) {
    values.base = baseRef;
    try {
      changed = changedLines(cwd, baseRef);
    } catch {
      changed = undefined;
    }
  }

  // On a pull request the base commit's configuration is in force, never the pull request's (SPEC §4.2).
  let policy: BaseConfig | undefined;
  if (pr?.baseSha) {
    const root = gitTopLevel(cwd);
    if (root) {
      policy = configFromBase({ root, cwd, baseSha: pr.baseSha, baseReadable, explicit: inputs.config || undefined, knownRules: KNOWN_RULES });
      if (policy && inputs.preset && isPreset(inputs.preset)) policy.config.preset = inputs.preset;
    }
  }
  if (unreadable) {
    const what = [inputs.base ? '' : 'change-aware rules were skipped', policy ? "the built-in configuration is in force, not the pull request's" : ''].filter(Boolean).join(', and ');
    notices.push(`${unreadable}${what ? `: ${what}` : ''}. Check out with fetch-depth: 0 so that it can be read.`);
  }
  for (const n of policy?.notices ?? []) notices.push(n);

  const lr = await runLint(io, values, inputs.paths, policy ? { config: policy.config } : {});
  const { results, repoPaths } = visibleResults(io, lr, false);
  for (const n of lr.notices) notices.push(n);
  const ctx: FormatContext = {
    results,
    rules: lr.options.policies?.length ? [...RULES, ...lr.options.policies] : RULES,
    color: false,
    version: packageVersion(),
    repoPaths,
    notices: [...notices],
    sources: lintSources(lr),
    ...(lr.options.now ? { now: lr.options.now } : {}),
  };
  const c = counts(results);
  const diff = baseRef && lr.run.base ? semanticDiff(lr.run.base, lr, baseRef) : '';
  const mermaid = trustMermaid(lr);

  const { owner, repo } = github.context.repo;
  const serverUrl = github.context.serverUrl;
  const headSha = pr?.headSha ?? github.context.sha;
  // Links to the repository's own files at the head commit: every part of the URL is ours or an encoded segment.
  const link =
    owner && repo && /^[0-9a-f]{40,64}$/i.test(headSha) && /^https:\/\/[\w.-]+(:\d+)?$/.test(serverUrl)
      ? (path: string, line: number) => `${serverUrl}/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/blob/${headSha}/${urlPath(path)}#L${line}`
      : undefined;

  // What the pull request asks for beyond its declarations: configuration changes and new suppression directives.
  const directives = pr ? addedDirectives(lr.inputs, lr.options.base ?? [], lr.run.result.files) : [];
  const policyMd = pr ? policySection({ changes: policy?.changes ?? [], source: policy?.source, directives, ...(link ? { link } : {}) }) : '';

  // Report files: SARIF for code scanning, the HTML report for an artifact. Paths are relative to the working
  // directory and never written through a link; the outputs name them from the workspace, as upload steps expect.
  const writeReport = (input: string, path: string, text: string): string => {
    writeOutputFile(cwd, path, text, `${input} ${path}`);
    return inputs.workingDirectory ? relative(process.env.GITHUB_WORKSPACE || process.cwd(), resolve(cwd, path)).split('\\').join('/') : path;
  };
  const sarifOutput = inputs.sarifFile ? writeReport('sarif-file', inputs.sarifFile, FORMATTERS.sarif(ctx)) : '';
  const htmlOutput = inputs.htmlReport ? writeReport('html-report', inputs.htmlReport, (await loadFormatter('html'))!({ ...ctx, model: lr.run.model })) : '';

  // Sticky comment, before the annotations so that its notice (read-only token) counts in the notice budget.
  if (inputs.comment && pr && inputs.token) {
    const total = c.errors + c.warnings + c.infos;
    const footer = `\n<sub>Commit ${headSha.slice(0, 12)} · xtap-lint ${packageVersion()}</sub>\n`;
    const extra = extraParts({ diff, mermaid, policy: policyMd }, 'comment', charCount);
    const room = COMMENT_CHARS - charCount(MARKER) - 1 - charCount(extra) - charCount(footer);
    const body = total || policyMd ? markdownReport(ctx, mdOptions(link, { maxChars: room })) + extra + footer : undefined;
    const clear = `### xtap-lint\n\n✅ All clear: no findings in ${plural(results.length, 'declaration file')}.\n${extra}${footer}`;
    try {
      const outcome = await upsertComment(octokitApi(inputs.token, pr.number), body, clear);
      core.info(`xtap-lint: pull request comment ${outcome}`);
    } catch (err) {
      const status = httpStatus(err);
      if (status === 403 || status === 404) {
        notices.push(
          `The token cannot write pull request comments (HTTP ${status}; pull requests from forks get a read-only token, or the workflow lacks permissions: pull-requests: write). The findings are in the annotations and the job summary.`,
        );
      } else {
        const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
        notices.push(`The pull request comment could not be updated (${status ? `HTTP ${status}: ` : ''}${msg}). The findings are in the annotations and the job summary.`);
      }
    }
  }

  // Annotations.
  let out = '';
  if (inputs.annotations) {
    const items: Located[] = [];
    for (const r of results) for (const f of r.findings) items.push({ finding: f, file: repoPaths.get(r.file) ?? r.file });
    const { shown, hidden } = selectAnnotations(items, changed, notices.length);
    for (const x of shown) out += findingCommand(x.finding, x.file);
    if (hidden > 0) out += workflowCommand('notice', { title: 'xtap-lint' }, moreNotice(hidden));
  }
  for (const n of notices) out += workflowCommand('notice', { title: 'xtap-lint' }, visibleLines(n));
  if (out) process.stdout.write(out);

  // Job summary: within 1 MiB counted in bytes, or the runner drops it whole.
  try {
    const summaryCtx: FormatContext = { ...ctx, notices };
    const extra = extraParts({ diff, mermaid, policy: policyMd }, 'summary', utf8Length);
    const text = markdownReport(summaryCtx, mdOptions(link, { maxBytes: SUMMARY_BYTES - utf8Length(extra) })) + extra;
    await core.summary.addRaw(utf8Length(text) <= SUMMARY_BYTES ? text : clip(text, SUMMARY_BYTES, utf8Length, 'the job summary holds 1 MiB')).write();
  } catch (err) {
    core.info(`xtap-lint: no job summary written (${(err as Error).message.split('\n')[0]})`);
  }

  // Outputs and result.
  core.setOutput('errors', String(c.errors));
  core.setOutput('warnings', String(c.warnings));
  core.setOutput('sarif-file', sarifOutput);
  core.setOutput('html-report', htmlOutput);
  core.info(`xtap-lint: ${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.infos, 'info')} in ${plural(results.length, 'declaration file')}`);
  const failing = inputs.failOn === 'error' ? c.errors > 0 : inputs.failOn === 'warning' ? c.errors + c.warnings > 0 : false;
  const tooManyWarnings = inputs.failOn !== 'never' && inputs.maxWarnings >= 0 && c.warnings > inputs.maxWarnings;
  if (failing || tooManyWarnings) {
    core.info(
      failing
        ? `xtap-lint: failing the step (fail-on: ${inputs.failOn})`
        : `xtap-lint: failing the step: ${plural(c.warnings, 'warning')}, more than max-warnings ${inputs.maxWarnings}`,
    );
    process.exitCode = 1;
  }
}

function mdOptions(link: ((path: string, line: number) => string) | undefined, budget: { maxChars?: number; maxBytes?: number }): MarkdownOptions {
  return { heading: 'xtap-lint', ...(link ? { link } : {}), ...budget };
}
