/** The development keys in the database cannot be opened: another secret key sealed them, or a row is damaged (ADR 0022). */
export class DevKeyUnreadableError extends Error {}
