namespace YouthJustice.Domain.Children;

/// <summary>
/// An age band used to break down KPI figures and caseload profiles. Each band belongs to one
/// <see cref="AgeBandScheme"/>: 10–14 / 15–17 (KPI demographics), 10–15 / 16–17 (serious-violence template) and
/// 10–13, 14, 15, 16, 17+ (caseload profiles).
/// </summary>
[Source("YJB KPI pipeline: age bands 10-14/15-17 (KPIs 3, 9f), 10-15/16-17 (KPI 9 template) (kpi-rules §2.3, §2.9)", Confidence = Confidence.High)]
public sealed class AgeBand : SmartEnum<AgeBand>
{
    /// <summary>10–14 (KPI demographic breakdowns).</summary>
    public static readonly AgeBand Aged10To14 = new(nameof(Aged10To14), 1, 10, 14, "10-14");

    /// <summary>15–17 (KPI demographic breakdowns).</summary>
    public static readonly AgeBand Aged15To17 = new(nameof(Aged15To17), 2, 15, 17, "15-17");

    /// <summary>10–15 (serious-violence template rows).</summary>
    public static readonly AgeBand Aged10To15 = new(nameof(Aged10To15), 3, 10, 15, "10-15");

    /// <summary>16–17 (serious-violence template rows).</summary>
    public static readonly AgeBand Aged16To17 = new(nameof(Aged16To17), 4, 16, 17, "16-17");

    /// <summary>10–13 (caseload profile).</summary>
    public static readonly AgeBand Aged10To13 = new(nameof(Aged10To13), 5, 10, 13, "10-13");

    /// <summary>14 (caseload profile).</summary>
    public static readonly AgeBand Aged14 = new(nameof(Aged14), 6, 14, 14, "14");

    /// <summary>15 (caseload profile).</summary>
    public static readonly AgeBand Aged15 = new(nameof(Aged15), 7, 15, 15, "15");

    /// <summary>16 (caseload profile).</summary>
    public static readonly AgeBand Aged16 = new(nameof(Aged16), 8, 16, 16, "16");

    /// <summary>17 and over (caseload profile: includes those who turned 18 during an order).</summary>
    public static readonly AgeBand Aged17AndOver = new(nameof(Aged17AndOver), 9, 17, null, "17+");

    private AgeBand(string name, int value, int minYears, int? maxYears, string label)
        : base(name, value)
    {
        MinYears = minYears;
        MaxYears = maxYears;
        Label = label;
    }

    /// <summary>The youngest age in the band.</summary>
    public int MinYears { get; }

    /// <summary>The oldest age in the band, or <see langword="null"/> when it has no upper limit.</summary>
    public int? MaxYears { get; }

    /// <summary>The label used in returns and tables ("10-14", "17+").</summary>
    public string Label { get; }

    /// <summary>Whether <paramref name="age"/> is in this band.</summary>
    /// <param name="age">The age.</param>
    /// <returns><see langword="true"/> when <see cref="MinYears"/> ≤ age ≤ <see cref="MaxYears"/>.</returns>
    public bool Contains(Age age) => age.Years >= MinYears && (MaxYears is null || age.Years <= MaxYears);

    /// <summary>Reads the name (<c>Aged10To14</c>) or the label (<c>10-14</c>). Never throws.</summary>
    /// <param name="text">The text; case-sensitive.</param>
    /// <returns>The band, or an <see cref="UnknownValueError"/> for field <c>ageBand</c>.</returns>
    public static OneOf<AgeBand, UnknownValueError> Parse(string? text) => SmartEnumText.Parse<AgeBand>(text, "ageBand", b => b.Label);
}
