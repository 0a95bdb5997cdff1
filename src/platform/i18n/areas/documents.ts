/** Messages of the documents area (Vietnamese first; English must have every key, checked by the type). */
export const documentsVi = {
} as const satisfies Record<string, string>;

export const documentsEn: Record<keyof typeof documentsVi, string> = {
};
