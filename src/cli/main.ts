#!/usr/bin/env node
import { run } from './run.js';

run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: process.stdout.isTTY === true,
}).then((code) => {
  process.exitCode = code;
});
