// A "PDF" that pdf-lib takes seconds to parse (tens of thousands of objects, no usable catalogue) and
// then refuses: the cheap stand-in for the corrupt 19 MB PDF of the drill.
export function slowPdf(objects: number): Buffer {
  const parts = ['%PDF-1.7\n'];
  for (let i = 1; i <= objects; i++) parts.push(`${i} 0 obj\n<< /A [${'1 2 3 4 5 6 7 8 9 0 '.repeat(5)}] /B (x${i}) >>\nendobj\n`);
  parts.push('trailer\n<< /Root 1 0 R >>\n%%EOF\n');
  return Buffer.from(parts.join(''));
}
