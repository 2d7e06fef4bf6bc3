/**
 * The script's environment: the caller's, plus `--env` pairs, minus everything the runner and the action keep
 * for themselves. Every `ACTIONS_*` variable (the runtime and results tokens and URLs, the OIDC request token,
 * the cache service, debug switches, and whatever the runner adds next) and every `INPUT_*` variable (the
 * action's inputs hold tokens and webhook secrets) is dropped, whatever the workflow does. `--env` pairs the user
 * gives explicitly are kept as given.
 */
const DROPPED_PREFIXES = ['ACTIONS_', 'INPUT_'];

function dropped(name: string): boolean {
  const upper = name.toUpperCase();
  return DROPPED_PREFIXES.some((prefix) => upper.startsWith(prefix));
}

export function scriptEnvironment(
  base: Record<string, string | undefined>,
  extra: Record<string, string>,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(base)) {
    if (value === undefined || dropped(key)) continue;
    env[key] = value;
  }
  for (const [key, value] of Object.entries(extra)) env[key] = value;
  return env;
}
