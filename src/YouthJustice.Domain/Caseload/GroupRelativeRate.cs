using YouthJustice.Domain.Children;

namespace YouthJustice.Domain.Caseload;

/// <summary>The relative rate index of one ethnicity group against the reference group.</summary>
/// <param name="Group">The group.</param>
/// <param name="Reference">The reference group.</param>
/// <param name="Rate">The index, its interval and flags.</param>
public sealed record GroupRelativeRate(EthnicityGroup Group, EthnicityGroup Reference, RelativeRate Rate)
{
    /// <inheritdoc />
    public override string ToString() => $"{Group.YjbLabel} vs {Reference.YjbLabel}: {Rate}";
}
