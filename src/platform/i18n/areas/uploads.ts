/** Messages of the uploads area (Vietnamese first; English must have every key, checked by the type). */
export const uploadsVi = {
} as const satisfies Record<string, string>;

export const uploadsEn: Record<keyof typeof uploadsVi, string> = {
};
