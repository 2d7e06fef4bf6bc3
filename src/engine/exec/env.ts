/**
 * The script's environment: the caller's, plus `--env` pairs, minus the runner's credentials. A script must never
 * see the Actions runtime token or the OIDC request token, whatever the workflow does.
 */
const SCRUBBED = [
  /^INPUT_/, // the action's inputs hold tokens and webhook secrets

  /^ACTIONS_RUNTIME_TOKEN$/,
  /^ACTIONS_RESULTS_URL$/,
  /^ACTIONS_RUNTIME_URL$/,
  /^ACTIONS_ID_TOKEN_/,
  /^ACTIONS_CACHE_URL$/,
];

export function scriptEnvironment(
  base: Record<string, string | undefined>,
  extra: Record<string, string>,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(base)) {
    if (value === undefined || SCRUBBED.some((re) => re.test(key))) continue;
    env[key] = value;
  }
  for (const [key, value] of Object.entries(extra)) env[key] = value;
  return env;
}
