/**
 * The GitHub Action (SPEC §4.2): lint with the CLI's pipeline (`runLint`), then report where reviews happen —
 * annotations, the job summary, one sticky pull request comment, SARIF — and decide the step's result.
 * Everything that needs the token is optional: a read-only token (pull requests from forks) gives one notice and
 * the step goes on with annotations and the summary.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { runLint, visibleResults, lintSources } from '../cli/commands/lint.js';
import type { LintCliOptions, LintRun } from '../cli/commands/lint.js';
import { CliError } from '../cli/io.js';
import type { Io } from '../cli/io.js';
import { packageVersion } from '../cli/package-info.js';
import { RULES } from '../../rules/index.js';
import type { RepoModel } from '../resolve/model.js';
import { diffModels, renderDiffMarkdown } from '../intel/diff.js';
import { isPreset } from '../config/config.js';
import { graphMermaid } from '../intel/graph.js';
import { FORMATTERS } from '../report/index.js';
import type { FormatContext } from '../report/index.js';
import { findingCommand, workflowCommand } from '../report/github.js';
import { counts, markdownReport } from '../report/markdown.js';
import { moreNotice, selectAnnotations } from './annotations.js';
import type { Located } from './annotations.js';
import { changedLines, ensureCommit } from './git.js';
import type { ChangedLines } from './git.js';
import { COMMENT_LIMIT, httpStatus, upsertComment } from './comment.js';
import type { CommentApi } from './comment.js';

/** A job summary holds 1 MiB per step; leave room for the rest of the step's summary. */
const SUMMARY_LIMIT = 900_000;
/** Room for the semantic diff in the comment (65,536 characters in all). */
const DIFF_LIMIT = 20_000;
/** Characters the trust map may take in the comment and the summary; GitHub renders mermaid blocks. */
const MAP_LIMIT = 20_000;

export type FailOn = 'error' | 'warning' | 'never';

