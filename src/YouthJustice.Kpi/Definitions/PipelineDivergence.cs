using Ardalis.SmartEnum;
using YouthJustice.Domain.Sources;

namespace YouthJustice.Kpi.Definitions;

/// <summary>
/// One way the YJB's own KPI pipeline (its case-level SQL views) counts differently from the guidance's definitions
/// (yjaf-case-level §6.1, §6.8–§6.11). The set is closed: each value is a switch of a <see cref="KpiProfile"/>, applied
/// in one place of the engine. The guidance (no divergence) is the project's contract and the default; a profile that
/// follows some or all of these reproduces the figure the YJB publishes.
/// </summary>
[Source("yjaf-case-level §6 (behaviours of the YJB pipeline's views), §5 (the views in brief)", Confidence = Confidence.Medium)]
public sealed class PipelineDivergence : SmartEnum<PipelineDivergence>
{
    /// <summary>
    /// yjaf-case-level §6.1: the pipeline's <c>outcomeAppealStatus NOT IN (…)</c> rejects a legal outcome whose appeal
    /// status is blank, in the cohort and in KPI 9. The guidance reads a blank appeal status as "no appeal" (kpi-rules
    /// §1.2.3).
    /// </summary>
    public static readonly PipelineDivergence BlankAppealStatusDropsRow = new(
        nameof(BlankAppealStatusDropsRow),
        1,
        "blank-appeal-status",
        "yjaf-case-level §6.1",
        "a legal outcome with no appeal status recorded is dropped (cohort and KPI 9), where the guidance reads it as no appeal");

    /// <summary>
    /// yjaf-case-level §6.1: the pipeline's <c>residenceOnLegalOutcomeDate &lt;&gt; 'OTHER'</c> rejects a legal outcome
    /// whose residence is blank, in the cohort and in KPI 9. The guidance counts a blank residence as resident (kpi-rules
    /// §13.5).
    /// </summary>
    public static readonly PipelineDivergence BlankResidenceDropsRow = new(
        nameof(BlankResidenceDropsRow),
        2,
        "blank-residence",
        "yjaf-case-level §6.1",
        "a legal outcome with no residence recorded is dropped (cohort and KPI 9), where the guidance counts it as resident");

    /// <summary>
    /// yjaf-case-level §6.8: the pipeline's KPI 1 view counts a child with accommodation records at the start of the
    /// order but none at the end as suitable at the end. The guidance counts such a child in neither numerator
    /// (kpi-rules §1.4).
    /// </summary>
    public static readonly PipelineDivergence NoAccommodationAtEndCountsSuitable = new(
        nameof(NoAccommodationAtEndCountsSuitable),
        3,
        "kpi1-no-record-at-end",
        "yjaf-case-level §6.8",
        "KPI 1: a child with accommodation records at the start but none at the end counts as suitable at the end, where the guidance counts them in neither numerator");

    /// <summary>
    /// yjaf-case-level §6.9: the pipeline's KPI 1 case-level views use the recorded suitability of bed and breakfast,
    /// no fixed abode and unknown accommodation. The guidance counts them unsuitable whatever was recorded (kpi-rules
    /// §13.7).
    /// </summary>
    public static readonly PipelineDivergence AccommodationTypeNotForcedUnsuitable = new(
        nameof(AccommodationTypeNotForcedUnsuitable),
        4,
        "kpi1-type-not-forced-unsuitable",
        "yjaf-case-level §6.9",
        "KPI 1: bed and breakfast, no fixed abode and unknown accommodation keep their recorded suitability, where the guidance counts them unsuitable");

    /// <summary>
    /// yjaf-case-level §6.10: the pipeline's KPI 9 population lookup knows the 2022 and 2023 estimates only, so a
    /// quarter after FY2024/25 has no population and no rate. The guidance takes the estimate of the year before the
    /// financial year starts whenever the data supply one (kpi-rules §13.13).
    /// </summary>
    public static readonly PipelineDivergence SeriousViolenceNoRateAfter2024 = new(
        nameof(SeriousViolenceNoRateAfter2024),
        5,
        "kpi9-no-rate-after-fy2024",
        "yjaf-case-level §6.10",
        "KPI 9: a quarter after FY2024/25 has no population and so no rate, where the guidance uses the estimate supplied for the year");

    /// <summary>
    /// yjaf-case-level §6.11: the pipeline's KPI 9 view drops outcomes dated before 1 April 2023 and then keeps one
    /// outcome per child and offence, so an offence whose most serious outcome came earlier can be counted through a
    /// later, lesser one. The guidance dedups over every outcome first (kpi-rules §13.13).
    /// </summary>
    public static readonly PipelineDivergence SeriousViolenceDateFilterBeforeDedup = new(
        nameof(SeriousViolenceDateFilterBeforeDedup),
        6,
        "kpi9-date-filter-before-dedup",
        "yjaf-case-level §6.11",
        "KPI 9: outcomes dated before 2023-04-01 are dropped before the per-offence dedup, where the guidance dedups over every outcome first");

    private PipelineDivergence(string name, int value, string key, string specReference, string description)
        : base(name, value)
    {
        Key = key;
        SpecReference = specReference;
        Description = description;
    }

    /// <summary>A short, stable, lower-case name (<c>blank-appeal-status</c>), for reports and the command line.</summary>
    public string Key { get; }

    /// <summary>Where the behaviour is described (<c>yjaf-case-level §6.8</c>).</summary>
    public string SpecReference { get; }

    /// <summary>What the pipeline does and what the guidance does instead, in one line.</summary>
    public string Description { get; }
}
