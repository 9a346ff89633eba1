using YouthJustice.Domain.Offences;

namespace YouthJustice.Domain.Gravity;

/// <summary>
/// One offence in an <see cref="IGravityTable"/>: its code and description and its score on each police gravity
/// scale the table provides.
/// </summary>
/// <remarks>
/// A table may not score every offence on every scale (the ACPO 2013 matrix did not score murder, which is always
/// charged): a missing score is <see langword="null"/>, never a default. The scales (NPCC 1-5, ACPO 1-4, YJB
/// seriousness 1-8) are held side by side and never converted into one another.
/// </remarks>
public sealed record GravityTableEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="offenceCode">The offence code the table is keyed by (a CJS or Home Office code); never blank.</param>
    /// <param name="description">The offence in words; never blank.</param>
    /// <param name="childGravityBaseScore">The NPCC Child Gravity Matrix base score, if the table has one.</param>
    /// <param name="acpoGravityScore">The ACPO 2013 score, if the table has one.</param>
    /// <param name="isVerified">Whether the scores were checked against the official matrix.</param>
    /// <param name="category">The YJB offence category, if the table has one.</param>
    /// <param name="yjbSeriousness">The YJB offence seriousness score (1-8), if the table has one.</param>
    /// <param name="sourceNote">Where the scores come from, or <see langword="null"/>.</param>
    /// <exception cref="System.ArgumentException"><paramref name="offenceCode"/> or <paramref name="description"/> is blank.</exception>
    public GravityTableEntry(
        string offenceCode,
        string description,
        ChildGravityScore? childGravityBaseScore,
        AcpoGravityScore? acpoGravityScore,
        bool isVerified,
        OffenceCategory? category = null,
        SeriousnessScore? yjbSeriousness = null,
        string? sourceNote = null)
    {
        OffenceCode = Preconditions.CheckNotBlank(offenceCode, nameof(offenceCode));
        Description = Preconditions.CheckNotBlank(description, nameof(description));
        ChildGravityBaseScore = childGravityBaseScore;
        AcpoGravityScore = acpoGravityScore;
        IsVerified = isVerified;
        Category = category;
        YjbSeriousness = yjbSeriousness;
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

    /// <summary>The YJB offence category, or <see langword="null"/> when the table has none.</summary>
    public OffenceCategory? Category { get; }

    /// <summary>The YJB offence seriousness score (1-8), or <see langword="null"/> when the table has none. A different scale from the police matrices.</summary>
    public SeriousnessScore? YjbSeriousness { get; }

    /// <summary>
    /// Whether the scores were checked against the official matrix. Every entry of <see cref="GravityTable.Sample"/>
    /// is unverified.
    /// </summary>
    public bool IsVerified { get; }

    /// <summary>Where the scores come from, or <see langword="null"/>.</summary>
    public string? SourceNote { get; }
}
