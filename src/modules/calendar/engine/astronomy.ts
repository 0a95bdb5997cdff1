/**
 * The two astronomical quantities the Vietnamese lunar calendar rests on: the
 * instants of new moon and the Sun's apparent longitude. Formulas are from
 * Jean Meeus, "Astronomical Algorithms" (2nd ed.): chapter 49 for the true new
 * moon with its periodic and planetary corrections (accuracy of seconds), and
 * chapter 25 (low-precision Sun, ≈0.01°). ΔT uses the Espenak–Meeus
 * polynomials; their error (seconds) is negligible next to a calendar day.
 * Everything is in Julian days; callers apply the UTC+7 civil offset.
 */

const RAD = Math.PI / 180;

const sinDeg = (deg: number): number => Math.sin(deg * RAD);

/** Reduces an angle to [0, 360). */
export function normalizeDegrees(deg: number): number {
  const r = deg % 360;
  return r < 0 ? r + 360 : r;
}

/** ΔT = TT − UT in seconds for a (decimal) year. */
export function deltaTSeconds(year: number): number {
  if (year >= 2005 && year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t * t;
  }
  if (year >= 1986 && year < 2005) {
    const t = year - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t ** 2 + 0.0017275 * t ** 3 + 0.000651814 * t ** 4 + 0.00002373599 * t ** 5;
  }
  if (year >= 1961 && year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year >= 1941 && year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year >= 1920 && year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year >= 1900 && year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  const u = (year - 1820) / 100;
  if (year >= 2050 && year < 2150) return -20 + 32 * u * u - 0.5628 * (2150 - year);
  return -20 + 32 * u * u;
}

const J2000 = 2451545.0;

function decimalYear(jd: number): number {
  return 2000 + (jd - J2000) / 365.25;
}

/** Converts a Julian day in UT to Terrestrial Time (the argument of the theories). */
export function utToTt(jdUt: number): number {
  return jdUt + deltaTSeconds(decimalYear(jdUt)) / 86400;
}

export function ttToUt(jde: number): number {
  return jde - deltaTSeconds(decimalYear(jde)) / 86400;
}

// Meeus table 49.A, new-moon column: [coefficient, power of E, multiples of M, M', F, Ω].
const NEW_MOON_TERMS: readonly (readonly [number, number, number, number, number, number])[] = [
  [-0.4072, 0, 0, 1, 0, 0],
  [0.17241, 1, 1, 0, 0, 0],
  [0.01608, 0, 0, 2, 0, 0],
  [0.01039, 0, 0, 0, 2, 0],
  [0.00739, 1, -1, 1, 0, 0],
  [-0.00514, 1, 1, 1, 0, 0],
  [0.00208, 2, 2, 0, 0, 0],
  [-0.00111, 0, 0, 1, -2, 0],
  [-0.00057, 0, 0, 1, 2, 0],
  [0.00056, 1, 1, 2, 0, 0],
  [-0.00042, 0, 0, 3, 0, 0],
  [0.00042, 1, 1, 0, 2, 0],
  [0.00038, 1, 1, 0, -2, 0],
  [-0.00024, 1, -1, 2, 0, 0],
  [-0.00017, 0, 0, 0, 0, 1],
  [-0.00007, 0, 2, 1, 0, 0],
  [0.00004, 0, 0, 2, -2, 0],
  [0.00004, 0, 3, 0, 0, 0],
  [0.00003, 0, 1, 1, -2, 0],
  [0.00003, 0, 0, 2, 2, 0],
  [-0.00003, 0, 1, 1, 2, 0],
  [0.00003, 0, -1, 1, 2, 0],
  [-0.00002, 0, -1, 1, -2, 0],
  [-0.00002, 0, 1, 3, 0, 0],
  [0.00002, 0, 0, 4, 0, 0],
];

// Meeus additional corrections for all phases: [constant, rate per lunation k, coefficient].
const PLANETARY_TERMS: readonly (readonly [number, number, number])[] = [
  [251.88, 0.016321, 0.000165],
  [251.83, 26.651886, 0.000164],
  [349.42, 36.412478, 0.000126],
  [84.66, 18.206239, 0.00011],
  [141.74, 53.303771, 0.000062],
  [207.14, 2.453732, 0.00006],
  [154.84, 7.30686, 0.000056],
  [34.52, 27.261239, 0.000047],
  [207.19, 0.121824, 0.000042],
  [291.34, 1.844379, 0.00004],
  [161.72, 24.198154, 0.000037],
  [239.56, 25.513099, 0.000035],
  [331.55, 3.592518, 0.000023],
];

/** Mean length of a lunation in days, used to pick a lunation index k from a date. */
export const SYNODIC_MONTH = 29.530588861;
/** JDE of the mean new moon k = 0 (6 January 2000). */
export const NEW_MOON_EPOCH = 2451550.09766;

/** Instant (JDE, Terrestrial Time) of the true new moon of lunation k (integer; k = 0 ≈ 6 Jan 2000). */
export function newMoonJde(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  const t4 = t3 * t;
  const mean = NEW_MOON_EPOCH + SYNODIC_MONTH * k + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4;
  const e = 1 - 0.002516 * t - 0.0000074 * t2;
  const m = 2.5534 + 29.1053567 * k - 0.0000014 * t2 - 0.00000011 * t3;
  const mp = 201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4;
  const f = 160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4;
  const omega = 124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3;

  let periodic = 0;
  for (const [c, ePow, nm, nmp, nf, nom] of NEW_MOON_TERMS) {
    periodic += c * e ** ePow * sinDeg(nm * m + nmp * mp + nf * f + nom * omega);
  }
  let planetary = 0.000325 * sinDeg(299.77 + 0.107408 * k - 0.009173 * t2);
  for (const [a, rate, c] of PLANETARY_TERMS) planetary += c * sinDeg(a + rate * k);
  return mean + periodic + planetary;
}

/** Instant (Julian day, UT) of the true new moon of lunation k. */
export function newMoonJdUt(k: number): number {
  return ttToUt(newMoonJde(k));
}

/** Apparent geometric longitude of the Sun in degrees [0, 360) at a JDE (Meeus ch. 25, low precision). */
export function sunApparentLongitude(jde: number): number {
  const t = (jde - J2000) / 36525;
  const l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const m = 357.52911 + 35999.05029 * t - 0.0001537 * t * t;
  const c =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * sinDeg(m) +
    (0.019993 - 0.000101 * t) * sinDeg(2 * m) +
    0.000289 * sinDeg(3 * m);
  const omega = 125.04 - 1934.136 * t;
  return normalizeDegrees(l0 + c - 0.00569 - 0.00478 * sinDeg(omega));
}
