/**
 * The engine's Logger in an Actions log: plain lines, warnings as annotations, secrets masked by the runner.
 * Messages carry names and rules from outside: no line of them may act as a workflow command.
 */
import * as core from '@actions/core';
import { neutralizeWorkflowCommands, type Logger } from '../engine/index.js';

export const actionLogger: Logger = {
  info: (message) => core.info(neutralizeWorkflowCommands(`pyrun: ${message}`)),
  // core.warning escapes line breaks itself (%0A): the annotation stays one command line.
  warn: (message) => core.warning(neutralizeWorkflowCommands(message), { title: 'pyrun' }),
};
