-- One service's KPI return for one quarter, as an analyst would write it over the CSV table set (interchange.md §3):
-- the cohort with its exclusions (kpi-rules §1.2, §13.2-§13.5, §13.16) and the ten headlines, each split by type of
-- order where the return splits it. A second implementation of the rules, written from kpi-rules.md, not from the
-- engine's code; YouthJustice.Baselines.Tests holds it to the engine's figures measure by measure.
--
-- Run after reference.sql and functions.sql, with the tables loaded and these variables set (SET VARIABLE x = ...):
--   first, last          DATE     the quarter's first and last day
--   quarter              VARCHAR  its label, '2024Q1' (board attendance is returned per quarter label)
--   population_year      INTEGER  the calendar year before the quarter's financial year starts (kpi-rules §13.13)
--   dto_from_outcome     BOOLEAN  2024: a DTO licence takes the child's age on the outcome date (§13.4)
--   primary_only         BOOLEAN  2023: KPI 1 reads primary residences only (§2.11)
--   need_over_cohort     BOOLEAN  2023: KPIs 4/5 are need ÷ cohort; 2024: need and offered or in treatment ÷ need
--   wider_at_end_only    BOOLEAN  2023: wider services at the end of the order; 2024: at any point during it (§13.6)
-- Result: one row per figure: (id, type_of_order, numerator, denominator); type_of_order NULL for the whole figure.
WITH
candidates AS (          -- the interventions ending in the quarter
    SELECT child_id, intervention_id, disposal, "start" AS start_day, "end" AS end_day, offence_ids, completed_successfully
    FROM interventions
    WHERE "end" BETWEEN getvariable('first') AND getvariable('last')
),
links AS (               -- their links to offences the child has
    SELECT DISTINCT l.child_id, l.intervention_id, o.offence_id
    FROM (SELECT child_id, intervention_id, unnest(string_split(offence_ids, ';')) AS offence_id
          FROM candidates WHERE offence_ids IS NOT NULL) l
    JOIN offences o ON o.child_id = l.child_id AND o.offence_id = l.offence_id
),
candidate_rows AS (      -- every intervention × linked offence × outcome, with the first of the seven checks it fails
    SELECT c.child_id, c.intervention_id, c.disposal, c.start_day, c.end_day, c.completed_successfully,
           l.offence_id, oc.date AS outcome_day, r.type_of_order, r.dedup_rank,
           CASE
               WHEN c.end_day < DATE '2023-04-01' THEN 1                           -- EndedBeforeCollection
               WHEN NOT coalesce(d.intervention_counts, false) THEN 2              -- DisposalNotCounted
               WHEN l.offence_id IS NULL THEN 3                                    -- NoLinkedOffence
               WHEN r.type_of_order IS NULL THEN 4                                 -- OutcomeNotCounted (or no outcome)
               WHEN oc.appeal_status IN ('ChangedOnAppeal', 'AppealSuccessful') THEN 5   -- OverturnedOnAppeal
               WHEN NOT coalesce(oc.resident_in_area, true) THEN 6                 -- ResidentInAnotherArea
               WHEN NOT aged_10_to_17(ch.date_of_birth,
                        CASE WHEN getvariable('dto_from_outcome') AND c.disposal = 'DetentionAndTrainingOrderLicence'
                             THEN oc.date ELSE c.start_day END) THEN 7             -- AgeOutsideRange
               ELSE 8                                                              -- qualifies
           END AS stage
    FROM candidates c
    JOIN children ch ON ch.child_id = c.child_id
    LEFT JOIN disposal_ref d ON d.name = c.disposal
    LEFT JOIN links l ON l.child_id = c.child_id AND l.intervention_id = c.intervention_id
    LEFT JOIN outcomes oc ON oc.child_id = l.child_id AND oc.offence_id = l.offence_id
    LEFT JOIN disposal_ref r ON r.name = oc.outcome
),
decisions AS (           -- a child is in the cohort when a row qualifies, else excluded for the furthest check reached
    SELECT child_id, max(stage) AS stage FROM candidate_rows GROUP BY child_id
),
qualifying AS (
    SELECT * FROM candidate_rows WHERE stage = 8
),
cohort AS (              -- one row per child: most serious, then latest outcome, then the deterministic tie-breaks
    SELECT child_id, type_of_order, start_day, end_day, completed_successfully,
           CASE WHEN disposal = 'DetentionAndTrainingOrderLicence' THEN outcome_day ELSE start_day END AS order_start
    FROM (SELECT *, row_number() OVER (
                     PARTITION BY child_id
                     ORDER BY dedup_rank, outcome_day DESC, end_day DESC, start_day DESC, intervention_id, offence_id) AS keep
          FROM qualifying)
    WHERE keep = 1
),
windows AS (             -- "during" starts at the intervention start; for custody the day before custody began
    SELECT *, CASE WHEN type_of_order = 'CustodialSentence' THEN order_start - 1 ELSE start_day END AS during_start
    FROM cohort
),
kpi1 AS (                -- every residence with a suitability at the end is suitable (B&B, NFA, unknown never are)
    SELECT w.child_id,
           bool_and(a.suitability = 'Suitable' AND a.type NOT IN ('BedAndBreakfast', 'NoFixedAbode', 'Unknown'))
               FILTER (WHERE (a."start" IS NULL OR a."start" <= w.end_day) AND (a."end" IS NULL OR a."end" >= w.end_day)) AS met
    FROM windows w
    JOIN accommodation a ON a.child_id = w.child_id
    WHERE a.suitability IS NOT NULL AND (a."primary" OR NOT getvariable('primary_only'))
    GROUP BY w.child_id
),
kpi2 AS (                -- every ETE record with a suitability at the end is suitable
    SELECT w.child_id,
           bool_and(e.suitability = 'Suitable')
               FILTER (WHERE (e."start" IS NULL OR e."start" <= w.end_day) AND (e."end" IS NULL OR e."end" >= w.end_day)) AS met
    FROM windows w
    JOIN ete e ON e.child_id = w.child_id
    WHERE e.suitability IS NOT NULL
    GROUP BY w.child_id
),
kpi3 AS (                -- SEND/ALN at the end: identified, and identified with a formal plan on the same record
    SELECT w.child_id,
           bool_or(coalesce(s.identified, false)) AS identified,
           bool_or(coalesce(s.identified, false) AND coalesce(s.formal_plan, false)) AS plan
    FROM windows w
    JOIN send_aln s ON s.child_id = w.child_id
    WHERE (s."start" IS NULL OR s."start" <= w.end_day) AND (s."end" IS NULL OR s."end" >= w.end_day)
    GROUP BY w.child_id
),
kpi4 AS (                -- records screened by the order end (or never): need, in treatment prior, offered within
    SELECT w.child_id,
           bool_or(h.screened IS NOT NULL OR (h.attended_start < w.start_day AND coalesce(h.attended_end >= w.start_day, true))) AS need,
           bool_or(h.attended_start < w.start_day AND coalesce(h.attended_end >= w.start_day, true)) AS prior,
           bool_or(h.intervention IN ('GettingAdvice', 'GettingHelp', 'GettingAdditionalHelp', 'GettingRiskSupport')
                   AND h.offered BETWEEN w.start_day AND w.end_day) AS offered
    FROM windows w
    JOIN mental_health h ON h.child_id = w.child_id
    WHERE h.screened IS NULL OR h.screened <= w.end_day
    GROUP BY w.child_id
),
kpi5 AS (
    SELECT w.child_id,
           bool_or(h.screened IS NOT NULL OR (h.attended_start < w.start_day AND coalesce(h.attended_end >= w.start_day, true))) AS need,
           bool_or(h.attended_start < w.start_day AND coalesce(h.attended_end >= w.start_day, true)) AS prior,
           bool_or(h.intervention IN ('TargetedIntervention', 'SpecialistSubstanceMisuseTreatment', 'ComplexCare')
                   AND h.offered BETWEEN w.start_day AND w.end_day) AS offered
    FROM windows w
    JOIN substance_misuse h ON h.child_id = w.child_id
    WHERE h.screened IS NULL OR h.screened <= w.end_day
    GROUP BY w.child_id
),
kpi8 AS (                -- wider services: a counted status held at the end (2023) or during the order (2024)
    SELECT DISTINCT w.child_id
    FROM windows w
    JOIN care_status s ON s.child_id = w.child_id
    WHERE s.status IN ('LookedAfter', 'ChildProtectionPlan', 'ChildInNeed', 'EarlyHelp')
      AND (s."start" IS NULL OR s."start" <= w.end_day)
      AND (s."end" IS NULL
           OR s."end" >= CASE WHEN getvariable('wider_at_end_only') THEN w.end_day ELSE w.during_start END)
),
flags AS (
    SELECT w.child_id, w.type_of_order,
           coalesce(k1.met, false) AS kpi1,
           coalesce(k2.met, false) AS kpi2,
           coalesce(k3.identified, false) AS kpi3_identified,
           coalesce(k3.plan, false) AS kpi3_plan,
           coalesce(k4.need, false) AS kpi4_need,
           coalesce(k4.prior, false) OR coalesce(k4.offered, false) AS kpi4_offered,
           coalesce(k5.need, false) AS kpi5_need,
           coalesce(k5.prior, false) OR coalesce(k5.offered, false) AS kpi5_offered,
           w.type_of_order IN ('NonSubstantiveOutOfCourtDisposal', 'YouthCaution', 'YouthConditionalCaution') AS kpi6_oocd,
           coalesce(w.completed_successfully, false) AS kpi6_completed,
           k8.child_id IS NOT NULL AS kpi8
    FROM windows w
    LEFT JOIN kpi1 k1 ON k1.child_id = w.child_id
    LEFT JOIN kpi2 k2 ON k2.child_id = w.child_id
    LEFT JOIN kpi3 k3 ON k3.child_id = w.child_id
    LEFT JOIN kpi4 k4 ON k4.child_id = w.child_id
    LEFT JOIN kpi5 k5 ON k5.child_id = w.child_id
    LEFT JOIN kpi8 k8 ON k8.child_id = w.child_id
),
counting_links AS (      -- KPI 9: offences linked to an intervention whose disposal counts, whatever its dates
    SELECT DISTINCT x.child_id, x.offence_id
    FROM (SELECT child_id, disposal, unnest(string_split(offence_ids, ';')) AS offence_id
          FROM interventions WHERE offence_ids IS NOT NULL) x
    JOIN disposal_ref d ON d.name = x.disposal AND d.intervention_counts
),
sv_outcomes AS (         -- KPI 9: cautions and sentences, not overturned, resident, 10-17 on the age reference day
    SELECT o.child_id, o.offence_id, o.category, o.seriousness, oc.date AS outcome_day,
           CASE WHEN r.type_of_order IS NOT NULL THEN r.dedup_rank ELSE 4 END AS rank,  -- 4: other court outcomes
           CASE WHEN r.pre_court THEN coalesce(o.arrest_date, o.offence_date)
                ELSE coalesce(oc.first_hearing_date, oc.date) END AS age_day
    FROM offences o
    JOIN counting_links l ON l.child_id = o.child_id AND l.offence_id = o.offence_id
    JOIN outcomes oc ON oc.child_id = o.child_id AND oc.offence_id = o.offence_id
    JOIN disposal_ref r ON r.name = oc.outcome AND r.caution_or_sentence
    JOIN children ch ON ch.child_id = o.child_id
    WHERE (oc.appeal_status IS NULL OR oc.appeal_status NOT IN ('ChangedOnAppeal', 'AppealSuccessful'))
      AND coalesce(oc.resident_in_area, true)
      AND aged_10_to_17(ch.date_of_birth,
                        CASE WHEN r.pre_court THEN coalesce(o.arrest_date, o.offence_date)
                             ELSE coalesce(oc.first_hearing_date, oc.date) END)
),
sv_kept AS (             -- one outcome per (child, offence); its date puts the offence in a quarter
    SELECT * FROM (SELECT *, row_number() OVER (PARTITION BY child_id, offence_id ORDER BY rank, outcome_day DESC, age_day) AS keep
                   FROM sv_outcomes)
    WHERE keep = 1 AND outcome_day BETWEEN getvariable('first') AND getvariable('last')
),
victim_links AS (        -- KPI 10: victims linked to the offences of the cohort's qualifying rows
    SELECT child_id, victim_id, consent_to_contact, engaged_restorative_justice,
           unnest(string_split(offence_ids, ';')) AS offence_id
    FROM victims WHERE offence_ids IS NOT NULL
),
counted_victims AS (     -- distinct by id across the service, a flag Yes on any counted record being Yes
    SELECT v.victim_id,
           bool_or(coalesce(v.consent_to_contact, false)) AS consent,
           bool_or(coalesce(v.engaged_restorative_justice, false)) AS engaged
    FROM victim_links v
    SEMI JOIN qualifying q ON q.child_id = v.child_id AND q.offence_id = v.offence_id
    GROUP BY v.victim_id
)
SELECT 'cohort.children' AS id, NULL AS type_of_order, count(*) AS numerator, 1 AS denominator FROM cohort
UNION ALL
SELECT 'cohort.excluded.' || CASE stage
           WHEN 1 THEN 'EndedBeforeCollection' WHEN 2 THEN 'DisposalNotCounted' WHEN 3 THEN 'NoLinkedOffence'
           WHEN 4 THEN 'OutcomeNotCounted' WHEN 5 THEN 'OverturnedOnAppeal' WHEN 6 THEN 'ResidentInAnotherArea'
           ELSE 'AgeOutsideRange' END, NULL, count(*), 1
