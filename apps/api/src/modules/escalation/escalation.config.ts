import type { QueueConfig } from '../../config/app-config';

/** The queue and mail section of AppConfig, read and validated by loadConfig with the rest. */
export type EscalationConfig = QueueConfig;

export const ESCALATION_CONFIG = Symbol('ESCALATION_CONFIG');
