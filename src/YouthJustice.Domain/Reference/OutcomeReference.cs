using YouthJustice.Domain.Disposals;

namespace YouthJustice.Domain.Reference;

/// <summary>
/// One row of the legal-outcome table: whether an outcome counts in the KPIs, its legal-outcome group, its type of
/// order and its rank for keeping one row per child (the YJB's <c>count_in_kpi_legal_outcome</c> and
/// <c>legal_outcome_seriousness_ranking</c> tables, which are not public; kpi-rules §0.2).
/// </summary>
public sealed record OutcomeReference
{
    /// <summary>Creates the row.</summary>
    /// <param name="outcome">The legal outcome; not an intervention-only disposal.</param>
    /// <param name="countsInKpis">Whether the outcome counts in the KPI cohort; an outcome that counts must have a <paramref name="typeOfOrder"/>.</param>
    /// <param name="group">The legal-outcome group.</param>
    /// <param name="typeOfOrder">The KPI type of order, or <see langword="null"/>.</param>
    /// <param name="dedupSeriousnessRank">1 = most serious, or <see langword="null"/> when the outcome is never kept (never counted anywhere).</param>
    /// <param name="source">Where the values come from; not blank.</param>
    /// <exception cref="ArgumentNullException"><paramref name="outcome"/> or <paramref name="group"/> is null.</exception>
    /// <exception cref="ArgumentException">The outcome is intervention-only, a counted outcome has no type of order, or the source is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The rank is less than 1.</exception>
    public OutcomeReference(Disposal outcome, bool countsInKpis, LegalOutcomeGroup group, TypeOfOrder? typeOfOrder, int? dedupSeriousnessRank, string source)
    {
        Outcome = Preconditions.CheckNotNull(outcome, nameof(outcome));
        Preconditions.CheckArgument(!outcome.IsInterventionOnly, nameof(outcome), $"{outcome.Name} is an intervention programme, not a legal outcome.");
        Preconditions.CheckArgument(!countsInKpis || typeOfOrder is not null, nameof(typeOfOrder), $"{outcome.Name} counts in the KPIs, so it needs a type of order.");
        CountsInKpis = countsInKpis;
        Group = Preconditions.CheckNotNull(group, nameof(group));
        TypeOfOrder = typeOfOrder;
        DedupSeriousnessRank = dedupSeriousnessRank is { } rank ? Preconditions.CheckRange(rank, nameof(dedupSeriousnessRank), 1, int.MaxValue) : null;
        Source = Preconditions.CheckNotBlank(source, nameof(source));
    }

    /// <summary>The legal outcome.</summary>
    public Disposal Outcome { get; }

    /// <summary>Whether the outcome counts in the KPI cohort.</summary>
    public bool CountsInKpis { get; }

    /// <summary>The legal-outcome group.</summary>
    public LegalOutcomeGroup Group { get; }

    /// <summary>The KPI type of order, or <see langword="null"/>.</summary>
    public TypeOfOrder? TypeOfOrder { get; }

    /// <summary>1 = most serious; <see langword="null"/> when the outcome is never kept.</summary>
    public int? DedupSeriousnessRank { get; }

    /// <summary>Where the values come from.</summary>
    public string Source { get; }
}
