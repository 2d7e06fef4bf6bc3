/** The engine's Logger in an Actions log: plain lines, warnings as annotations, secrets masked by the runner. */
import type { Logger } from '../engine/index.js';
import * as core from '@actions/core';

export const actionLogger: Logger = {
  info: (message) => core.info(`pyrun: ${message}`),
  warn: (message) => core.warning(message, { title: 'pyrun' }),
};
