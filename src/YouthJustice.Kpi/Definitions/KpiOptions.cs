using System;
using System.Collections.Generic;
using NodaTime;
using YouthJustice.Domain;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Sources;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Kpi;

/// <summary>
/// Settings of a <see cref="KpiEngine"/> that the guidance leaves to the user: the date the data are complete to
/// ("data as at", which decides whether a proven-reoffending cohort is final), the offence categories that never
/// count as a proven reoffence, and the <see cref="Profile"/> (the guidance's definitions, the default, or the YJB
/// pipeline's behaviours where they differ).
/// </summary>
/// <remarks>
/// <para>Nothing in the engine reads the clock: when <see cref="DataAsAt"/> is not given, the engine takes the latest
/// date present in the service's case records (kpi-rules §13.18).</para>
/// <para>The MoJ <i>Guide to proven reoffending statistics</i> lists offences that do not count as reoffences (breach
/// offences among them), but the list itself could not be read (kpi-rules §3.2 [L]); by default no category is
/// excluded. <see cref="BreachCategories"/> is the ready-made set of the three YJB breach categories.</para>
/// </remarks>
/// <example>
/// <code>
/// var engine = new KpiEngine(new KpiOptions(new LocalDate(2025, 6, 30), KpiOptions.BreachCategories));
/// </code>
/// </example>
[Source("kpi-rules §3.2 (offences excluded from reoffending: not confirmed [L]), §13.18 (data as at)", Confidence = Confidence.Low)]
public sealed class KpiOptions
{
    /// <summary>Creates options.</summary>
    /// <param name="dataAsAt">
    /// The date the data are complete to; <see langword="null"/> (or the 1900-01-01 sentinel) means the latest date
    /// present in the service's data. Nothing dated after it is read by the proven-reoffending measure.
    /// </param>
    /// <param name="excludedReoffenceCategories">
    /// Offence categories whose offences never count as proven reoffences; <see langword="null"/> or empty excludes
    /// none (the default). Duplicates are ignored; a <see langword="null"/> entry is refused.
    /// </param>
    /// <exception cref="ArgumentException">An entry of <paramref name="excludedReoffenceCategories"/> is null.</exception>
    public KpiOptions(LocalDate? dataAsAt = null, IEnumerable<OffenceCategory>? excludedReoffenceCategories = null)
    {
        DataAsAt = NoDate.Normalize(dataAsAt);
        var categories = new List<OffenceCategory>();
        if (excludedReoffenceCategories is not null)
        {
            foreach (var category in excludedReoffenceCategories)
            {
                Preconditions.CheckArgument(category is not null, nameof(excludedReoffenceCategories), "An excluded offence category is null.");
                if (!categories.Contains(category!))
                {
                    categories.Add(category!);
                }
            }
        }

        categories.Sort((a, b) => a.Value.CompareTo(b.Value));
        ExcludedReoffenceCategories = categories.ToArray();
    }

    /// <summary>The defaults: data as at the latest date in the data; no offence category excluded from reoffending.</summary>
    public static KpiOptions Default { get; } = new();

    /// <summary>
    /// The three YJB breach categories (breach of bail, of a conditional discharge and of a statutory order), for
    /// users who exclude breaches from proven reoffences as the MoJ guide is understood to do [L].
    /// </summary>
    public static IReadOnlyList<OffenceCategory> BreachCategories { get; } =
    [
        OffenceCategory.BreachOfBail,
        OffenceCategory.BreachOfConditionalDischarge,
        OffenceCategory.BreachOfStatutoryOrder,
    ];

    /// <summary>
    /// Which counting the engine follows: <see cref="KpiProfile.Guidance"/> (the default and the project's contract) or
    /// the YJB pipeline's behaviours where they differ from it (<see cref="KpiProfile.YjbPipeline"/>, or a subset built
    /// with <see cref="KpiProfile.With"/>; yjaf-case-level §6.1, §6.8–§6.11).
    /// </summary>
    public KpiProfile Profile { get; init; } = KpiProfile.Guidance;

    /// <summary>The date the data are complete to, or <see langword="null"/> for the latest date present in the data.</summary>
    public LocalDate? DataAsAt { get; }

    /// <summary>Offence categories whose offences never count as proven reoffences, in category order (empty by default).</summary>
    public IReadOnlyList<OffenceCategory> ExcludedReoffenceCategories { get; }

    /// <summary>The same options with another profile.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>New options; these are unchanged.</returns>
    public KpiOptions WithProfile(KpiProfile profile)
        => new(DataAsAt, ExcludedReoffenceCategories) { Profile = Preconditions.CheckNotNull(profile, nameof(profile)) };

    /// <summary>Whether offences of <paramref name="category"/> are excluded from proven reoffences.</summary>
    /// <param name="category">The offence category.</param>
    /// <returns><see langword="true"/> when excluded.</returns>
    public bool ExcludesFromReoffending(OffenceCategory category)
    {
        Preconditions.CheckNotNull(category, nameof(category));
        foreach (var excluded in ExcludedReoffenceCategories)
        {
            if (excluded == category)
            {
                return true;
            }
        }

        return false;
    }
}
