/**
 * SPEC §5 robustness: no input makes xtap-lint crash, hang or print a stack trace. Every hostile or broken file gives a
 * located `syntax` or `schema` finding in that file — through the file reader (readDeclaration, on real files) and the
 * engine (lintFiles) — while the other files of the repository are still checked.
 *
 * The file reader's `readFileSync` is wrapped (vi.mock below): it records what is read, and it fails with EACCES for
 * the paths in `fsHooks.denied`, so that the permission-denied branch runs even as root (CI), where mode 000 does
 * not stop reading. Costs are asserted as work done (reads, alias expansions), never as wall-clock time.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chmodSync, closeSync, ftruncateSync, mkdirSync, openSync, readFileSync, statSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Alias } from 'yaml';
import { lintFiles } from '../src/engine/lint.js';
import { readDeclaration } from '../src/cli/files.js';
import { DEFAULT_LIMITS } from '../src/config/config.js';
import { DEFAULT_PARSE_LIMITS, LOAD_WORK } from '../src/load/yaml.js';
import type { Finding, InputFile } from '../src/types.js';
import { tempDir } from './helpers/temp.js';

const fsHooks = vi.hoisted(() => ({ denied: new Set<string>(), reads: [] as string[], opens: [] as string[] }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((path: Parameters<typeof fs.readFileSync>[0], options?: Parameters<typeof fs.readFileSync>[1]) => {
    const p = String(path);
    fsHooks.reads.push(p);
    if (fsHooks.denied.has(p)) throw Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES', errno: -13, syscall: 'open', path: p });
    return fs.readFileSync(path, options);
  }) as typeof fs.readFileSync;
  // The reader opens the file (O_NOFOLLOW) and reads the descriptor: denied at the open, counted at each read.
  const openSync = ((path: string, flags?: number | string, mode?: number) => {
    const p = String(path);
    fsHooks.opens.push(p);
    if (fsHooks.denied.has(p)) throw Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES', errno: -13, syscall: 'open', path: p });
    return fs.openSync(path, flags ?? 'r', mode);
  }) as typeof fs.openSync;
  const readSync = ((fd: number, ...rest: unknown[]) => {
    fsHooks.reads.push(`fd ${fd}`);
    return (fs.readSync as (fd: number, ...a: unknown[]) => number)(fd, ...rest);
  }) as typeof fs.readSync;
  return { ...fs, readFileSync, openSync, readSync, default: { ...fs, readFileSync, openSync, readSync } };
});

const TENANT = 'tenant:\n  id: 0d3e4b1a-5c6f-4e8a-9b7c-2f1e0a9d8c7b\n  license: p1\n';
/** A clean tenant file that includes every partner file, so that broken partner files are the only problem. */
const HOST = TENANT.replace('0d3e4b1a', '9d3e4b1a') + 'include: ["**/*.xtap.yaml"]\n';

let root: string;
let outside: string;

/** A new temporary repository (removed after this file, by test/helpers/temp.ts) and a folder outside it. */
function newRepo(): { root: string; outside: string } {
  const base = tempDir('xtap-robust-');
  const r = { root: join(base, 'repo'), outside: join(base, 'outside') };
  mkdirSync(join(r.root, '.git'), { recursive: true });
  mkdirSync(r.outside);
  return r;
}

beforeAll(() => {
  ({ root, outside } = newRepo());
});

afterAll(() => {
  fsHooks.denied.clear();
});

/** Write a file into the temporary repository. */
function put(repoPath: string, content: string | Uint8Array): string {
  const abs = join(root, ...repoPath.split('/'));
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, content);
  return abs;
}

/** Read one file with the CLI's reader and lint it with the host tenant file; never throws. */
function lintOnDisk(repoPath: string): { input: InputFile; findings: Finding[]; hostFindings: Finding[] } {
  const input = readDeclaration(root, repoPath, DEFAULT_LIMITS.maxFileBytes);
  const result = lintFiles([{ path: 'host/tenant.xtap.yaml', text: HOST.replace('**/*', '../**/*') }, input]).result;
  const file = result.files.find((f) => f.file === repoPath);
  const host = result.files.find((f) => f.file === 'host/tenant.xtap.yaml');
  expect(file, `a result for ${repoPath}`).toBeDefined();
  expect(host, 'the other files are still linted').toBeDefined();
  return { input, findings: file?.findings ?? [], hostFindings: host?.findings ?? [] };
}

/** Lint text with the engine alone. */
function lintText(text: string, path = 'tenant.xtap.yaml'): Finding[] {
  return lintFiles([{ path, text }]).result.files.flatMap((f) => f.findings);
}

