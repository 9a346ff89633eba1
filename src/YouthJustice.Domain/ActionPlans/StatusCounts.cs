namespace YouthJustice.Domain.ActionPlans;

/// <summary>
/// How many actions have each status, with the total and the percentage complete; the counts always add up to the
/// total.
/// </summary>
/// <remarks>
/// % complete = blue ÷ all actions × 100, rounded half away from zero to one decimal place; <see langword="null"/>
/// when there are no actions.
/// </remarks>
public sealed record StatusCounts
{
    private readonly ImmutableArray<int> _counts;

    /// <summary>Counts a set of statuses.</summary>
    /// <param name="statuses">One status per action.</param>
    public StatusCounts(IEnumerable<ActionStatus> statuses)
    {
        var counts = new int[ActionStatus.All.Count];
        foreach (var status in Preconditions.CheckNotNull(statuses, nameof(statuses)))
        {
            counts[Preconditions.CheckNotNull(status, nameof(statuses)).Value] = checked(counts[status.Value] + 1);
        }

        _counts = [.. counts];
        Total = counts.Sum();
    }

    /// <summary>The number of actions.</summary>
    public int Total { get; }

    /// <summary>The number of actions complete (blue).</summary>
    public int Complete => CountOf(ActionStatus.Blue);

    /// <summary>The percentage complete, to one decimal place, or <see langword="null"/> when there are no actions.</summary>
    public decimal? PercentComplete => Total == 0 ? null : Math.Round(Complete * 100m / Total, 1, MidpointRounding.AwayFromZero);

    /// <summary>The number of actions with a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The count.</returns>
    public int CountOf(ActionStatus status) => _counts[Preconditions.CheckNotNull(status, nameof(status)).Value];

    /// <summary>Every status with its count, from not started to complete (zeros included).</summary>
    public IReadOnlyList<KeyValuePair<ActionStatus, int>> ByStatus
        => ActionStatus.All.Select(s => new KeyValuePair<ActionStatus, int>(s, _counts[s.Value])).ToArray();

    /// <inheritdoc />
    public bool Equals(StatusCounts? other) => other is not null && _counts.SequenceEqual(other._counts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Total, _counts[0], _counts[4]);

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", ByStatus.Select(p => $"{p.Key.Name} {p.Value}")) + $"; total {Total}";
}
