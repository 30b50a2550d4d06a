#!/usr/bin/env node
'use strict'; var __xtapImportMetaUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/cli/launcher.ts
var import_node_fs = require("node:fs");
var import_node_module = __toESM(require("node:module"), 1);
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var import_node_url = require("node:url");
var import_node_v8 = require("node:v8");
var import_node_vm = require("node:vm");
var DAY = 24 * 60 * 60 * 1e3;
var PRUNE_AFTER = 30 * DAY;
var bundle = (0, import_node_url.fileURLToPath)(new URL("./cli-main.cjs", __xtapImportMetaUrl));
(0, import_node_v8.setFlagsFromString)("--no-allocation-site-pretenuring");
runWithCodeCache(bundle);
function runWithCodeCache(filename) {
  const text = (0, import_node_fs.readFileSync)(filename, "latin1");
  const source = text.startsWith("#!") ? text.replace(/^#!.*/, "") : text;
  const cache = openCache(filename);
  const script = new import_node_vm.Script(import_node_module.default.wrap(source), { filename, cachedData: cache?.data });
  if (cache && (!cache.data || script.cachedDataRejected)) process.once("exit", () => saveCache(cache, script));
  else if (cache?.data && cache.data.length < cache.bundleSize / 2) process.once("exit", () => saveCache(cache, script, cache.data?.length));
  const wrapper = script.runInThisContext();
  const mod = { exports: {} };
  wrapper.call(mod.exports, mod.exports, (0, import_node_module.createRequire)(filename), mod, filename, (0, import_node_path.dirname)(filename));
}
function openCache(filename) {
  try {
    const disable = process.env.NODE_DISABLE_COMPILE_CACHE;
    if (disable && disable !== "0") return void 0;
    const xdg = process.env.XDG_CACHE_HOME;
    const dir = (0, import_node_path.join)(xdg && (0, import_node_path.isAbsolute)(xdg) ? xdg : (0, import_node_path.join)((0, import_node_os.homedir)(), ".cache"), "xtap-lint");
    const b = (0, import_node_fs.statSync)(filename);
    const file = (0, import_node_path.join)(dir, `cli-main-${"0.1.0"}-node${process.versions.node}-${process.arch}-${b.size}-${Math.trunc(b.mtimeMs)}.v8cache`);
    const d = (0, import_node_fs.statSync)(dir, { throwIfNoEntry: false });
    if (!d) return { dir, file, bundleSize: b.size, data: void 0 };
    if (!d.isDirectory() || !onlyMine(d)) return void 0;
    let fd;
    try {
      fd = (0, import_node_fs.openSync)(file, import_node_fs.constants.O_RDONLY | (import_node_fs.constants.O_NOFOLLOW ?? 0) | (import_node_fs.constants.O_NONBLOCK ?? 0));
    } catch {
      return { dir, file, bundleSize: b.size, data: void 0 };
    }
    try {
      const f = (0, import_node_fs.fstatSync)(fd);
      if (!f.isFile() || !onlyMine(f)) return { dir, file, bundleSize: b.size, data: void 0 };
      if (f.size > 2 * b.size) return { dir, file, bundleSize: b.size, data: void 0 };
      if (Date.now() - f.mtimeMs > DAY) (0, import_node_fs.futimesSync)(fd, /* @__PURE__ */ new Date(), /* @__PURE__ */ new Date());
      return { dir, file, bundleSize: b.size, data: (0, import_node_fs.readFileSync)(fd) };
    } finally {
      (0, import_node_fs.closeSync)(fd);
    }
  } catch {
    return void 0;
  }
}
function saveCache(cache, script, replacing) {
  const tmp = `${cache.file}.${process.pid}.tmp`;
  try {
    const data = script.createCachedData();
    if (replacing !== void 0 && data.length < replacing * 1.2) return;
    makeDir(cache.dir);
    if (!onlyMine((0, import_node_fs.statSync)(cache.dir))) return;
    (0, import_node_fs.writeFileSync)(tmp, data, { mode: 384, flag: "wx" });
    (0, import_node_fs.renameSync)(tmp, cache.file);
    prune(cache.dir, cache.file);
  } catch {
    try {
      (0, import_node_fs.rmSync)(tmp, { force: true });
    } catch {
    }
  }
}
function makeDir(dir) {
  const missing = [];
  for (let d = dir; !(0, import_node_fs.statSync)(d, { throwIfNoEntry: false }); d = (0, import_node_path.dirname)(d)) {
    if ((0, import_node_path.dirname)(d) === d) return;
    missing.push(d);
  }
  for (const d of missing.reverse()) (0, import_node_fs.mkdirSync)(d, { mode: 448 });
}
function prune(dir, keep) {
  try {
    for (const name of (0, import_node_fs.readdirSync)(dir)) {
      const path = (0, import_node_path.join)(dir, name);
      if (path === keep || !/^cli-main-.*\.v8cache$/.test(name)) continue;
      const st = (0, import_node_fs.statSync)(path, { throwIfNoEntry: false });
      if (st?.isFile() && Date.now() - st.mtimeMs > PRUNE_AFTER) (0, import_node_fs.rmSync)(path, { force: true });
    }
  } catch {
  }
}
function onlyMine(st) {
  const uid = process.getuid?.();
  return uid === void 0 || st.uid === uid && (st.mode & 18) === 0;
}
