namespace YouthJustice.Domain.Gravity;

/// <summary>
/// Offence-level gravity scores as reference data: a versioned table, in force for a date range, that gives each
/// offence code its police gravity scores.
/// </summary>
/// <remarks>
/// The official NPCC Child Gravity Matrix offence table (and the ACPO 2013 one) could not be read in a primary source
/// for this library (domain-rules §2.5, §7 #7): callers load the official table they use.
/// <see cref="GravityTable.Sample"/> is an unverified illustration only. An offence that is not in the table is an
/// <see cref="UnknownOffenceError"/>, never a default score.
/// </remarks>
public interface IGravityTable
{
    /// <summary>The table's version as its publisher names it (for example "NPCC CGM 2023 v1.2").</summary>
    string Version { get; }

    /// <summary>The first day the table applies.</summary>
    LocalDate EffectiveFrom { get; }

    /// <summary>The last day the table applies, or <see langword="null"/> while it is current.</summary>
    LocalDate? EffectiveUntil { get; }

    /// <summary>Whether every entry was checked against the official matrix.</summary>
    bool IsVerified { get; }

    /// <summary>Every entry, in the table's order.</summary>
    IReadOnlyList<GravityTableEntry> Entries { get; }

    /// <summary>Whether the table applies on a date (between <see cref="EffectiveFrom"/> and <see cref="EffectiveUntil"/> inclusive).</summary>
    /// <param name="date">The date of the decision.</param>
    /// <returns><see langword="true"/> when the table applies.</returns>
    bool AppliesOn(LocalDate date);

    /// <summary>Looks an offence up by its code.</summary>
    /// <param name="offenceCode">The offence code.</param>
    /// <returns>The entry, or an <see cref="UnknownOffenceError"/> when the table has no such offence.</returns>
    OneOf<GravityTableEntry, UnknownOffenceError> Find(string? offenceCode);
}
