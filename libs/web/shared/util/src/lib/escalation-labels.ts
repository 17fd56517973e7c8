import { DEFAULT_ESCALATION_POLICY } from '@tiltak/shared/domain';

/** Step keys with a translated label; a custom key an admin typed is shown as it is. */
export const KNOWN_STEP_KEYS: readonly string[] = DEFAULT_ESCALATION_POLICY.steps.map((s) => s.key);
