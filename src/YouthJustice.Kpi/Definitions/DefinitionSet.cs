using Ardalis.SmartEnum;
using OneOf;
using YouthJustice.Domain;
using YouthJustice.Domain.Sources;

namespace YouthJustice.Kpi.Definitions;

/// <summary>
/// Which generation of the YJB KPI definitions a calculation uses. <see cref="Definitions2023"/> is the set as first
/// collected in 2023/24 (the YJB pipeline's un-suffixed "v1" views); <see cref="Definitions2024"/> is the refined set
/// (the pipeline's <c>_v8</c> views) and the default. Both stay available so that a service can see what changed.
/// </summary>
/// <remarks>
/// The differences (kpi-rules §2.11) are carried here as named switches, so that a measure asks a question
/// ("is the headline need-only?") instead of comparing years.
/// </remarks>
[Source("kpi-rules §2.11 (differences between versions); YJB KPI pipeline v1 and _v8 views (S20–S27)")]
public sealed class DefinitionSet : SmartEnum<DefinitionSet>
{
    /// <summary>The definitions as first collected in 2023/24 (pipeline v1).</summary>
    public static readonly DefinitionSet Definitions2023 = new("2023", 2023, refined: false);

    /// <summary>The refined definitions (pipeline v8); the default.</summary>
    public static readonly DefinitionSet Definitions2024 = new("2024", 2024, refined: true);

    private DefinitionSet(string name, int value, bool refined)
        : base(name, value)
    {
        IsRefined = refined;
    }

    /// <summary>The default set: <see cref="Definitions2024"/>.</summary>
    public static DefinitionSet Default => Definitions2024;

    /// <summary>Whether this is the refined (v8) generation.</summary>
    public bool IsRefined { get; }

    /// <summary>KPI 1: only residences recorded as the primary residence count (v1); v8 drops the filter.</summary>
    public bool AccommodationPrimaryResidenceOnly => !IsRefined;

    /// <summary>
    /// KPIs 4 and 5: the headline is "children with a need ÷ children with an order ending" (v1) rather than
    /// "children with a need who were offered an intervention or already in treatment ÷ children with a need" (v8).
    /// </summary>
    public bool HealthHeadlineIsNeedOverCohort => !IsRefined;

    /// <summary>Wider services: a care status counts when held at the end of the order (v1) rather than at any point during it (v8).</summary>
    public bool WiderServicesAtEndOnly => !IsRefined;

    /// <summary>KPI 10 sub-measures 10e and 10f divide by victims who requested the information (v1) rather than by victims who consented to contact (v8).</summary>
    public bool VictimInformationOverRequested => !IsRefined;

    /// <summary>Cohort age: under the 2024 definitions a DTO licence intervention takes the child's age on the outcome date (custody start); kpi-rules §13.4.</summary>
    public bool DtoLicenceAgeFromOutcomeDate => IsRefined;

    /// <summary>
    /// KPIs 4 and 5: an intervention counts as offered (attended) when it was offered (attendance started) within the
    /// order, or the child was already in treatment at its start (v8); rather than when it was offered (attendance
    /// started) on or before the order end and not before the screening (and, for attendance, the offer) (v1).
    /// </summary>
    public bool HealthOfferedWithinOrder => IsRefined;

    /// <summary>Reads <c>2023</c> or <c>2024</c>; never throws.</summary>
    /// <param name="text">The text given (for example on the command line).</param>
    /// <returns>The set, or an error naming the text and the allowed values.</returns>
    public static OneOf<DefinitionSet, UnknownValueError> Parse(string? text)
        => TryFromName(text ?? string.Empty, out var set)
            ? set
            : new UnknownValueError("definitions", text, ["2023", "2024"]);
}
