/**
 * The one export of date-chinese that `loadDateHolidays.static.ts` imports. date-chinese ships
 * types, but its `exports` map does not lead TypeScript to them.
 */
declare module "date-chinese" {
  export class CalendarChinese {
    constructor();
  }
}
