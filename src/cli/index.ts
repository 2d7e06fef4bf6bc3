#!/usr/bin/env node
/** The `pyrun` command. */
import { main } from './main.js';

void main(process.argv).then((code) => {
  process.exitCode = code;
});
