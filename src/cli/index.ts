#!/usr/bin/env node
/** The `pyrun` command. */
import { main } from './main.js';

process.exitCode = await main(process.argv);
