using YouthJustice.Domain.Children;

namespace YouthJustice.Domain.Caseload;

/// <summary>How relative rate indices are calculated for a caseload: the reference group (White by default) and the small-numbers threshold (5 by default).</summary>
[Source("YouthJustice choice: reference group White and small numbers below 5, both configurable (no national standard found)", Confidence = Confidence.Low)]
public sealed record RelativeRatePolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="referenceGroup">The group others are compared with; not <see cref="EthnicityGroup.InformationNotObtainable"/>.</param>
    /// <param name="smallNumberThreshold">Counts below this are flagged: zero or more.</param>
    public RelativeRatePolicy(EthnicityGroup referenceGroup, int smallNumberThreshold)
    {
        ReferenceGroup = Preconditions.CheckNotNull(referenceGroup, nameof(referenceGroup));
        Preconditions.CheckArgument(referenceGroup != EthnicityGroup.InformationNotObtainable, nameof(referenceGroup), "'Information not obtainable' cannot be the reference group.");
        SmallNumberThreshold = Preconditions.CheckRange(smallNumberThreshold, nameof(smallNumberThreshold), 0, int.MaxValue);
    }

    /// <summary>White as the reference group; counts below 5 flagged.</summary>
    public static RelativeRatePolicy Default { get; } = new(EthnicityGroup.White, 5);

    /// <summary>The group others are compared with.</summary>
    public EthnicityGroup ReferenceGroup { get; }

    /// <summary>Counts below this are flagged as small numbers.</summary>
    public int SmallNumberThreshold { get; }
}
