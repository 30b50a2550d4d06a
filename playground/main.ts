/**
 * The playground: the engine (the package's own entry, `src/index.ts`, the same code the CLI runs) in a browser,
 * CodeMirror 6 as the editor with the findings as inline diagnostics, several files as tabs, the findings list, the
 * trust map and `explain`. A share link carries the files in the URL fragment, deflated: nothing is ever sent to a
 * server (the page's Content-Security-Policy forbids every request).
 */
import { EditorView, basicSetup } from 'codemirror';
import { EditorState } from '@codemirror/state';
import type { Extension } from '@codemirror/state';
import { yaml } from '@codemirror/lang-yaml';
import { linter, lintGutter } from '@codemirror/lint';
import type { Diagnostic } from '@codemirror/lint';
import { lintFiles, buildGraph, trustMapSvg, explainAccess, renderExplanation, ExplainError } from '../src/index.js';
import type { EngineRun, ExplainQuery, Finding, InputFile } from '../src/index.js';

declare const __XTAP_EXAMPLES__: InputFile[];

interface FileTab {
  path: string;
  state: EditorState;
}

const $ = <T extends HTMLElement>(sel: string): T => {
  const el = document.querySelector<T>(sel);
  if (!el) throw new Error(`missing ${sel}`);
  return el;
};

let files: FileTab[] = [];
let active = 0;
let last: EngineRun | undefined;
let view: EditorView;

// ---------------------------------------------------------------------------------------------------------------
// Sharing: files ⇄ `#files=<base64url(deflate-raw(JSON))>`

