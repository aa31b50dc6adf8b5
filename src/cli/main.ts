#!/usr/bin/env node
import { loadModule } from './load-module';
import { earlyRelaunchArguments, runAgainWith } from './young-generation';

/*
 * The entry point. `screen` of a large file, and the API (`up`, `serve`), run in a Node started again with a larger
 * young generation (young-generation.ts); that is decided here, from the command line alone, before commander and the
 * command definitions load (about 0.2 s of CPU that the first Node would spend only to start the second). The
 * started-again Node checks the options itself, so a bad option ends it with the same message and exit code; this
 * one passes SIGINT and SIGTERM on to it and exits with its code. Everything else goes to the command line
 * (program.ts).
 */
const relaunch = earlyRelaunchArguments(process.argv.slice(2), process.execArgv, process.env.NODE_OPTIONS);
if (relaunch === null) {
  loadModule<unknown>('./program.js');
} else {
  void runAgainWith(relaunch).then((code) => {
    process.exitCode = code;
  });
}