FROM decisions WHERE stage < 8 GROUP BY stage
UNION ALL
SELECT 'kpi1.headline', type_of_order, count(*) FILTER (WHERE kpi1), count(*)
FROM flags GROUP BY GROUPING SETS ((), (type_of_order))
UNION ALL
SELECT 'kpi2.headline', type_of_order, count(*) FILTER (WHERE kpi2), count(*)
FROM flags GROUP BY GROUPING SETS ((), (type_of_order))
UNION ALL
SELECT 'kpi3.headline', type_of_order, count(*) FILTER (WHERE kpi3_plan), count(*) FILTER (WHERE kpi3_identified)
FROM flags GROUP BY GROUPING SETS ((), (type_of_order))
UNION ALL
SELECT 'kpi4.headline', type_of_order,
       count(*) FILTER (WHERE kpi4_need AND (getvariable('need_over_cohort') OR kpi4_offered)),
       count(*) FILTER (WHERE getvariable('need_over_cohort') OR kpi4_need)
FROM flags GROUP BY GROUPING SETS ((), (type_of_order))
UNION ALL
SELECT 'kpi5.headline', type_of_order,
       count(*) FILTER (WHERE kpi5_need AND (getvariable('need_over_cohort') OR kpi5_offered)),
       count(*) FILTER (WHERE getvariable('need_over_cohort') OR kpi5_need)
