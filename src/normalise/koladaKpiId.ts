/** Kolada's KPI ids: N (municipality level) or U, and five digits (N15428, U23471). */
export const KOLADA_KPI_ID = /^[NU]\d{5}$/;
