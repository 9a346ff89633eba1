namespace YouthJustice.Domain.Children;

/// <summary>
/// A way of splitting children aged 10 and over into <see cref="AgeBand"/>s. Each scheme's bands do not overlap and
/// cover every age from 10 up to its last band.
/// </summary>
[Source("YJB KPI pipeline: demographic age bands (kpi-rules §2.3, §2.9)", Confidence = Confidence.High)]
public sealed class AgeBandScheme : SmartEnum<AgeBandScheme>
{
    /// <summary>10–14 and 15–17, used by KPI demographic sub-measures (3, 9f) from case-level data.</summary>
    public static readonly AgeBandScheme KpiDemographics = new(nameof(KpiDemographics), 1, [AgeBand.Aged10To14, AgeBand.Aged15To17]);

    /// <summary>10–15 and 16–17, used by the KPI 9 serious-violence template rows.</summary>
    public static readonly AgeBandScheme SeriousViolenceTemplate = new(nameof(SeriousViolenceTemplate), 2, [AgeBand.Aged10To15, AgeBand.Aged16To17]);

    /// <summary>10–13, 14, 15, 16 and 17+, used by caseload profiles.</summary>
    public static readonly AgeBandScheme CaseloadProfile = new(
        nameof(CaseloadProfile), 3, [AgeBand.Aged10To13, AgeBand.Aged14, AgeBand.Aged15, AgeBand.Aged16, AgeBand.Aged17AndOver]);

    private readonly AgeBand[] _bands;

    private AgeBandScheme(string name, int value, AgeBand[] bands)
        : base(name, value)
    {
        _bands = bands;
    }

    /// <summary>The bands, youngest first.</summary>
    public IReadOnlyList<AgeBand> Bands => _bands;

    /// <summary>The band containing <paramref name="age"/>, or <see langword="null"/> when no band of this scheme does (under 10, or 18+ where the scheme stops at 17).</summary>
    /// <param name="age">The age.</param>
    /// <returns>The band, or <see langword="null"/>.</returns>
    public AgeBand? BandFor(Age age)
    {
        foreach (var band in _bands)
        {
            if (band.Contains(age))
            {
                return band;
            }
        }

        return null;
    }

    /// <summary>Reads the name (<c>KpiDemographics</c>). Never throws.</summary>
    /// <param name="text">The text; case-sensitive.</param>
    /// <returns>The value, or an <see cref="UnknownValueError"/> for field <c>ageBandScheme</c>.</returns>
    public static OneOf<AgeBandScheme, UnknownValueError> Parse(string? text) => SmartEnumText.Parse<AgeBandScheme>(text, "ageBandScheme", _ => null);
}
