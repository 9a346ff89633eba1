namespace YouthJustice.Domain.Cases;

/// <summary>
/// A practitioner's recorded judgement of whether an accommodation or ETE arrangement is suitable: <c>SUITABLE</c>,
/// <c>UNSUITABLE</c> or <c>UNKNOWN</c> in YJB data. The YJB never derives it from hours or type (kpi-rules §2.2).
/// </summary>
/// <remarks>
/// For the KPIs, <see cref="Unknown"/> counts as unsuitable: a child is in suitable accommodation or ETE at a time point
/// only when every record present then is <see cref="Suitable"/> (kpi-rules §2.1, §2.2).
/// </remarks>
[Source("YJB KPI pipeline: kpi1AccommodationSuitability / ete suitability (kpi-rules §2.1, §2.2)", Confidence = Confidence.High)]
public sealed class Suitability : SmartEnum<Suitability>
{
    /// <summary>Suitable (YJB <c>SUITABLE</c>).</summary>
    public static readonly Suitability Suitable = new(nameof(Suitable), 1, "SUITABLE", true);

    /// <summary>Unsuitable (YJB <c>UNSUITABLE</c>).</summary>
    public static readonly Suitability Unsuitable = new(nameof(Unsuitable), 2, "UNSUITABLE", false);

    /// <summary>Recorded as unknown (YJB <c>UNKNOWN</c>); counts as unsuitable.</summary>
    public static readonly Suitability Unknown = new(nameof(Unknown), 3, "UNKNOWN", false);

    private Suitability(string name, int value, string yjbCode, bool countsAsSuitable)
        : base(name, value)
    {
        YjbCode = yjbCode;
        CountsAsSuitable = countsAsSuitable;
    }

    /// <summary>The YJB code (<c>SUITABLE</c>, <c>UNSUITABLE</c>, <c>UNKNOWN</c>).</summary>
    public string YjbCode { get; }

    /// <summary>Whether the KPIs count this as suitable: only <see cref="Suitable"/>.</summary>
    public bool CountsAsSuitable { get; }

    /// <summary>Reads the interchange name (<c>Suitable</c>) or the YJB code (<c>SUITABLE</c>). Never throws.</summary>
    /// <param name="text">The text; case-sensitive.</param>
    /// <returns>The value, or an <see cref="UnknownValueError"/> for field <c>suitability</c>.</returns>
    public static OneOf<Suitability, UnknownValueError> Parse(string? text) => SmartEnumText.Parse<Suitability>(text, "suitability", s => s.YjbCode);
}
