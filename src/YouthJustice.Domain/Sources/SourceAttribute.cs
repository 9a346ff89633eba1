namespace YouthJustice.Domain.Sources;

/// <summary>
/// Names the statute, guidance or data specification that a rule, measure or reference value implements,
/// so that a reader can check the code against its source. A reflection test requires it on every rule and KPI type.
/// </summary>
/// <remarks>
/// The citation is written the way practitioners cite it ("Sentencing Act 2020 s.89(1)",
/// "YJB KPI guidance, KPI 1"). <see cref="EffectiveFrom"/> is an ISO date (<c>yyyy-MM-dd</c>) where the rule has one.
/// </remarks>
[AttributeUsage(
    AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field,
    AllowMultiple = true,
    Inherited = false)]
public sealed class SourceAttribute : Attribute
{
    /// <summary>Creates the attribute for the given citation.</summary>
    /// <param name="citation">The statute section or guidance paragraph, as practitioners cite it; never blank.</param>
    public SourceAttribute(string citation)
    {
        Citation = Preconditions.CheckNotBlank(citation, nameof(citation));
    }

    /// <summary>The statute section or guidance paragraph.</summary>
    public string Citation { get; }

    /// <summary>A public address where the source can be read, or <see langword="null"/>.</summary>
    public string? Url { get; init; }

    /// <summary>The ISO date (<c>yyyy-MM-dd</c>) from which the rule applies, or <see langword="null"/> where it has no start date.</summary>
    public string? EffectiveFrom { get; init; }

    /// <summary>How sure the project is of this rule; see <see cref="Sources.Confidence"/>.</summary>
    public Confidence Confidence { get; init; } = Confidence.High;
}