const broken = (findings: Finding[]) => findings.filter((f) => f.ruleId === 'syntax' || f.ruleId === 'schema');
const where = (f: Finding) => `${f.ruleId} ${f.range.line}:${f.range.column}`;

describe('robustness (SPEC §5)', () => {
  it('malformed YAML: a syntax error at the position the parser gives', () => {
    const abs = put('malformed.xtap.yaml', TENANT + 'partners:\n  - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234\n    inboundTrust: isMfaAccepted: true\n');
    expect(statSync(abs).isFile()).toBe(true);
    const { findings } = lintOnDisk('malformed.xtap.yaml');
    expect(broken(findings).map(where)).toEqual(['syntax 6:19']);
    expect(findings[0].message).toMatch(/^YAML syntax error: nested mappings are not allowed in compact mappings at 6:19\./);
    expect(findings[0].severity).toBe('error');
  });

  it('wrong types: schema findings at the values', () => {
    put('types.xtap.yaml', TENANT + 'default:\n  inboundTrust:\n    isMfaAccepted: "yes"\n  b2bCollaborationInbound: [1, 2]\npartners: 7\n');
    const { findings } = lintOnDisk('types.xtap.yaml');
    expect(broken(findings).map(where)).toEqual(['schema 6:20', 'schema 7:28', 'schema 8:11']);
    expect(findings.map((f) => f.message.split('.')[0])).toEqual([
      expect.stringContaining('`isMfaAccepted` must be a boolean or null'),
      expect.stringContaining('`b2bCollaborationInbound` must be a map'),
      expect.stringContaining('`partners` must be a list'),
    ]);
  });

  it('a root that is not a map, an empty file: a located schema finding, no throw', () => {
    expect(broken(lintText('- just\n- a list\n')).map(where)).toEqual(['schema 1:1']);
    expect(broken(lintText('')).map(where)).toEqual(['schema 1:1']);
    expect(broken(lintText('tenant: [1, 2]\n')).map(where)).toEqual(['schema 1:9']);
  });

  it('an alias bomb (billion laughs): one syntax finding at 1:1, quickly', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    put('bomb.xtap.yaml', levels.join('\n') + '\n');
    // The work: how many aliases get expanded (9^9 without the limit). The loader counts aliases in one pass over
    // the nodes (LOAD_WORK) and never expands one through yaml (Alias.toJSON).
    const expand = vi.spyOn(Alias.prototype, 'toJSON');
    let expanded: number;
    let found: Finding[];
    LOAD_WORK.steps = 0;
    try {
      found = lintOnDisk('bomb.xtap.yaml').findings;
      expanded = expand.mock.calls.length;
    } finally {
      expand.mockRestore();
    }
    expect(expanded).toBeLessThanOrEqual(DEFAULT_PARSE_LIMITS.maxAliasCount + 1);
    expect(LOAD_WORK.steps).toBeGreaterThan(0);
    expect(LOAD_WORK.steps).toBeLessThan(1000);
    const findings = found;
    expect(broken(findings).map(where)).toEqual(['syntax 1:1']);
    expect(findings[0].message).toContain('expands more than 100 aliases');
  });

  it('deep nesting: a syntax finding, not a stack overflow', () => {
    const deep = TENANT + 'default:\n' + Array.from({ length: 80 }, (_, i) => `${' '.repeat(2 * i + 2)}a${i}:`).join('\n') + ' x\n';
    const found = broken(lintText(deep));
    expect(found.map((f) => f.ruleId)).toEqual(['syntax']);
    expect(found[0].message).toContain('nests deeper than 64 levels');
    const flow = broken(lintText(TENANT + 'default: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n'));
    expect(flow.length).toBeGreaterThan(0);
    expect(flow.every((f) => f.ruleId === 'syntax' && f.range.line === 4)).toBe(true);
  });

  it('`__proto__` and `constructor` keys: unknown-property findings at the keys, and no prototype pollution', () => {
    put(
      'proto.xtap.yaml',
      'partners:\n  - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234\n    __proto__: { polluted: true }\n    constructor: { prototype: { polluted: true } }\n__proto__:\n  isAdmin: true\n',
    );
    const { findings } = lintOnDisk('proto.xtap.yaml');
    const found = broken(findings);
    expect(found.map(where)).toEqual(['schema 3:5', 'schema 4:5', 'schema 5:1']);
    expect(found.map((f) => f.message)).toEqual([
      expect.stringContaining('Unknown property `__proto__`'),
      expect.stringContaining('Unknown property `constructor`'),
      expect.stringContaining('Unknown property `__proto__`'),
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('CRLF line endings: positions on later lines are right, and ranges stop before the CR', () => {
    put('crlf.xtap.yaml', (TENANT + 'default:\n  inboundTrust:\n    isMfaAccepted: "yes"\n  b2BCollaborationInbound: {}\n').replace(/\n/g, '\r\n'));
    const { input, findings } = lintOnDisk('crlf.xtap.yaml');
    expect(input.text).toContain('\r\n');
    const found = broken(findings);
    expect(found.map(where)).toEqual(['schema 6:20', 'schema 7:3']);
    expect([found[0].range.endLine, found[0].range.endColumn]).toEqual([6, 25]);
    expect([found[1].range.endLine, found[1].range.endColumn]).toEqual([7, 26]);
    expect(found[1].message).toContain('b2bCollaborationInbound');
  });

  it('a CRLF file with a syntax error: at the right line and column', () => {
    const found = broken(lintText((TENANT + 'default:\n  inboundTrust: isMfaAccepted: true\n').replace(/\n/g, '\r\n')));
    expect(found.map(where)).toEqual(['syntax 5:17']);
  });

  it('a UTF-8 BOM: read as text; the BOM is not a column on line 1, and later lines are right', () => {
    put('bom.xtap.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('partnerz:\n  - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234\n    inboundTrust: { isMfaAccepted: "no" }\n')]));
    const { input, findings } = lintOnDisk('bom.xtap.yaml');
    expect(input.problem).toBeUndefined();
    expect(input.text?.charCodeAt(0)).toBe(0xfeff);
    const found = broken(findings);
    // One problem, one finding: the near miss of `partners` says "did you mean", so the missing `partners` is not
    // reported again (issue 12 item 5).
    expect(found.map(where)).toEqual(['schema 1:1']);
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/Unknown property `partnerz`.*Did you mean `partners`\?/)]);
    expect([found[0].range.endLine, found[0].range.endColumn]).toEqual([1, 9]);
    // A later line, in a tenant file with a BOM and CRLF line endings.
    const later = broken(lintText('\uFEFF' + (TENANT + 'default:\n  inboundTrust:\n    isMfaAccepted: "no"\n').replace(/\n/g, '\r\n')));
    expect(later.map(where)).toEqual(['schema 6:20']);
    expect([later[0].range.endLine, later[0].range.endColumn]).toEqual([6, 24]);
    // A syntax error on line 1 after a BOM.
    expect(broken(lintText('\uFEFFtenant: x: y\n')).map(where)).toEqual(['syntax 1:9']);
  });

  it('tabs as indentation: a syntax finding at the tab', () => {
    put('tabs.xtap.yaml', TENANT + 'default:\n\tinboundTrust:\n\t\tisMfaAccepted: true\n');
    const { findings } = lintOnDisk('tabs.xtap.yaml');
    const found = broken(findings);
    expect(found[0] && where(found[0])).toBe('syntax 5:1');
    expect(found.every((f) => f.ruleId === 'syntax' && f.message.includes('tabs are not allowed as indentation'))).toBe(true);
    // A tab inside a line (not indentation) is fine.
    expect(broken(lintText(TENANT + 'default:\n  inboundTrust:\t{ isMfaAccepted: true }\n'))).toEqual([]);
  });

  it('a 50 MB file (over the 10 MB default limit): one syntax finding at 1:1, without reading it', () => {
    const abs = put('huge.xtap.yaml', 'partners:\n');
    const fd = openSync(abs, 'r+');
    try {
      ftruncateSync(fd, 50 * 1024 * 1024);
      writeSync(fd, '\n# end\n', 50 * 1024 * 1024 - 8);
    } finally {
      closeSync(fd);
    }
    expect(statSync(abs).size).toBe(50 * 1024 * 1024);
    fsHooks.reads.length = 0;
    const { input, findings } = lintOnDisk('huge.xtap.yaml');
    // The work: the file is never read (its size alone decides).
    expect(fsHooks.reads).toEqual([]);
    expect(input.problem?.kind).toBe('too-large');
    expect(broken(findings).map(where)).toEqual(['syntax 1:1']);
    expect(findings[0].message).toMatch(/^The file is larger than the size limit: 52428800 bytes, over the limit of 10485760 bytes/);
  });

  it('a binary file: one syntax finding at 1:1', () => {
    put('binary.xtap.yaml', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    const { input, findings } = lintOnDisk('binary.xtap.yaml');
    expect(input.problem?.kind).toBe('binary');
    expect(broken(findings).map(where)).toEqual(['syntax 1:1']);
    expect(findings[0].message).toContain('The file is binary, not YAML text');
  });

  it('non-UTF-8 bytes: one syntax finding at 1:1', () => {
    put('latin1.xtap.yaml', Buffer.concat([Buffer.from('partners:\n  - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234\n    name: Soci'), Buffer.from([0xe9, 0x74, 0xe9]), Buffer.from('\n')]));
    const { input, findings } = lintOnDisk('latin1.xtap.yaml');
    expect(input.problem?.kind).toBe('encoding');
    expect(broken(findings).map(where)).toEqual(['syntax 1:1']);
    expect(findings[0].message).toContain('not valid UTF-8');
    // Says where, not "not valid UTF-8 text: it is not valid UTF-8" (QA regression).
    expect(findings[0].message).toContain('the byte 0xE9 on line 3, column 15 is not UTF-8');
  });

  it('a symbolic link that points outside the repository: one syntax finding at 1:1, the target is not read', () => {
    writeFileSync(join(outside, 'secret.xtap.yaml'), TENANT);
    symlinkSync(join(outside, 'secret.xtap.yaml'), join(root, 'escape.xtap.yaml'));
    const { input, findings } = lintOnDisk('escape.xtap.yaml');
    expect(input.problem?.kind).toBe('symlink-outside');
    expect(input.text).toBeUndefined();
    expect(broken(findings).map(where)).toEqual(['syntax 1:1']);
    expect(findings[0].message).toContain('symbolic link that points outside the repository');
  });

  it('a symbolic link inside the repository is read like the file', () => {
    put('real/partner.xtap.yaml', 'partners:\n  - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234\n    inboundTrust: { isMfaAccepted: 1 }\n');
    symlinkSync(join(root, 'real', 'partner.xtap.yaml'), join(root, 'inside.xtap.yaml'));
    const { input, findings } = lintOnDisk('inside.xtap.yaml');
    expect(input.problem).toBeUndefined();
    expect(broken(findings).map(where)).toEqual(['schema 3:36']);
  });

  it('a dangling symbolic link: one syntax finding at 1:1', () => {
    symlinkSync(join(root, 'nowhere.yaml'), join(root, 'dangling.xtap.yaml'));
    const { input, findings } = lintOnDisk('dangling.xtap.yaml');
    expect(input.problem?.kind).toBe('unreadable');
    expect(broken(findings).map(where)).toEqual(['syntax 1:1']);
  });

  it('an unreadable file (permission denied): one syntax finding at 1:1, whoever runs the tests', () => {
    const expectDenied = (repoPath: string): void => {
      const { input, findings } = lintOnDisk(repoPath);
      expect(input.problem).toEqual({ kind: 'unreadable', message: 'permission denied' });
      expect(broken(findings).map(where)).toEqual(['syntax 1:1']);
      expect(findings[0].message).toBe(
        'The file cannot be read: permission denied. xtap-lint can only check declarations it can read as YAML text. Check the file permissions, or remove the file.',
      );
    };
    // Mode 000 stops everyone but root (CI runs as root, and root reads mode 000 files)…
    const abs = put('locked.xtap.yaml', TENANT);
    chmodSync(abs, 0o000);
    if (process.getuid?.() !== 0) expectDenied('locked.xtap.yaml');
    chmodSync(abs, 0o644);
    // …so the read fails with EACCES by injection too, for every user: the branch always runs.
    const denied = put('denied.xtap.yaml', TENANT);
    fsHooks.denied.add(denied);
    expectDenied('denied.xtap.yaml');
    expect(fsHooks.opens).toContain(denied);
    expect(() => readFileSync(denied)).toThrow(expect.objectContaining({ code: 'EACCES' }));
  });

  it('a folder named like a declaration: one syntax finding at 1:1', () => {
    mkdirSync(join(root, 'folder.xtap.yaml'));
    const { input, findings } = lintOnDisk('folder.xtap.yaml');
    expect(input.problem).toEqual({ kind: 'unreadable', message: 'it is not a regular file' });
    expect(broken(findings).map(where)).toEqual(['syntax 1:1']);
    expect(findings[0].message).toContain('The file cannot be read: it is not a regular file.');
  });

  it('YAML 1.1 tags (!!binary, !!set, !!timestamp) are read as written, and reported by the schema', () => {
    expect(broken(lintText(TENANT + 'default: !!binary aGVsbG8=\n')).map(where)).toEqual(['schema 4:19']);
    expect(broken(lintText(TENANT + 'default: !!set { inboundTrust }\n')).map(where)).toEqual([]);
    expect(broken(lintText(TENANT + 'default: !!set { a }\n')).map(where)).toEqual(['schema 4:18']);
    expect(broken(lintText(TENANT + 'default:\n  inboundTrust:\n    isMfaAccepted: !!timestamp 2001-12-14\n')).map(where)).toEqual(['schema 6:32']);
  });

  it('nothing is written to stderr, not even a yaml warning', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    const err = vi.spyOn(process.stderr, 'write');
    try {
      lintText(TENANT + '? [a, b]\n: 1\ndefault: !unknown-tag x\n');
      expect(warn).not.toHaveBeenCalled();
      expect(err).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      err.mockRestore();
    }
  });

  it('every broken file together, in a repository of their own: the repository still lints, each file gets its own located finding', () => {
    const repo = newRepo();
    const write = (name: string, content: string | Uint8Array): string => {
      const abs = join(repo.root, name);
      writeFileSync(abs, content);
      return abs;
    };
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 10; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const PARTNER = 'partners:\n  - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234\n';
    // Each broken file, how it is made, and the syntax and schema findings it must get.
    const cases: Array<[name: string, make: (name: string) => void, expected: string[]]> = [
      ['malformed', (n) => write(n, TENANT + PARTNER + '    inboundTrust: isMfaAccepted: true\n'), ['syntax 6:19']],
      ['types', (n) => write(n, TENANT + 'default:\n  inboundTrust:\n    isMfaAccepted: "yes"\n  b2bCollaborationInbound: [1, 2]\npartners: 7\n'), ['schema 6:20', 'schema 7:28', 'schema 8:11']],
      ['bomb', (n) => write(n, bomb.join('\n') + '\n'), ['syntax 1:1']],
      ['proto', (n) => write(n, PARTNER + '    __proto__: { polluted: true }\n    constructor: { prototype: { polluted: true } }\n__proto__:\n  isAdmin: true\n'), ['schema 3:5', 'schema 4:5', 'schema 5:1']],
      ['crlf', (n) => write(n, (TENANT + 'default:\n  inboundTrust:\n    isMfaAccepted: "yes"\n  b2BCollaborationInbound: {}\n').replace(/\n/g, '\r\n')), ['schema 6:20', 'schema 7:3']],
      // One finding: the near miss of `partners` says "did you mean"; the missing `partners` is not reported again.
      ['bom', (n) => write(n, '\uFEFFpartnerz:\n  - tenantId: 3f2c9a70-1b4d-4c1e-8f5a-6d7e8f901234\n'), ['schema 1:1']],
      ['tabs', (n) => write(n, TENANT + 'default:\n\tinboundTrust: {}\n'), ['syntax 5:1']],
      ['huge', (n) => {
        const fd = openSync(write(n, ''), 'r+');
        try {
          ftruncateSync(fd, DEFAULT_LIMITS.maxFileBytes + 1);
        } finally {
          closeSync(fd);
        }
      }, ['syntax 1:1']],
      ['binary', (n) => write(n, Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])), ['syntax 1:1']],
      ['latin1', (n) => write(n, Buffer.concat([Buffer.from(PARTNER + '    name: Soci'), Buffer.from([0xe9, 0x74, 0xe9, 0x0a])])), ['syntax 1:1']],
      ['escape', (n) => {
        writeFileSync(join(repo.outside, 'secret.xtap.yaml'), TENANT);
        symlinkSync(join(repo.outside, 'secret.xtap.yaml'), join(repo.root, n));
      }, ['syntax 1:1']],
      ['dangling', (n) => symlinkSync(join(repo.root, 'nowhere.yaml'), join(repo.root, n)), ['syntax 1:1']],
      ['folder', (n) => mkdirSync(join(repo.root, n)), ['syntax 1:1']],
      ['denied', (n) => fsHooks.denied.add(write(n, TENANT)), ['syntax 1:1']],
    ];
    expect(cases).toHaveLength(14);
    const paths = cases.map(([name, make]) => {
      make(`${name}.xtap.yaml`);
      return `${name}.xtap.yaml`;
    });
    const inputs = [{ path: 'host/tenant.xtap.yaml', text: HOST.replace('**/*', '../**/*') }, ...paths.map((p) => readDeclaration(repo.root, p, DEFAULT_LIMITS.maxFileBytes))];
    const { result } = lintFiles(inputs);
    // Every file was checked: one result per file, the host's included.
    expect(result.files.map((f) => f.file).sort()).toEqual(['host/tenant.xtap.yaml', ...paths].sort());
    expect(broken(result.files.find((f) => f.file === 'host/tenant.xtap.yaml')?.findings ?? [])).toEqual([]);
    for (const [name, , expected] of cases) {
      expect(broken(result.files.find((f) => f.file === `${name}.xtap.yaml`)?.findings ?? []).map(where), name).toEqual(expected);
    }
  });
});
