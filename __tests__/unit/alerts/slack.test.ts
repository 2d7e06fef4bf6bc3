import { describe, expect, it } from '@jest/globals';
import { slackMessage, type AlertContext, type AlertEventPayload } from '../../../src/engine/alerts/index.js';
import { escapeMrkdwn } from '../../../src/engine/alerts/slack.js';

const ctx: AlertContext = {
  series: 'a<b>&c',
  script: 'train.py',
  run_id: '42',
  host: 'box',
  run_url: 'https://ci.example/runs/42?a=1&b=2',
};
const alert: AlertEventPayload = {
  rule: 'cpu_percent > 95 for 10s',
  at_s: 20.25,
  value: 97.5,
  kind: 'threshold',
};

describe('Slack message', () => {
  it('escapes &, < and > as Slack asks', () => {
    expect(escapeMrkdwn('a < b && c > d')).toBe('a &lt; b &amp;&amp; c &gt; d');
  });

  it('has a plain-text header, a section of fields and a link section', () => {
    const { blocks } = slackMessage(alert, ctx);
    expect(blocks.map((b) => b.type)).toEqual(['header', 'section', 'section']);
    expect(blocks[0]).toEqual({
      type: 'header',
      text: { type: 'plain_text', text: 'pyrun ALERT cpu_percent > 95 for 10s' },
    });
    expect(blocks[1]).toEqual({
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: '*Value*\n97.5' },
        { type: 'mrkdwn', text: '*At*\n20.25 s after start' },
        { type: 'mrkdwn', text: '*Series*\na&lt;b&gt;&amp;c' },
        { type: 'mrkdwn', text: '*Script*\ntrain.py' },
        { type: 'mrkdwn', text: '*Host*\nbox' },
        { type: 'mrkdwn', text: '*Run*\n42' },
      ],
    });
    expect(blocks[2]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: '<https://ci.example/runs/42?a=1&amp;b=2|Open the run>' },
    });
  });

  it('has a text fallback naming rule, value, series and script, with the link', () => {
    expect(slackMessage(alert, ctx).text).toBe(
      'pyrun ALERT cpu_percent &gt; 95 for 10s: value 97.5 at 20.25 s (series a&lt;b&gt;&amp;c, script train.py)' +
        ' <https://ci.example/runs/42?a=1&amp;b=2|Open the run>',
    );
  });

  it('leaves the link out without a run URL, and the value out for events', () => {
    const message = slackMessage(
      { rule: 'on timeout', at_s: 60, value: null, kind: 'event' },
      { ...ctx, run_url: null },
    );
    expect(message.blocks).toHaveLength(2);
    expect(message.text).not.toContain('<');
    expect(message.text).not.toContain('value');
    const fields = (message.blocks[1] as { fields: Array<{ text: string }> }).fields.map((f) => f.text);
    expect(fields[0]).toBe('*At*\n60 s after start');
  });

  it('keeps the header within Slack’s 150 characters', () => {
    const long = { ...alert, rule: `rss_mb > ${'9'.repeat(300)}` };
    const header = slackMessage(long, ctx).blocks[0] as { text: { text: string } };
    expect(header.text.text.length).toBe(150);
    expect(header.text.text.endsWith('…')).toBe(true);
  });
});
