/** Addresses of the administration pages, in one place so pages and tests agree. */
export const adminUrl = {
  home: '/can-bo/quan-tri',
  procedures: '/can-bo/quan-tri/thu-tuc',
  procedure: (code: string) => `/can-bo/quan-tri/thu-tuc/${encodeURIComponent(code)}`,
  version: (code: string, v: number) => `/can-bo/quan-tri/thu-tuc/${encodeURIComponent(code)}/phien-ban/${v}`,
  eform: (code: string, v: number) => `${adminUrl.version(code, v)}/bieu-mau`,
  workflow: (code: string, v: number) => `${adminUrl.version(code, v)}/quy-trinh`,
  diagram: (code: string, v: number) => `${adminUrl.version(code, v)}/so-do.svg`,
  publish: (code: string, v: number) => `${adminUrl.version(code, v)}/cong-bo`,
  officers: '/can-bo/quan-tri/can-bo',
  officer: (id: string) => `/can-bo/quan-tri/can-bo/${id}`,
  calendar: '/can-bo/quan-tri/lich',
  agencies: '/can-bo/quan-tri/co-quan',
  agency: (code: string) => `/can-bo/quan-tri/co-quan/${encodeURIComponent(code)}`,
  templates: '/can-bo/quan-tri/mau-thong-bao',
};
