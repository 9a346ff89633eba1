namespace YouthJustice.Domain.Inspection;

/// <summary>Whether a case sample was big enough under a <see cref="SampleSizeRule"/>.</summary>
/// <param name="RelevantCases">The number of relevant cases the sample was drawn from.</param>
/// <param name="SampleSize">The number of cases sampled.</param>
/// <param name="Required">The number the rule requires.</param>
public sealed record SampleSizeCheck(int RelevantCases, int SampleSize, int Required)
{
    /// <summary>Whether the sample reaches the required number.</summary>
    public bool IsMet => SampleSize >= Required;

    /// <summary>A sentence for a report.</summary>
    public string Message => IsMet
        ? $"{SampleSize} of {RelevantCases} relevant cases sampled; at least {Required} required: met."
        : $"{SampleSize} of {RelevantCases} relevant cases sampled; at least {Required} required: {Required - SampleSize} short.";
}
