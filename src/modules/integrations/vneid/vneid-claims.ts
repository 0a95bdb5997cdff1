/**
 * What the simulated VNeID provider asserts about a person (level-2 electronic
 * identification). The same claims go into the ID token and the userinfo reply:
 *
 * - `personal_id`   12-digit personal identification number (số định danh cá nhân)
 * - `name`          full name as on the citizen identity card
 * - `birthdate`     YYYY-MM-DD
 * - `gender`        `male` | `female`
 * - `phone_number`  mobile number registered with VNeID
 * - `email`         e-mail address, when the person gave one
 * - `address`       permanent residence
 * - `organisations` organisations the person may act for:
 *                   `[{ tax_code, name, role: "LEGAL_REPRESENTATIVE" | "AUTHORISED", address }]`
 *
 * Standard claims of the ID token: `iss, aud, sub, nonce, iat, exp, auth_time`
 * and `acr` = `vneid-level-2` (identity verified against the population database
 * with the chip-based card).
 */
export const VNEID_ACR_LEVEL_2 = 'vneid-level-2';

export interface VneidOrganisation {
  tax_code: string;
  name: string;
  role: 'LEGAL_REPRESENTATIVE' | 'AUTHORISED';
  address?: string;
}

export interface VneidAccount {
  personal_id: string;
  name: string;
  birthdate: string;
  gender: 'male' | 'female';
  phone_number: string;
  email?: string;
  address: string;
  organisations: VneidOrganisation[];
}
