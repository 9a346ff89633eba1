using Ardalis.SmartEnum;
using YouthJustice.Domain.Sources;

namespace YouthJustice.Kpi.Results;

/// <summary>
/// What a measure's value means: a percentage, a rate per so many children, or a plain ratio.
/// The <see cref="SmartEnum{TEnum, TValue}.Name"/> is the token written in the KPI return (<c>"unit": "percent"</c>).
/// </summary>
[Source("shared/spec/interchange.md, The KPI return; kpi-rules §3.4 (rates per 1,000 / 10,000 / 100,000)")]
public sealed class MeasureUnit : SmartEnum<MeasureUnit>
{
    /// <summary>Numerator ÷ denominator × 100.</summary>
    public static readonly MeasureUnit Percent = new("percent", 1, 100, "%");

    /// <summary>Numerator ÷ population × 1,000 (use of custody).</summary>
    public static readonly MeasureUnit Per1000 = new("per1000", 2, 1_000, " per 1,000");

    /// <summary>Numerator ÷ population × 10,000 (serious violence, KPI 9).</summary>
    public static readonly MeasureUnit Per10000 = new("per10000", 3, 10_000, " per 10,000");

    /// <summary>Numerator ÷ population × 100,000 (first-time entrants).</summary>
    public static readonly MeasureUnit Per100000 = new("per100000", 4, 100_000, " per 100,000");

    /// <summary>Numerator ÷ denominator, unscaled (frequency of reoffending, reoffences per reoffender).</summary>
    public static readonly MeasureUnit Ratio = new("ratio", 5, 1, string.Empty);

    /// <summary>A plain count: the value is the numerator; the denominator is not used.</summary>
    public static readonly MeasureUnit Count = new("count", 6, 1, string.Empty);

    private MeasureUnit(string name, int value, int scale, string suffix)
        : base(name, value)
    {
        Scale = scale;
        DisplaySuffix = suffix;
    }

    /// <summary>The factor the exact quotient is multiplied by (100 for a percentage).</summary>
    public int Scale { get; }

    /// <summary>Text shown after a displayed value ("%", " per 10,000").</summary>
    public string DisplaySuffix { get; }
}
