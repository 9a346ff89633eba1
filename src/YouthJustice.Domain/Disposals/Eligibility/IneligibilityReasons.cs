namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>The proposed disposal is not available: <em>every</em> reason why, each typed, plus any warnings.</summary>
public sealed record IneligibilityReasons
{
    private readonly ImmutableArray<IneligibilityReason> _reasons;
    private readonly ImmutableArray<EligibilityWarning> _warnings;

    /// <summary>Creates the result.</summary>
    /// <param name="disposal">The disposal checked.</param>
    /// <param name="reasons">The reasons, at least one, no nulls.</param>
    /// <param name="warnings">Warnings, no nulls.</param>
    /// <exception cref="ArgumentException">No reason, or a null.</exception>
    public IneligibilityReasons(Disposal disposal, IEnumerable<IneligibilityReason> reasons, IEnumerable<EligibilityWarning> warnings)
    {
        Disposal = Preconditions.CheckNotNull(disposal, nameof(disposal));
        _reasons = Preconditions.CheckNotNull(reasons, nameof(reasons)).ToImmutableArray();
        _warnings = Preconditions.CheckNotNull(warnings, nameof(warnings)).ToImmutableArray();
        Preconditions.CheckArgument(_reasons.Length > 0 && _reasons.All(r => r is not null), nameof(reasons), "At least one reason, and no nulls.");
        Preconditions.CheckArgument(_warnings.All(w => w is not null), nameof(warnings), "No nulls.");
    }

    /// <summary>The disposal checked.</summary>
    public Disposal Disposal { get; }

    /// <summary>Every reason the disposal is not available, in the order the rules were checked.</summary>
    public IReadOnlyList<IneligibilityReason> Reasons => _reasons;

    /// <summary>Warnings the court must consider as well.</summary>
    public IReadOnlyList<EligibilityWarning> Warnings => _warnings;

    /// <summary>The rule ids of the reasons, in order.</summary>
    public IReadOnlyList<string> RuleIds => _reasons.Select(r => r.RuleId).ToArray();

    /// <inheritdoc />
    public bool Equals(IneligibilityReasons? other)
        => other is not null && Disposal == other.Disposal && _reasons.SequenceEqual(other._reasons) && _warnings.SequenceEqual(other._warnings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Disposal, _reasons.Length);

    /// <inheritdoc />
    public override string ToString() => string.Join(Environment.NewLine, _reasons.Select(r => r.Message));
}
