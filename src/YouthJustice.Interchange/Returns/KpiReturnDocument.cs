using System.Collections.Immutable;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Explanations;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Interchange.Returns;

/// <summary>
/// A KPI return as written in <c>youthjustice-kpi-return/1</c> (spec/interchange.md): the service, quarter and
/// definition set, the measures, the cohort size with every exclusion and its reason, and optionally each cohort
/// child's outcome per measure. It is what <see cref="KpiReturnJsonWriter"/> writes and <see cref="KpiReturnJsonReader"/>
/// reads; <see cref="From"/> makes one from the KPI engine's <see cref="KpiReturn"/>.
/// </summary>
/// <remarks>Equality is by value, lists compared element by element.</remarks>
public sealed record KpiReturnDocument
{
    /// <summary>Creates the document.</summary>
    /// <param name="service">The service code as written.</param>
    /// <param name="quarter">The reporting quarter.</param>
    /// <param name="definitions">The definition set.</param>
    /// <param name="measures">The measures, in the order written.</param>
    /// <param name="cohortChildren">The number of children in the cohort.</param>
    /// <param name="excluded">The children left out of the cohort, with reasons.</param>
    /// <param name="children">Each cohort child's outcome per measure, or <see langword="null"/> when the return does not carry them.</param>
    /// <exception cref="ArgumentException"><paramref name="service"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cohortChildren"/> is negative.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public KpiReturnDocument(
        string service,
        ReportingQuarter quarter,
        DefinitionSet definitions,
        IEnumerable<ReturnedMeasure> measures,
        int cohortChildren,
        IEnumerable<ReturnedExclusion> excluded,
        IEnumerable<ReturnedChild>? children = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(service);
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(measures);
        ArgumentOutOfRangeException.ThrowIfNegative(cohortChildren);
        ArgumentNullException.ThrowIfNull(excluded);
        Service = service;
        Quarter = quarter;
        Definitions = definitions;
        Measures = measures.ToImmutableArray();
        CohortChildren = cohortChildren;
        Excluded = excluded.ToImmutableArray();
        Children = children?.ToImmutableArray();
    }

    /// <summary>The service code.</summary>
    public string Service { get; }

    /// <summary>The reporting quarter.</summary>
    public ReportingQuarter Quarter { get; }

    /// <summary>The definition set (<c>2023</c> or <c>2024</c>).</summary>
    public DefinitionSet Definitions { get; }

    /// <summary>
    /// The profile the return followed when it is not the guidance (<c>yjb-pipeline</c>; yjaf-case-level §6), or
    /// <see langword="null"/> for the guidance (a return that does not say followed the guidance).
    /// </summary>
    public string? Profile { get; init; }

    /// <summary>The measures, in the order written.</summary>
    public IReadOnlyList<ReturnedMeasure> Measures { get; }

    /// <summary>The number of children in the cohort.</summary>
    public int CohortChildren { get; }

    /// <summary>The children left out of the cohort, with reasons.</summary>
    public IReadOnlyList<ReturnedExclusion> Excluded { get; }

    /// <summary>Each cohort child's outcome per measure, or <see langword="null"/> when the return does not carry them.</summary>
    public IReadOnlyList<ReturnedChild>? Children { get; }

    /// <summary>The document of a computed return.</summary>
    /// <param name="kpiReturn">The KPI engine's return.</param>
    /// <param name="children">Each cohort child's outcomes (<c>KpiEngine.Outcomes</c>) to include, or <see langword="null"/> to leave them out.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="kpiReturn"/> is null.</exception>
    public static KpiReturnDocument From(KpiReturn kpiReturn, IEnumerable<ChildOutcomes>? children = null)
    {
        ArgumentNullException.ThrowIfNull(kpiReturn);
        return new KpiReturnDocument(
            kpiReturn.Service.Value,
            kpiReturn.Quarter,
            kpiReturn.Definitions,
            kpiReturn.Measures.Select(ReturnedMeasure.From),
            kpiReturn.Cohort.Members.Count,
            // Sorted by id (then intervention and reason), so that the same data in another order gives the same bytes (IX-R3).
            kpiReturn.Cohort.Exclusions.Select(e => new ReturnedExclusion(e.ChildId.Value, e.Reason, e.InterventionId.Value, e.Detail))
                .OrderBy(e => e.ChildId, StringComparer.Ordinal).ThenBy(e => e.InterventionId, StringComparer.Ordinal).ThenBy(e => e.Reason.Value),
            children?.Select(ReturnedChild.From).OrderBy(c => c.ChildId, StringComparer.Ordinal))
        {
            Profile = kpiReturn.Profile.IsGuidance ? null : kpiReturn.Profile.Name,
        };
    }

    /// <summary>The measure with the id <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">The measure id.</param>
    /// <returns>The measure, or <see langword="null"/>.</returns>
    public ReturnedMeasure? Find(string id) => Measures.FirstOrDefault(m => m.Id == id);

    /// <inheritdoc />
    public bool Equals(KpiReturnDocument? other)
        => other is not null && Service == other.Service && Quarter == other.Quarter && Definitions == other.Definitions
           && CohortChildren == other.CohortChildren && Measures.SequenceEqual(other.Measures) && Excluded.SequenceEqual(other.Excluded)
           && (Children is null ? other.Children is null : other.Children is not null && Children.SequenceEqual(other.Children));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Service, Quarter, Definitions, Measures.Count, CohortChildren);
}
