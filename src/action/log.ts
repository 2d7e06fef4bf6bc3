/** The engine's Logger in an Actions log: plain lines, warnings as annotations, secrets masked by the runner. */
import * as core from '@actions/core';
import type { Logger } from '../engine/ports.js';

export const actionLogger: Logger = {
  info: (message) => core.info(`pyrun: ${message}`),
  warn: (message) => core.warning(message, { title: 'pyrun' }),
};
