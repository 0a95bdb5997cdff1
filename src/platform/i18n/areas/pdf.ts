/** Messages of the pdf area (Vietnamese first; English must have every key, checked by the type). */
export const pdfVi = {
} as const satisfies Record<string, string>;

export const pdfEn: Record<keyof typeof pdfVi, string> = {
};
