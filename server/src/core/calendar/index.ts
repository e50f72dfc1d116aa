// The Vietnamese working calendar: civil dates, the lunar calendar (UTC+7), public holidays.
export * from "./civil.js";
export * from "./lunar.js";
export * from "./holidays.js";
export { ANNOUNCED, REPORTED_HOLIDAYS, STATUTES, type HolidaySource } from "./holiday-data.js";
