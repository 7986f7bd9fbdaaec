// Page margins travel through the printer port as CSS lengths ('22mm'), which playwright's
// page.pdf takes as they are; Electron's printToPDF wants inches.

const UNITS_PER_INCH: Record<string, number> = { in: 1, mm: 25.4, cm: 2.54, px: 96, pt: 72 };

export function cssLengthToInches(length: string): number {
  const match = /^(\d+(?:\.\d+)?)(in|mm|cm|px|pt)$/.exec(length.trim());
  const perInch = match?.[2] === undefined ? undefined : UNITS_PER_INCH[match[2]];
  if (!match || perInch === undefined) {
    throw new Error(
      `Unsupported page length: "${length}" (expected a number with in, mm, cm, px or pt).`,
    );
  }
  return Number(match[1]) / perInch;
}