FROM flags GROUP BY GROUPING SETS ((), (type_of_order))
UNION ALL
SELECT 'kpi6.headline', type_of_order, count(*) FILTER (WHERE kpi6_oocd AND kpi6_completed), count(*) FILTER (WHERE kpi6_oocd)
FROM flags GROUP BY GROUPING SETS ((), (type_of_order))
UNION ALL
SELECT 'kpi7.headline', NULL, count(DISTINCT sector), 5          -- sectors with a senior partner at a board
FROM board_attendance WHERE quarter = getvariable('quarter') AND sector <> 'Other' AND senior
UNION ALL
SELECT 'kpi8.headline', type_of_order, count(*) FILTER (WHERE kpi8), count(*)
FROM flags GROUP BY GROUPING SETS ((), (type_of_order))
UNION ALL
SELECT 'kpi9.headline', NULL,                                     -- SV offences per 10,000 children aged 10-17
       (SELECT count(*) FROM sv_kept
        WHERE category IN ('Drugs', 'Robbery', 'ViolenceAgainstThePerson') AND seriousness >= 5),
       coalesce((SELECT max(aged_10_to_17) FROM populations WHERE "year" = getvariable('population_year')), 0)
UNION ALL
SELECT 'kpi10.headline', NULL, count(*) FILTER (WHERE consent AND engaged), count(*) FILTER (WHERE consent)
FROM counted_victims
