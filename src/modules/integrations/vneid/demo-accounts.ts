/**
 * Demo citizens of the simulated VNeID provider. Their personal ids are valid
 * Gia Lai numbers (province code 064, century-and-sex digit and birth year
 * matching the birth date), and their organisations carry valid tax codes, so
 * everything the portal builds on them passes the same checks as real data.
 */
import type { VneidAccount } from './vneid-claims.ts';

/** Legal representative of a company. Same person as the test helpers' `demoCitizen`. */
export const DEMO_REPRESENTATIVE_ID = '064090001234';
/** Acts for a cooperative as an authorised person. */
export const DEMO_AUTHORISED_ID = '064185004567';
/** A citizen with no organisation. */
export const DEMO_CITIZEN_ID = '064201007890';

export const DEMO_COMPANY_TAX_CODE = '0100109106';
export const DEMO_COOPERATIVE_TAX_CODE = '5900123451';

export const demoVneidAccounts: readonly VneidAccount[] = [
  {
    personal_id: DEMO_REPRESENTATIVE_ID,
    name: 'Nguyễn Văn An',
    birthdate: '1990-05-12',
    gender: 'male',
    phone_number: '0912345678',
    email: 'an.nguyen@example.vn',
    address: '12 Hùng Vương, phường Pleiku, tỉnh Gia Lai',
    organisations: [{ tax_code: DEMO_COMPANY_TAX_CODE, name: 'Công ty TNHH Ánh Dương', role: 'LEGAL_REPRESENTATIVE', address: '5 Trần Hưng Đạo, phường Pleiku, tỉnh Gia Lai' }],
  },
  {
    personal_id: DEMO_AUTHORISED_ID,
    name: 'Trần Thị Bình',
    birthdate: '1985-09-03',
    gender: 'female',
    phone_number: '0987654321',
    email: 'binh.tran@example.vn',
    address: '48 Lê Lợi, phường Hội Phú, tỉnh Gia Lai',
    organisations: [{ tax_code: DEMO_COOPERATIVE_TAX_CODE, name: 'Hợp tác xã Cà phê Chư Sê', role: 'AUTHORISED', address: 'Thôn 3, xã Chư Sê, tỉnh Gia Lai' }],
  },
  {
    personal_id: DEMO_CITIZEN_ID,
    name: 'Ksor Y Thuận',
    birthdate: '2001-02-20',
    gender: 'male',
    phone_number: '0905111222',
    address: 'Làng Plei Ơi, xã Ia Grai, tỉnh Gia Lai',
    organisations: [],
  },
];
