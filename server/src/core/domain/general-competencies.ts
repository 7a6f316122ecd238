/**
 * The nine competencies whose levels follow the tier (PermenPANRB 38/2017): the eight managerial
 * M.01–M.08 and the socio-cultural SK.01. A constant of its own so that light modules (the report
 * columns, the XLSX bundle) need not load the dictionary.
 */
export const GENERAL_CODES: readonly string[] = ['M.01', 'M.02', 'M.03', 'M.04', 'M.05', 'M.06', 'M.07', 'M.08', 'SK.01'];
