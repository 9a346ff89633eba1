namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>The proposed disposal is available, with any warnings the court must consider and the duties that come with it.</summary>
public sealed record Eligible
{
    private readonly ImmutableArray<EligibilityWarning> _warnings;
    private readonly ImmutableArray<EligibilityNote> _notes;

    /// <summary>Creates the result.</summary>
    /// <param name="disposal">The disposal checked.</param>
    /// <param name="warnings">Warnings, no nulls.</param>
    /// <param name="notes">Notes, no nulls.</param>
    public Eligible(Disposal disposal, IEnumerable<EligibilityWarning> warnings, IEnumerable<EligibilityNote> notes)
    {
        Disposal = Preconditions.CheckNotNull(disposal, nameof(disposal));
        _warnings = Preconditions.CheckNotNull(warnings, nameof(warnings)).ToImmutableArray();
        _notes = Preconditions.CheckNotNull(notes, nameof(notes)).ToImmutableArray();
        Preconditions.CheckArgument(_warnings.All(w => w is not null) && _notes.All(n => n is not null), nameof(warnings), "No nulls.");
    }

    /// <summary>The disposal checked.</summary>
    public Disposal Disposal { get; }

    /// <summary>Warnings the court must consider.</summary>
    public IReadOnlyList<EligibilityWarning> Warnings => _warnings;

    /// <summary>Duties that come with the disposal (parental payment, attendance, parenting order).</summary>
    public IReadOnlyList<EligibilityNote> Notes => _notes;

    /// <inheritdoc />
    public bool Equals(Eligible? other)
        => other is not null && Disposal == other.Disposal && _warnings.SequenceEqual(other._warnings) && _notes.SequenceEqual(other._notes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Disposal, _warnings.Length, _notes.Length);
}
