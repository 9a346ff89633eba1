using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Children;

namespace YouthJustice.Domain.Caseload;

/// <summary>
/// One child on the caseload as a profile counts them: sex, ethnicity group, age band and care status, each of which
/// may be "not known".
/// </summary>
public sealed record CaseloadEntry
{
    /// <summary>The order in which a child's concurrent care statuses are read: the first one open on the date counts.</summary>
    private static readonly CareStatus[] Precedence =
    [
        Children.CareStatus.LookedAfter, Children.CareStatus.ChildProtectionPlan, Children.CareStatus.ChildInNeed, Children.CareStatus.EarlyHelp,
        Children.CareStatus.EarlyHelpReferral, Children.CareStatus.CareLeaver, Children.CareStatus.None,
    ];

    /// <summary>Creates an entry.</summary>
    /// <param name="child">The child's pseudonymous identifier; not the default value.</param>
    /// <param name="sex">The child's sex (<see cref="Children.Sex.NotKnown"/> when not recorded).</param>
    /// <param name="ethnicityGroup">The YJB ethnicity group (<see cref="Children.EthnicityGroup.InformationNotObtainable"/> when not known).</param>
    /// <param name="ageBand">A band of <see cref="AgeBandScheme.CaseloadProfile"/> (10–13, 14, 15, 16, 17+), or <see langword="null"/> when the age is not known.</param>
    /// <param name="careStatus">The care status, or <see langword="null"/> when not known.</param>
    public CaseloadEntry(ChildId child, Sex sex, EthnicityGroup ethnicityGroup, AgeBand? ageBand, CareStatus? careStatus)
    {
        Preconditions.CheckArgument(child.Value.Length > 0, nameof(child), "The child's identifier must be given.");
        Preconditions.CheckArgument(
            ageBand is null || AgeBandScheme.CaseloadProfile.Bands.Contains(ageBand),
            nameof(ageBand),
            $"The age band must be one of the caseload bands ({string.Join(", ", AgeBandScheme.CaseloadProfile.Bands.Select(b => b.Label))}); was {ageBand?.Label}.");
        Child = child;
        Sex = Preconditions.CheckNotNull(sex, nameof(sex));
        EthnicityGroup = Preconditions.CheckNotNull(ethnicityGroup, nameof(ethnicityGroup));
        AgeBand = ageBand;
        CareStatus = careStatus;
    }

    /// <summary>The child's pseudonymous identifier.</summary>
    public ChildId Child { get; }

    /// <summary>The child's sex.</summary>
    public Sex Sex { get; }

    /// <summary>The YJB ethnicity group.</summary>
    public EthnicityGroup EthnicityGroup { get; }

    /// <summary>The caseload age band, or <see langword="null"/> when the age is not known.</summary>
    public AgeBand? AgeBand { get; }

    /// <summary>The care status, or <see langword="null"/> when not known.</summary>
    public CareStatus? CareStatus { get; }

    /// <summary>
    /// Reads a child's case record as at a date: age band from the date of birth (none when it is missing or the child is
    /// under 10), and the care status open on the date (looked after first, then child protection plan, child in need,
    /// early help, early help referral, care leaver); with no care-status record open the status is
    /// <see cref="CareStatus.None"/>, as the wider-services KPI reads it.
    /// </summary>
    /// <param name="child">The case record.</param>
    /// <param name="asAt">The date of the profile.</param>
    /// <returns>The entry.</returns>
    public static CaseloadEntry From(ChildCase child, LocalDate asAt)
    {
        Preconditions.CheckNotNull(child, nameof(child));
        var age = child.AgeOn(asAt);
        var band = age is { } a ? AgeBandScheme.CaseloadProfile.BandFor(a) : null;
        var open = child.CareStatus.Where(p => StatusPeriodRules.IsAtEnd(p, asAt)).Select(p => p.Status).ToHashSet();
        var care = Precedence.FirstOrDefault(open.Contains) ?? Children.CareStatus.None;
        return new CaseloadEntry(child.Id, child.Sex, child.Ethnicity.Group, band, care);
    }
}
