-- The reference tables the KPI cohort is built from (kpi-rules §0.2, §13.2-§13.3), one row per disposal name: the
-- project's default choice, as KpiReferenceTables.Default holds it (a test keeps the two equal).
--   intervention_counts  an intervention programme with this disposal counts in the KPIs
--   type_of_order        the legal outcome's type of order when the outcome counts in the cohort, else NULL
--   dedup_rank           the seriousness rank for keeping one row per child (1 = most serious), NULL = none
--   caution_or_sentence  the outcome's legal-outcome group is a caution or a sentence (KPI 9)
--   pre_court            the outcome's legal-outcome group is pre-court (KPI 9's age reference day)
CREATE OR REPLACE TABLE disposal_ref (
    name VARCHAR PRIMARY KEY,
    intervention_counts BOOLEAN NOT NULL,
    type_of_order VARCHAR,
    dedup_rank INTEGER,
    legal_outcome_group VARCHAR NOT NULL,
    caution_or_sentence BOOLEAN NOT NULL,
    pre_court BOOLEAN NOT NULL
);
INSERT INTO disposal_ref VALUES
    ('NoFurtherAction', false, NULL, NULL, 'None', false, false),
    ('Outcome20', true, 'NonSubstantiveOutOfCourtDisposal', 7, 'Diversion', false, false),
    ('Outcome21', true, 'NonSubstantiveOutOfCourtDisposal', 7, 'Diversion', false, false),
    ('Outcome22', true, 'NonSubstantiveOutOfCourtDisposal', 7, 'Diversion', false, false),
    ('Outcome22DeferredProsecution', true, 'NonSubstantiveOutOfCourtDisposal', 7, 'Diversion', false, false),
    ('CommunityResolution', true, 'NonSubstantiveOutOfCourtDisposal', 7, 'Diversion', false, false),
    ('YouthCaution', true, 'YouthCaution', 6, 'PreCourt', true, true),
    ('YouthConditionalCaution', true, 'YouthConditionalCaution', 5, 'PreCourt', true, true),
    ('AbsoluteDischarge', false, NULL, 4, 'FirstTier', true, false),
    ('ConditionalDischarge', false, NULL, 4, 'FirstTier', true, false),
    ('Fine', false, NULL, 4, 'FirstTier', true, false),
    ('ReparationOrder', false, NULL, 4, 'FirstTier', true, false),
    ('ReferralOrder', true, 'ReferralOrder', 3, 'FirstTier', true, false),
    ('YouthRehabilitationOrder', true, 'YouthRehabilitationOrder', 2, 'Community', true, false),
    ('YouthRehabilitationOrderWithIss', true, 'YouthRehabilitationOrder', 2, 'Community', true, false),
    ('YouthRehabilitationOrderWithFostering', true, 'YouthRehabilitationOrder', 2, 'Community', true, false),
    ('DetentionAndTrainingOrder', true, 'CustodialSentence', 1, 'Custody', true, false),
    ('Section250Detention', true, 'CustodialSentence', 1, 'Custody', true, false),
    ('SpecialSentenceTerroristOffender', true, 'CustodialSentence', 1, 'Custody', true, false),
    ('ExtendedSentenceOfDetention', true, 'CustodialSentence', 1, 'Custody', true, false),
    ('DetentionForLife', true, 'CustodialSentence', 1, 'Custody', true, false),
    ('DetentionAtHisMajestysPleasure', true, 'CustodialSentence', 1, 'Custody', true, false),
    ('DetentionAndTrainingOrderCustody', true, NULL, NULL, 'Custody', true, false),
    ('DetentionAndTrainingOrderLicence', true, NULL, NULL, 'Custody', true, false),
    ('ParentingOrder', false, NULL, NULL, 'Ancillary', false, false),
    ('BindOverOfParent', false, NULL, NULL, 'Ancillary', false, false),
    ('Section90To92Detention', true, 'CustodialSentence', 1, 'Custody', true, false),
    ('Outcome20Or21', true, 'NonSubstantiveOutOfCourtDisposal', 7, 'Diversion', false, false),
    ('OtherInformalAction', false, NULL, NULL, 'Diversion', false, false);
