// Calendar dates (YYYY-MM-DD, no time, no zone) by plain day arithmetic. The
// parser and the schedule handle one or more dates per note and per series
// occurrence; luxon's objects cost far more than these few integer operations.

const DAY_MS = 86_400_000;
const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A number with leading zeros: 7 → "07". */
export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** The date as YYYY-MM-DD when it exists (years 1–9999), else null: 2022-02-30 does not. */
export function civilDate(y: number, m: number, d: number): string | null {
  const daysInMonth = [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
  if (!Number.isInteger(y) || !Number.isInteger(d) || y < 1 || y > 9999 || d < 1 || d > daysInMonth) return null;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** A YYYY-MM-DD date as days since 1970-01-01, or null when it is not a real date. */
export function dayNumber(date: string): number | null {
  const parts = ISO_DATE_RE.exec(date);
  return parts ? dayNumberOf(Number(parts[1]), Number(parts[2]), Number(parts[3])) : null;
}

/** Year, month (1–12) and day as days since 1970-01-01, or null when that day does not exist. */
export function dayNumberOf(y: number, m: number, d: number): number | null {
  if (civilDate(y, m, d) === null) return null;
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const date0 = new Date(0);
  date0.setUTCFullYear(y, m - 1, d);
  return Math.round(date0.getTime() / DAY_MS);
}

/** Days since 1970-01-01 → YYYY-MM-DD. */
export function isoDate(day: number): string {
  const date = new Date(day * DAY_MS);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The date `days` after a YYYY-MM-DD date, or null when it is not a real date. */
export function addDays(date: string, days: number): string | null {
  const day = dayNumber(date);
  return day === null ? null : isoDate(day + days);
}