export interface ActionInputs {
  paths: string[];
  config: string;
  preset: string;
  failOn: FailOn;
  annotations: boolean;
  comment: boolean;
  sarifFile: string;
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
  return {
    paths: paths.length ? paths : ['.'],
    config: core.getInput('config').trim(),
    preset,
    failOn,
    annotations: booleanInput('annotations', true),
    comment: booleanInput('comment', true),
    sarifFile: core.getInput('sarif-file').trim(),
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
function semanticDiff(base: RepoModel, lr: LintRun, baseSha: string): string {
  try {
    const changes = diffModels(base, lr.run.model);
    const md = renderDiffMarkdown(changes, { before: `base \`${baseSha.slice(0, 12)}\``, after: 'this pull request', headingLevel: 4 });
    const title = changes.length ? `${plural(changes.length, 'change')} in effective cross-tenant access` : 'No change in effective cross-tenant access';
    return `<details><summary>${title}</summary>\n\n${md.trimEnd()}\n\n</details>\n`;
  } catch (err) {
    core.info(`xtap-lint: no semantic diff (${(err as Error).message.split('\n')[0]})`);
    return '';
  }
}

/** The trust map as a folded mermaid block (issue: GitHub renders mermaid); a note instead when it is too large. */
function trustMap(lr: LintRun): string {
  try {
    const mermaid = graphMermaid(lr.run.model).trimEnd();
    if (!/\n\s*\S+.*(-->|---|<-->|-\.-|==>)/.test(mermaid)) return '';
    const block = `<details><summary>Trust map</summary>\n\n\`\`\`mermaid\n${mermaid}\n\`\`\`\n\n</details>\n`;
    if (block.length <= MAP_LIMIT) return block;
    return '<details><summary>Trust map</summary>\n\nThe map is too large to show here: run `npx xtap-lint graph --format mermaid`.\n\n</details>\n';
  } catch (err) {
    core.info(`xtap-lint: no trust map (${(err as Error).message.split('\n')[0]})`);
    return '';
  }
}

/** Cut a Markdown block to `max` characters, keeping the `<details>` closed. */
function clip(md: string, max: number): string {
  if (md.length <= max) return md;
  const cut = md.slice(0, max - 200);
  return `${cut.slice(0, cut.lastIndexOf('\n'))}\n\n… (cut: run \`npx xtap-lint diff --base <base>\` for all changes)\n\n</details>\n`;
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

async function runAction(): Promise<void> {
  const inputs = readInputs();
  const cwd = process.cwd();
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

  // Change-aware part (SPEC §3.6): the base commit, fetched when the checkout is shallow.
  const values: LintCliOptions = {};
  if (inputs.config) values.config = inputs.config;
  if (inputs.preset) values.preset = inputs.preset;
  let changed: ChangedLines | undefined;
  if (pr?.baseSha) {
    const why = ensureCommit(cwd, pr.baseSha);
    if (why === undefined) {
      values.base = pr.baseSha;
      changed = changedLines(cwd, pr.baseSha);
    } else {
      notices.push(
        `The base commit ${pr.baseSha.slice(0, 12)} cannot be read (${why}): change-aware rules were skipped. Check out with fetch-depth: 0 to enable them.`,
      );
    }
  }

  const lr = await runLint(io, values, inputs.paths);
  for (const n of lr.notices) notices.push(n);
  const { results, repoPaths } = visibleResults(io, lr, false);
  const ctx: FormatContext = { results, rules: RULES, color: false, version: packageVersion(), repoPaths, notices: [...notices], sources: lintSources(lr) };
  const c = counts(results);
  const diff = pr?.baseSha && lr.run.base ? semanticDiff(lr.run.base, lr, pr.baseSha) : '';
  const map = trustMap(lr);

  const { owner, repo } = github.context.repo;
  const serverUrl = github.context.serverUrl;
  const headSha = pr?.headSha ?? github.context.sha;
  const link =
    owner && repo && headSha ? (path: string, line: number) => `${serverUrl}/${owner}/${repo}/blob/${headSha}/${path.split('/').map(encodeURIComponent).join('/')}#L${line}` : undefined;
  const mdOptions = (maxChars: number) => (link ? { heading: 'xtap-lint', link, maxChars } : { heading: 'xtap-lint', maxChars });

  // SARIF.
  if (inputs.sarifFile) {
    const target = resolve(cwd, inputs.sarifFile);
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, FORMATTERS.sarif(ctx));
    } catch (err) {
      throw new CliError(`cannot write sarif-file ${inputs.sarifFile}: ${(err as Error).message}`);
    }
  }

  // Sticky comment, before the annotations so that its notice (read-only token) counts in the notice budget.
  if (inputs.comment && pr && inputs.token) {
    const total = c.errors + c.warnings + c.infos;
    const footer = `\n<sub>Commit ${headSha.slice(0, 12)} · xtap-lint ${packageVersion()}</sub>\n`;
    const diffPart = (diff ? '\n' + clip(diff, DIFF_LIMIT) : '') + (map ? '\n' + map : '');
    const body = total ? markdownReport(ctx, mdOptions(COMMENT_LIMIT - DIFF_LIMIT - MAP_LIMIT - 2_000)) + diffPart + footer : undefined;
    const clear = `### xtap-lint\n\n✅ All clear: no findings in ${plural(results.length, 'declaration file')}.\n${diffPart}${footer}`;
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
  for (const n of notices) out += workflowCommand('notice', { title: 'xtap-lint' }, n);
  if (out) process.stdout.write(out);

  // Job summary.
  try {
    const summaryCtx: FormatContext = { ...ctx, notices };
    const extra = (diff ? '\n' + clip(diff, DIFF_LIMIT) : '') + (map ? '\n' + map : '');
    await core.summary.addRaw(markdownReport(summaryCtx, mdOptions(SUMMARY_LIMIT - DIFF_LIMIT - MAP_LIMIT)) + extra).write();
  } catch (err) {
    core.info(`xtap-lint: no job summary written (${(err as Error).message.split('\n')[0]})`);
  }

  // Outputs and result.
  core.setOutput('errors', String(c.errors));
  core.setOutput('warnings', String(c.warnings));
  core.setOutput('sarif-file', inputs.sarifFile);
  core.info(`xtap-lint: ${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.infos, 'info')} in ${plural(results.length, 'declaration file')}`);
  const failing = inputs.failOn === 'error' ? c.errors > 0 : inputs.failOn === 'warning' ? c.errors + c.warnings > 0 : false;
  if (failing) {
    core.info(`xtap-lint: failing the step (fail-on: ${inputs.failOn})`);
    process.exitCode = 1;
  }
}
