#!/usr/bin/env node

// src/cli/launcher.ts
import module from "node:module";
module.enableCompileCache?.();
var cli = "./cli-main.js";
await import(cli);
