// Writes docs/action.md's table of the action's inputs and outputs from action.yml (`--check` only compares), so the
// two can never disagree. Reads the small, regular subset of YAML that action.yml uses.
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- action-docs:start (generated from action.yml by `node scripts/action-docs.mjs`) -->';
const END = '<!-- action-docs:end -->';

export function readSection(yaml, section) {
  const lines = yaml.split('\n');
  const at = lines.indexOf(`${section}:`);
  if (at < 0) throw new Error(`action.yml has no ${section}:`);
  const items = [];
  for (const line of lines.slice(at + 1)) {
    if (/^\S/.test(line)) break;
    const key = /^ {2}([a-z][a-z0-9-]*):\s*$/.exec(line);
    if (key) items.push({ name: key[1], description: '', default: null, required: false });
    const field = /^ {4}(description|default|required):\s*(.*)$/.exec(line);
    if (field && items.length > 0) {
      const value = field[2].replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
      const item = items[items.length - 1];
      if (field[1] === 'required') item.required = value === 'true';
      else item[field[1]] = value;
    }
  }
  return items;
}

export function renderTables(yaml) {
  const esc = (text) => text.replace(/\|/g, '\\|');
  const inputs = readSection(yaml, 'inputs').map((i) => {
    const dflt = i.required ? '*(required)*' : i.default ? `\`${i.default}\`` : '';
    return `| \`${i.name}\` | ${esc(dflt)} | ${esc(i.description)} |`;
  });
  const outputs = readSection(yaml, 'outputs').map((o) => `| \`${o.name}\` | ${esc(o.description)} |`);
  return [
    START,
    '',
    '| input | default | what it does |',
    '|:--|:--|:--|',
    ...inputs,
    '',
    '| output | what it holds |',
    '|:--|:--|',
    ...outputs,
    '',
    END,
  ].join('\n');
}

const yaml = readFileSync('action.yml', 'utf8');
const DOC = 'docs/action.md';
const doc = readFileSync(DOC, 'utf8');
const from = doc.indexOf(START);
const to = doc.indexOf(END);
if (from < 0 || to < 0) {
  console.error(`${DOC} lacks the ${START} … ${END} markers`);
  process.exit(1);
}
const updated = doc.slice(0, from) + renderTables(yaml) + doc.slice(to + END.length);
if (process.argv.includes('--check')) {
  if (updated !== doc) {
    console.error(
      `${DOC} does not list action.yml’s inputs and outputs as they are: run \`node scripts/action-docs.mjs\``,
    );
    process.exit(1);
  }
  console.log(`${DOC} lists every input and output of action.yml.`);
} else {
  writeFileSync(DOC, updated);
}
