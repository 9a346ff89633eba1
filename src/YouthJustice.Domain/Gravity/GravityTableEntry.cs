namespace YouthJustice.Domain.Gravity;

/// <summary>
/// One offence in an <see cref="IGravityTable"/>: its code and description and its score on each police gravity
/// scale the table provides.
/// </summary>
/// <remarks>
/// A table may not score every offence on every scale (the ACPO 2013 matrix did not score murder, which is always
/// charged): a missing score is <see langword="null"/>, never a default. The scales are never converted into one
/// another.
/// </remarks>
public sealed record GravityTableEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="offenceCode">The offence code the table is keyed by (a CJS or Home Office code); never blank.</param>
    /// <param name="description">The offence in words; never blank.</param>
    /// <param name="childGravityBaseScore">The NPCC Child Gravity Matrix base score, if the table has one.</param>
    /// <param name="acpoGravityScore">The ACPO 2013 score, if the table has one.</param>
    /// <param name="isVerified">Whether the scores were checked against the official matrix.</param>
    /// <param name="sourceNote">Where the scores come from, or <see langword="null"/>.</param>
    /// <exception cref="System.ArgumentException"><paramref name="offenceCode"/> or <paramref name="description"/> is blank.</exception>
    public GravityTableEntry(
        string offenceCode,
        string description,
        ChildGravityScore? childGravityBaseScore,
        AcpoGravityScore? acpoGravityScore,
        bool isVerified,
        string? sourceNote = null)
    {
        OffenceCode = Preconditions.CheckNotBlank(offenceCode, nameof(offenceCode));
        Description = Preconditions.CheckNotBlank(description, nameof(description));
        ChildGravityBaseScore = childGravityBaseScore;
        AcpoGravityScore = acpoGravityScore;
        IsVerified = isVerified;
        SourceNote = string.IsNullOrWhiteSpace(sourceNote) ? null : sourceNote;
    }

    /// <summary>The offence code the table is keyed by.</summary>
    public string OffenceCode { get; }

    /// <summary>The offence in words.</summary>
    public string Description { get; }

    /// <summary>The NPCC Child Gravity Matrix base score, or <see langword="null"/> when the table has none.</summary>
    public ChildGravityScore? ChildGravityBaseScore { get; }

    /// <summary>The ACPO 2013 score, or <see langword="null"/> when the table has none.</summary>
    public AcpoGravityScore? AcpoGravityScore { get; }

    /// <summary>
    /// Whether the scores were checked against the official matrix. Every entry of <see cref="GravityTable.Sample"/>
    /// is unverified.
    /// </summary>
    public bool IsVerified { get; }

    /// <summary>Where the scores come from, or <see langword="null"/>.</summary>
    public string? SourceNote { get; }
}
