namespace YouthJustice.Domain.Assessments;

/// <summary>
/// A service's Scaled Approach policy: the indicative intervention level for each likelihood of reoffending and risk
/// of serious harm, and (optionally) the minimum contacts per month at each level. Local policy, as data.
/// </summary>
/// <remarks>
/// <para>
/// The default table (<see cref="Default"/>, <c>spec/domain-rules.md</c> §6.3, [M/L]): low likelihood → Standard,
/// Enhanced, Intensive as ROSH is low, medium, high or very high; medium likelihood → Enhanced, Enhanced, Intensive;
/// high likelihood → Intensive throughout.
/// </para>
/// <para>
/// Minimum contacts per month in the first three months under the 2010 national standards: Standard 2, Enhanced 4,
/// Intensive 12 ([L]); the 2019 standards are not prescriptive, so <see cref="Default"/> carries none and
/// <see cref="NationalStandards2010"/> carries them.
/// </para>
/// </remarks>
[Source("YJB, Youth Justice: the Scaled Approach (2009/2010): intervention level from likelihood of reoffending and risk of serious harm, moderated by professional judgement", Url = "https://vdocuments.mx/youth-justicethe-scaled-scaled-approach-2009pdf-2018-02-15-youth-justicethe.html", Confidence = Confidence.Low)]
public sealed class ScaledApproachMapping
{
    private readonly ImmutableDictionary<(int Likelihood, int Rosh), ScaledApproachLevel> _table;
    private readonly ImmutableDictionary<ScaledApproachLevel, int> _contacts;

    /// <summary>Creates a policy.</summary>
    /// <param name="table">One level for every pair of likelihood (3) and ROSH (4): 12 entries.</param>
    /// <param name="minimumMonthlyContacts">Minimum contacts per month per level, or empty when the policy sets none; counts are zero or more.</param>
    public ScaledApproachMapping(
        IEnumerable<KeyValuePair<(LikelihoodOfReoffending Likelihood, RiskOfSeriousHarm Rosh), ScaledApproachLevel>> table,
        IEnumerable<KeyValuePair<ScaledApproachLevel, int>> minimumMonthlyContacts)
    {
        var entries = Preconditions.CheckNotNull(table, nameof(table)).ToArray();
        Preconditions.CheckArgument(entries.All(e => e.Key.Likelihood is not null && e.Key.Rosh is not null && e.Value is not null), nameof(table), "Table entries must not contain null.");
        var builder = ImmutableDictionary.CreateBuilder<(int, int), ScaledApproachLevel>();
        foreach (var entry in entries)
        {
            Preconditions.CheckArgument(
                !builder.ContainsKey((entry.Key.Likelihood.Value, entry.Key.Rosh.Value)),
                nameof(table),
                string.Create(CultureInfo.InvariantCulture, $"The table gives likelihood {entry.Key.Likelihood.Name} with ROSH {entry.Key.Rosh.Name} twice."));
            builder.Add((entry.Key.Likelihood.Value, entry.Key.Rosh.Value), entry.Value);
        }

        var missing = LikelihoodOfReoffending.All.SelectMany(l => RiskOfSeriousHarm.All.Select(r => (l, r))).FirstOrDefault(p => !builder.ContainsKey((p.l.Value, p.r.Value)));
        Preconditions.CheckArgument(
            missing == default,
            nameof(table),
            string.Create(CultureInfo.InvariantCulture, $"The table must give a level for every likelihood and ROSH; likelihood {missing.l?.Name} with ROSH {missing.r?.Name} is missing."));
        _table = builder.ToImmutable();

        var contacts = Preconditions.CheckNotNull(minimumMonthlyContacts, nameof(minimumMonthlyContacts)).ToArray();
        Preconditions.CheckArgument(contacts.All(c => c.Key is not null && c.Value >= 0), nameof(minimumMonthlyContacts), "Contacts must be zero or more for a named level.");
        Preconditions.CheckArgument(contacts.Select(c => c.Key).Distinct().Count() == contacts.Length, nameof(minimumMonthlyContacts), "Each level's contacts may be given once.");
        _contacts = contacts.ToImmutableDictionary();
    }

    /// <summary>The table of the specification (§6.3), with no contact minimums.</summary>
    public static ScaledApproachMapping Default { get; } = new(DefaultTable(), []);

    /// <summary>The default table with the 2010 national standards' minimum monthly contacts: Standard 2, Enhanced 4, Intensive 12 ([L]).</summary>
    [Source("National Standards for Youth Justice Services 2010: minimum contacts per month in the first three months", Confidence = Confidence.Low)]
    public static ScaledApproachMapping NationalStandards2010 { get; } = new(
        DefaultTable(),
        [
            new(ScaledApproachLevel.Standard, 2),
            new(ScaledApproachLevel.Enhanced, 4),
            new(ScaledApproachLevel.Intensive, 12),
        ]);

    /// <summary>The indicative intervention level for a likelihood of reoffending and a risk of serious harm.</summary>
    /// <param name="likelihood">The likelihood of reoffending.</param>
    /// <param name="rosh">The risk of serious harm.</param>
    /// <returns>The indicative level.</returns>
    public ScaledApproachLevel IndicativeLevel(LikelihoodOfReoffending likelihood, RiskOfSeriousHarm rosh)
        => _table[(Preconditions.CheckNotNull(likelihood, nameof(likelihood)).Value, Preconditions.CheckNotNull(rosh, nameof(rosh)).Value)];

    /// <summary>The minimum contacts per month at a level, or <see langword="null"/> when the policy sets none.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The minimum, or <see langword="null"/>.</returns>
    public int? MinimumMonthlyContacts(ScaledApproachLevel level)
        => _contacts.TryGetValue(Preconditions.CheckNotNull(level, nameof(level)), out var contacts) ? contacts : null;

    private static IEnumerable<KeyValuePair<(LikelihoodOfReoffending, RiskOfSeriousHarm), ScaledApproachLevel>> DefaultTable()
    {
        var s = ScaledApproachLevel.Standard;
        var e = ScaledApproachLevel.Enhanced;
        var i = ScaledApproachLevel.Intensive;
        var rows = new (LikelihoodOfReoffending Likelihood, ScaledApproachLevel[] ByRosh)[]
        {
            (LikelihoodOfReoffending.Low, [s, e, i, i]),
            (LikelihoodOfReoffending.Medium, [e, e, i, i]),
            (LikelihoodOfReoffending.High, [i, i, i, i]),
        };
        return rows.SelectMany(row => RiskOfSeriousHarm.All.Select((rosh, c) =>
            new KeyValuePair<(LikelihoodOfReoffending, RiskOfSeriousHarm), ScaledApproachLevel>((row.Likelihood, rosh), row.ByRosh[c])));
    }
}
