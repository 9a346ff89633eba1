namespace YouthJustice.Domain.Assessments;

/// <summary>
/// A judgement with its indicative value (from a tool: YOGRS, the Scaled Approach mapping) kept beside the final
/// value the practitioner recorded; a professional-judgement override is visible, never lost.
/// </summary>
/// <typeparam name="T">The judgement's type.</typeparam>
public sealed record AssessedValue<T>
    where T : class
{
    /// <summary>Creates the value.</summary>
    /// <param name="indicative">The tool's indicative value, or <see langword="null"/> when none was produced.</param>
    /// <param name="final">The final value recorded.</param>
    /// <param name="rationale">The practitioner's reason for departing from the indicative value, or <see langword="null"/>; never blank when given.</param>
    public AssessedValue(T? indicative, T final, string? rationale = null)
    {
        Indicative = indicative;
        Final = Preconditions.CheckNotNull(final, nameof(final));
        Rationale = rationale is null ? null : Preconditions.CheckNotBlank(rationale, nameof(rationale));
    }

    /// <summary>The tool's indicative value, or <see langword="null"/>.</summary>
    public T? Indicative { get; }

    /// <summary>The final value recorded: the one that counts.</summary>
    public T Final { get; }

    /// <summary>The reason for an override, or <see langword="null"/>.</summary>
    public string? Rationale { get; }

    /// <summary>Whether the final value departs from an indicative one (a professional-judgement override).</summary>
    public bool IsOverride => Indicative is not null && !EqualityComparer<T>.Default.Equals(Indicative, Final);

    /// <summary>A value with no indicative value.</summary>
    /// <param name="final">The final value.</param>
    /// <returns>The value.</returns>
    public static AssessedValue<T> Recorded(T final) => new(null, final);

    /// <inheritdoc />
    public override string ToString() => IsOverride ? $"{Final} (indicative {Indicative})" : $"{Final}";
}
