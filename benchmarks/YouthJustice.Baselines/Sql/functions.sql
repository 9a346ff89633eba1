-- Whether a child is 10 to 17 on a day: whole years, a 29 February birthday turning on 1 March in other years
-- (kpi-rules §13.4). False, never NULL, when either date is missing or the day is before the birth.
CREATE OR REPLACE MACRO aged_10_to_17(dob, d) AS
    dob IS NOT NULL AND d IS NOT NULL AND d >= dob
    AND (year(d) - year(dob)
         - CASE WHEN month(d) * 100 + day(d) < month(dob) * 100 + day(dob) THEN 1 ELSE 0 END) BETWEEN 10 AND 17;
