/** Messages of the ocr area (Vietnamese first; English must have every key, checked by the type). */
export const ocrVi = {
} as const satisfies Record<string, string>;

export const ocrEn: Record<keyof typeof ocrVi, string> = {
};
