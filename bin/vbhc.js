#!/usr/bin/env node
"use strict";
// Node 22.1+ keeps V8's compiled code of dist/cli.js between runs (in the system's temporary
// directory): a cold start skips compiling the 2 MB bundle again. Older Node has no such cache.
require("node:module").enableCompileCache?.();
require("../dist/cli.js");