function toBase64Url(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

async function pipe(bytes: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array<ArrayBuffer>> {
  const body = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

export async function encodeFiles(list: readonly InputFile[]): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(list.map((f) => [f.path, f.text ?? ''])));
  return toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/** Files from a share link; undefined when the fragment is not one (or is damaged). Paths are checked. */
export async function decodeFiles(fragment: string): Promise<InputFile[] | undefined> {
  const m = /^#files=([A-Za-z0-9_-]+)$/.exec(fragment);
  if (!m) return undefined;
  try {
    const json = new TextDecoder().decode(await pipe(fromBase64Url(m[1]), new DecompressionStream('deflate-raw')));
    const data: unknown = JSON.parse(json);
    if (!Array.isArray(data)) return undefined;
    const out: InputFile[] = [];
    const seen = new Set<string>();
    for (const item of data) {
      if (!Array.isArray(item) || typeof item[0] !== 'string' || typeof item[1] !== 'string') return undefined;
      const path = cleanPath(item[0]);
      if (!path || seen.has(path)) return undefined;
      seen.add(path);
      out.push({ path, text: item[1] });
    }
    return out.length ? out : undefined;
  } catch {
    return undefined;
  }
}

/** A repository path for a file name typed or shared: relative, `/`-separated, no `..`, a declaration file name. */
function cleanPath(raw: string): string | undefined {
  const parts = raw.replace(/\\/g, '/').split('/').filter((p) => p !== '' && p !== '.');
  if (parts.length === 0 || parts.some((p) => p === '..')) return undefined;
  const path = parts.join('/');
  return /\.xtap\.ya?ml$/.test(path) && path.length <= 200 ? path : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Linting

function inputs(): InputFile[] {
  return files.map((f) => ({ path: f.path, text: f.state.doc.toString() }));
}

function diagnosticsFor(path: string, state: EditorState): Diagnostic[] {
  const result = last?.result.files.find((r) => r.file === path);
  if (!result) return [];
  const doc = state.doc;
  const offset = (line: number, column: number): number => {
    const l = doc.line(Math.min(Math.max(1, line), doc.lines));
    return Math.min(l.from + Math.max(0, column - 1), l.to);
  };
  return result.findings.map((f: Finding) => {
    const from = offset(f.range.line, f.range.column);
    const to = Math.max(from, offset(f.range.endLine, f.range.endColumn));
    return { from, to, severity: f.severity, source: f.ruleId, message: `${f.parts.what}${f.parts.why ? `\n\n${f.parts.why}` : ''}${f.parts.fix ? `\n\n${f.parts.fix}` : ''}` };
  });
}

function relint(): void {
  last = lintFiles(inputs());
  renderFindings();
  renderTabs();
  renderMap();
  renderExplainChoices();
}

const lintExtension: Extension = [
  lintGutter(),
  linter(
    (v) => {
      // The editor's state is the active file's; keep it before linting every file together.
      files[active] = { ...files[active], state: v.state };
      relint();
      return diagnosticsFor(files[active].path, v.state);
    },
    { delay: 300 },
  ),
];

function newState(text: string): EditorState {
  return EditorState.create({ doc: text, extensions: [basicSetup, yaml(), lintExtension, EditorView.lineWrapping] });
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering (text from files always goes in as text: textContent, never innerHTML; the map is escaped SVG)

function renderTabs(): void {
  const nav = $('#tabs');
  nav.replaceChildren();
  files.forEach((f, i) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.setAttribute('role', 'tab');
    b.setAttribute('aria-selected', String(i === active));
    b.dataset.path = f.path;
    b.textContent = f.path;
    const n = last?.result.files.find((r) => r.file === f.path)?.findings.length ?? 0;
    if (n) {
      const badge = document.createElement('span');
      badge.className = 'n';
      badge.textContent = String(n);
      b.append(badge);
    }
    b.addEventListener('click', () => switchTo(i));
    nav.append(b);
  });
  const add = document.createElement('button');
  add.type = 'button';
  add.textContent = '+ file';
  add.title = 'Add a partner file';
  add.addEventListener('click', () => {
    const name = cleanPath(prompt('File name (ends in .xtap.yaml)', `partners/new-${files.length}.xtap.yaml`) ?? '');
    if (!name || files.some((f) => f.path === name)) return;
    files.push({ path: name, state: newState('partners:\n  - tenantId: \n') });
    switchTo(files.length - 1);
  });
  nav.append(add);
}

function switchTo(i: number, line?: number): void {
  files[active] = { ...files[active], state: view.state };
  active = i;
  view.setState(files[i].state);
  renderTabs();
  if (line !== undefined) {
    const l = view.state.doc.line(Math.min(Math.max(1, line), view.state.doc.lines));
    view.dispatch({ selection: { anchor: l.from }, effects: EditorView.scrollIntoView(l.from, { y: 'center' }) });
  }
  view.focus();
}

function renderFindings(): void {
  const list = $('#findings');
  list.replaceChildren();
  let n = 0;
  for (const r of last?.result.files ?? []) {
    for (const f of r.findings) {
      n++;
      const li = document.createElement('li');
      li.className = f.severity;
      li.dataset.rule = f.ruleId;
      li.dataset.file = r.file;
      li.dataset.line = String(f.range.line);
      const what = document.createElement('div');
      what.textContent = `${f.severity}: ${f.parts.what}`;
      const where = document.createElement('div');
      where.className = 'where';
      where.textContent = `${r.file}:${f.range.line}:${f.range.column} · ${f.ruleId}`;
      const why = document.createElement('div');
      why.className = 'why';
      why.textContent = [f.parts.why, f.parts.fix].filter(Boolean).join(' ');
      li.append(what, where, why);
      li.addEventListener('click', () => {
        const i = files.findIndex((x) => x.path === r.file);
        if (i >= 0) switchTo(i, f.range.line);
      });
      list.append(li);
    }
  }
  $('#count').textContent = `(${n})`;
}

function renderMap(): void {
  if (!last) return;
  // trustMapSvg escapes every text it draws; the SVG is parsed as markup for drawing only.
  const svg = new DOMParser().parseFromString(trustMapSvg(buildGraph(last.model)), 'image/svg+xml').documentElement;
  $('#map').replaceChildren(document.importNode(svg, true));
}

function renderExplainChoices(): void {
  if (!last) return;
  const select = $<HTMLSelectElement>('#explain select[name=tenant]');
  const current = select.value;
  select.replaceChildren();
  for (const t of last.model.tenants) {
    const o = document.createElement('option');
    o.value = t.id;
    o.textContent = t.label;
    select.append(o);
  }
  if (current) select.value = current;
  const list = $('#partners');
  list.replaceChildren();
  const tenant = last.model.tenants.find((t) => t.id === select.value) ?? last.model.tenants[0];
  for (const p of tenant?.partners ?? []) {
    const o = document.createElement('option');
    o.value = p.name ?? p.id;
    list.append(o);
  }
}

function explain(form: HTMLFormElement): void {
  const out = $('#explanation');
  if (!last) return;
  const data = new FormData(form);
  const text = (k: string): string => String(data.get(k) ?? '').trim();
  const q: ExplainQuery = {
    tenant: text('tenant'),
    partner: text('partner'),
    direction: text('direction') === 'outbound' ? 'outbound' : 'inbound',
    kind: text('kind') === 'b2bDirectConnect' ? 'b2bDirectConnect' : 'b2bCollaboration',
  };
  if (text('user')) q.user = text('user');
  if (text('app')) q.app = text('app');
  try {
    out.textContent = renderExplanation(explainAccess(last.model, q));
  } catch (err) {
    out.textContent = err instanceof ExplainError ? err.message : `cannot explain: ${(err as Error).message}`;
  }
}

// ---------------------------------------------------------------------------------------------------------------

function load(list: readonly InputFile[]): void {
  files = list.map((f) => ({ path: f.path, state: newState(f.text ?? '') }));
  active = 0;
  if (view) view.setState(files[0].state);
  else view = new EditorView({ state: files[0].state, parent: $('#editor') });
  relint();
}

async function start(): Promise<void> {
  const shared = await decodeFiles(location.hash);
  load(shared ?? __XTAP_EXAMPLES__);
  $('#status').textContent = shared ? `Opened ${shared.length} file${shared.length === 1 ? '' : 's'} from the link.` : 'The example repository is loaded: edit it, or paste your own.';
  $('#share').addEventListener('click', async () => {
    files[active] = { ...files[active], state: view.state };
    const link = `${location.href.replace(/#.*$/, '')}#files=${await encodeFiles(inputs())}`;
    history.replaceState(null, '', link);
    try {
      await navigator.clipboard.writeText(link);
      $('#status').textContent = 'Share link copied. It holds the files themselves; no server keeps them.';
    } catch {
      $('#status').textContent = 'The address bar now holds the share link (copy it from there).';
    }
  });
  $('#reset').addEventListener('click', () => {
    history.replaceState(null, '', location.href.replace(/#.*$/, ''));
    load(__XTAP_EXAMPLES__);
  });
  for (const b of document.querySelectorAll<HTMLButtonElement>('.side-tabs button')) {
    b.addEventListener('click', () => {
      for (const o of document.querySelectorAll<HTMLButtonElement>('.side-tabs button')) o.setAttribute('aria-selected', String(o === b));
      for (const p of ['findings', 'map', 'explain']) $(`#panel-${p}`).hidden = p !== b.dataset.panel;
    });
  }
  $<HTMLSelectElement>('#explain select[name=tenant]').addEventListener('change', renderExplainChoices);
  $<HTMLFormElement>('#explain').addEventListener('submit', (e) => {
    e.preventDefault();
    explain(e.target as HTMLFormElement);
  });
  document.body.dataset.ready = 'true';
}

void start();
