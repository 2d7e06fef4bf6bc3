/** `github-token` as a local runner passes it: the unexpanded default expression is no token. */
import { describe, expect, it } from '@jest/globals';
import { tokenInput } from '../../../src/action/inputs.js';
import { actionSection } from '../../helpers/action-yml.js';

describe('tokenInput', () => {
  it("reads action.yml's own default, left unexpanded by @github/local-action, as no token", () => {
    const dflt = actionSection('inputs').get('github-token')?.default ?? '';
    expect(dflt).toBe('${{ github.token }}');
    expect(tokenInput(dflt)).toBe('');
    expect(tokenInput('${{github.token}}')).toBe('');
    expect(tokenInput('')).toBe('');
  });

  it('keeps a real token as it is', () => {
    expect(tokenInput('ghs_abc123')).toBe('ghs_abc123');
  });
});
