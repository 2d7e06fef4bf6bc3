/**
 * Text on its way to a CI log. The GitHub runner reads every line of a step's stdout and stderr for workflow
 * commands: a line that starts (after blanks) with `::` (`::add-mask::`, `::error::`, `::stop-commands::`), and
 * the older form `##[command]` anywhere in a line. A series name, a rule or an imported field with a newline in it
 * must never become such a line, so every line of pyrun's own messages passes through here.
 */

/** Whether some line of `text` would be read as a workflow command (what neutralizeWorkflowCommands changes). */
export function holdsWorkflowCommand(text: string): boolean {
  return /(^|[\r\n])\s*::|##\[/.test(text);
}

/** Each line of `text` made inert as a workflow command, line breaks kept (`\r` and `\r\n` read as `\n`). */
export function neutralizeWorkflowCommands(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => (/^\s*::/.test(line) ? `\\${line}` : line).replace(/##\[/g, '#\\#['))
    .join('\n');
}
