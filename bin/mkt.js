#!/usr/bin/env node
// Entry point of `npx mkt`: runs the CLI compiled into lib/ by `npm install` ("prepare").
"use strict";
const path = require("path");
const fs = require("fs");
const compiled = path.join(__dirname, "..", "lib", "cli", "mkt.js");
if (!fs.existsSync(compiled)) {
  process.stderr.write(
    "mkt: the command line is not built yet; run `npm install` (or `npm run prepare`).\n"
  );
  process.exit(2);
}
// A reader that stops early (`mkt --list | head`) closes the pipe: that is not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
// process.exitCode, not process.exit(): exit() ends the process at once, before a
// pipe has taken what is still buffered (output cut at 64 KiB); with exitCode Node
// exits by itself once stdout and stderr have drained.
require(compiled)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
