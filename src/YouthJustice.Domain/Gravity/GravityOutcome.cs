using YouthJustice.Domain.Disposals;

namespace YouthJustice.Domain.Gravity;

/// <summary>
/// The kind of outcome a police gravity score points a decision maker towards, from the least formal
/// (<see cref="NoFurtherAction"/>) to the most (<see cref="Charge"/>).
/// </summary>
/// <remarks>
/// <para>
/// These are the outcome bands of the NPCC Child Gravity Matrix (2023): 1 no further action, 2 an informal
/// out-of-court disposal, 3 a youth caution, 4 a youth conditional caution, 5 normally charge. The legacy ACPO 2013
/// matrix points to the same bands, sometimes two at once (see <see cref="AcpoGravityScore.IndicatedOutcomes"/>).
/// </para>
/// <para>
/// <see cref="SmartEnum{TEnum,TValue}.Value"/> is the rank: a higher value is a more formal outcome. A gravity score only
/// <em>indicates</em> an outcome: the decision maker may depart from it with a recorded rationale and the police
/// have the final say (NPCC Child Gravity Matrix; YJ Resource Hub, updated October 2023).
/// </para>
/// </remarks>
[Source("NPCC Child Gravity Matrix (2023, updated February 2025): outcome bands 1-5",
    Url = "https://yjlc.uk/resources/legal-updates/npcc-child-gravity-matrix-key-changes",
    Confidence = Confidence.High)]
public sealed class GravityOutcome : SmartEnum<GravityOutcome>
{
    /// <summary>No further action: the evidential or the public-interest test is not met (rank 1).</summary>
    public static readonly GravityOutcome NoFurtherAction = new(
        nameof(NoFurtherAction), 1, "No further action (evidential and/or public-interest test not met)", Disposals.Disposal.NoFurtherAction);

    /// <summary>
    /// An informal out-of-court disposal such as a community resolution, or other non-statutory diversion
    /// (Outcome 22, deferred caution or prosecution) (rank 2). Not a formal disposal: no first-time entry.
    /// </summary>
    public static readonly GravityOutcome InformalOutOfCourtDisposal = new(
        nameof(InformalOutOfCourtDisposal), 2, "Informal out-of-court disposal (for example a community resolution)", Disposals.Disposal.CommunityResolution);

    /// <summary>A youth caution, Crime and Disorder Act 1998 s.66ZA (rank 3).</summary>
    public static readonly GravityOutcome YouthCaution = new(nameof(YouthCaution), 3, "Youth caution", Disposals.Disposal.YouthCaution);

    /// <summary>A youth conditional caution, Crime and Disorder Act 1998 s.66A (rank 4).</summary>
    public static readonly GravityOutcome YouthConditionalCaution = new(
        nameof(YouthConditionalCaution), 4, "Youth conditional caution", Disposals.Disposal.YouthConditionalCaution);

    /// <summary>The case should normally result in a charge (rank 5).</summary>
    public static readonly GravityOutcome Charge = new(nameof(Charge), 5, "Normally charge", null);

    private GravityOutcome(string name, int value, string description, Disposal? typicalDisposal)
        : base(name, value)
    {
        Description = description;
        TypicalDisposal = typicalDisposal;
    }

    /// <summary>The band in plain words, as a decision record would show it.</summary>
    public string Description { get; }

    /// <summary>
    /// The disposal on the ladder this band usually leads to: <see cref="Disposal.NoFurtherAction"/>,
    /// <see cref="Disposal.CommunityResolution"/> (the band also covers Outcome 22 and deferred cautions),
    /// <see cref="Disposal.YouthCaution"/>, <see cref="Disposal.YouthConditionalCaution"/>; <see langword="null"/> for
    /// <see cref="Charge"/>, which leads to court rather than to a disposal.
    /// </summary>
    public Disposal? TypicalDisposal { get; }

    /// <summary>Whether this outcome is a formal out-of-court disposal (a youth caution or a youth conditional caution).</summary>
    public bool IsFormalOutOfCourtDisposal => this == YouthCaution || this == YouthConditionalCaution;
}
