#!/usr/bin/env node

// src/cli/launcher.ts
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import module, { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, isAbsolute, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
var bundle = fileURLToPath(new URL("./cli-main.cjs", import.meta.url));
var enableCompileCache = module.enableCompileCache;
if (enableCompileCache) {
  enableCompileCache();
  createRequire(import.meta.url)(bundle);
} else {
  runWithCodeCache(bundle);
}
function runWithCodeCache(filename) {
  const source = readFileSync(filename, "utf8").replace(/^#!.*/, "");
  const cache = openCache(filename);
  const script = new Script(module.wrap(source), { filename, cachedData: cache?.data });
  if (cache && (!cache.data || script.cachedDataRejected)) process.once("exit", () => saveCache(cache, script));
  const wrapper = script.runInThisContext();
  const mod = { exports: {} };
  wrapper.call(mod.exports, mod.exports, createRequire(filename), mod, filename, dirname(filename));
}
function openCache(filename) {
  try {
    const disable = process.env.NODE_DISABLE_COMPILE_CACHE;
    if (disable && disable !== "0") return void 0;
    const xdg = process.env.XDG_CACHE_HOME;
    const dir = join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), ".cache"), "xtap-lint");
    const b = statSync(filename);
    const file = join(dir, `cli-main-${"0.1.0"}-node${process.versions.node}-${process.arch}-${b.size}-${Math.trunc(b.mtimeMs)}.v8cache`);
    const d = statSync(dir, { throwIfNoEntry: false });
    if (!d) return { dir, file, data: void 0 };
    if (!d.isDirectory() || !onlyMine(d)) return void 0;
    let fd;
    try {
      fd = openSync(file, "r");
    } catch {
      return { dir, file, data: void 0 };
    }
    try {
      const f = fstatSync(fd);
      return { dir, file, data: f.isFile() && onlyMine(f) ? readFileSync(fd) : void 0 };
    } finally {
      closeSync(fd);
    }
  } catch {
    return void 0;
  }
}
function saveCache(cache, script) {
  const tmp = `${cache.file}.${process.pid}.tmp`;
  try {
    const data = script.createCachedData();
    mkdirSync(cache.dir, { recursive: true, mode: 448 });
    if (!onlyMine(statSync(cache.dir))) return;
    writeFileSync(tmp, data, { mode: 384, flag: "wx" });
    renameSync(tmp, cache.file);
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
    }
  }
}
function onlyMine(st) {
  const uid = process.getuid?.();
  return uid === void 0 || st.uid === uid && (st.mode & 18) === 0;
}
