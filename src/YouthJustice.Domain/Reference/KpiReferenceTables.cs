using YouthJustice.Domain.Disposals;

namespace YouthJustice.Domain.Reference;

/// <summary>
/// The reference tables the YJB uses to build the KPI cohort but does not publish (kpi-rules §0.2, §6.14): which
/// intervention disposals count, and for each legal outcome whether it counts, its group, its type of order and its
/// seriousness rank for keeping one row per child. <see cref="Default"/> holds the project's documented choice
/// (kpi-rules §13.2–§13.3), built from the <see cref="Disposal"/> data; a service or the YJB can supply its own rows.
/// </summary>
/// <remarks>
/// <para>Default intervention rows: an intervention counts when its disposal has a type of order (the six KPI
/// splits), including both halves of a DTO. Default outcome rows: an outcome counts when it has a type of order; its
/// group is the disposal's; its rank is the type of order's (1 custodial … 7 non-substantive OOCD), 4 for any other
/// formal court outcome (discharges, fines, reparation orders), and none for no further action and orders on
/// parents.</para>
/// <para>A disposal with no row does not count and has no rank. Each disposal may have at most one row per table.</para>
/// </remarks>
[Source("YJB tables intervention_programme_disposal_type, count_in_kpi_legal_outcome, legal_outcome_seriousness_ranking (not public; kpi-rules §0.2); defaults are our choice per kpi-rules §13.2-§13.3", Confidence = Confidence.Low)]
public sealed class KpiReferenceTables
{
    /// <summary>The source text of every default row.</summary>
    public const string DefaultSource = "Our choice (kpi-rules §13.2-§13.3; the YJB table is not public)";

    /// <summary>The rank given by default to a formal court outcome that has no type of order (between referral orders and YCCs).</summary>
    public const int OtherCourtOutcomeRank = 4;

    private static readonly Lazy<KpiReferenceTables> DefaultTables = new(BuildDefault);

    private readonly ImmutableArray<InterventionDisposalReference> _interventionDisposals;
    private readonly ImmutableArray<OutcomeReference> _outcomes;
    private readonly Dictionary<Disposal, InterventionDisposalReference> _interventionByDisposal;
    private readonly Dictionary<Disposal, OutcomeReference> _outcomeByDisposal;

    /// <summary>Creates tables from the given rows (for instance a service's or the YJB's own mapping).</summary>
    /// <param name="interventionDisposals">The intervention rows; at most one per disposal.</param>
    /// <param name="outcomes">The outcome rows; at most one per outcome.</param>
    /// <exception cref="ArgumentNullException">A list or a row is null.</exception>
    /// <exception cref="ArgumentException">A disposal has two rows in a table.</exception>
    public KpiReferenceTables(IEnumerable<InterventionDisposalReference> interventionDisposals, IEnumerable<OutcomeReference> outcomes)
    {
        _interventionDisposals = Preconditions.CheckNotNull(interventionDisposals, nameof(interventionDisposals)).ToImmutableArray();
        _outcomes = Preconditions.CheckNotNull(outcomes, nameof(outcomes)).ToImmutableArray();
        _interventionByDisposal = [];
        foreach (var row in _interventionDisposals)
        {
            Preconditions.CheckNotNull(row, nameof(interventionDisposals));
            Preconditions.CheckArgument(_interventionByDisposal.TryAdd(row.Disposal, row), nameof(interventionDisposals), $"{row.Disposal.Name} has more than one row.");
        }

        _outcomeByDisposal = [];
        foreach (var row in _outcomes)
        {
            Preconditions.CheckNotNull(row, nameof(outcomes));
            Preconditions.CheckArgument(_outcomeByDisposal.TryAdd(row.Outcome, row), nameof(outcomes), $"{row.Outcome.Name} has more than one row.");
        }
    }

    /// <summary>The project's documented default tables.</summary>
    public static KpiReferenceTables Default => DefaultTables.Value;

    /// <summary>The intervention rows, in the order given.</summary>
    public IReadOnlyList<InterventionDisposalReference> InterventionDisposals => _interventionDisposals;

    /// <summary>The outcome rows, in the order given.</summary>
    public IReadOnlyList<OutcomeReference> Outcomes => _outcomes;

    /// <summary>Whether an intervention programme with <paramref name="interventionDisposal"/> counts in the KPIs.</summary>
    /// <param name="interventionDisposal">The intervention's disposal.</param>
    /// <returns><see langword="true"/> when its row says so; <see langword="false"/> when it has no row.</returns>
    public bool CountsInKpis(Disposal interventionDisposal)
        => _interventionByDisposal.TryGetValue(Preconditions.CheckNotNull(interventionDisposal, nameof(interventionDisposal)), out var row) && row.CountsInKpis;

    /// <summary>The row for a legal outcome, or <see langword="null"/> when it has none.</summary>
    /// <param name="outcome">The legal outcome.</param>
    /// <returns>The row, or <see langword="null"/>.</returns>
    public OutcomeReference? ForOutcome(Disposal outcome)
        => _outcomeByDisposal.GetValueOrDefault(Preconditions.CheckNotNull(outcome, nameof(outcome)));

    /// <summary>Whether a legal outcome counts in the KPI cohort.</summary>
    /// <param name="outcome">The legal outcome.</param>
    /// <returns><see langword="true"/> when its row says so; <see langword="false"/> when it has no row.</returns>
    public bool OutcomeCountsInKpis(Disposal outcome) => ForOutcome(outcome)?.CountsInKpis == true;

    private static KpiReferenceTables BuildDefault()
    {
        var interventions = Disposal.List
            .OrderBy(d => d.Value)
            .Select(d => new InterventionDisposalReference(d, d.TypeOfOrder is not null, DefaultSource));
        var outcomes = Disposal.List
            .Where(d => !d.IsInterventionOnly)
            .OrderBy(d => d.Value)
            .Select(d => new OutcomeReference(
                d,
                d.TypeOfOrder is not null,
                d.LegalOutcomeGroup,
                d.TypeOfOrder,
                d.TypeOfOrder?.DedupSeriousnessRank ?? (d.Venue.IsCourt && d.IsFormal ? OtherCourtOutcomeRank : null),
                DefaultSource));
        return new KpiReferenceTables(interventions, outcomes);
    }
}
