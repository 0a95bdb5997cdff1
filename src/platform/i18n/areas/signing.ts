/** Messages of the signing area (Vietnamese first; English must have every key, checked by the type). */
export const signingVi = {
} as const satisfies Record<string, string>;

export const signingEn: Record<keyof typeof signingVi, string> = {
};
