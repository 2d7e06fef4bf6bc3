/**
 * The engine's Logger in an Actions log: plain lines, warnings as annotations, secrets masked by the runner.
 * Messages carry names and rules from outside: no line of them may act as a workflow command.
 */
import * as core from '@actions/core';
import { neutralizeWorkflowCommands, showInvisible, type Logger } from '../engine/index.js';

/** Inert as a workflow command, and with invisible format characters shown as `\u202E` escapes. */
const shown = (text: string) => showInvisible(neutralizeWorkflowCommands(text));

export const actionLogger: Logger = {
  info: (message) => core.info(shown(`pyrun: ${message}`)),
  // core.warning escapes line breaks itself (%0A): the annotation stays one command line.
  warn: (message) => core.warning(shown(message), { title: 'pyrun' }),
};
