namespace YouthJustice.Domain.Children;

/// <summary>
/// A child's sex as recorded in YJB case-level data: <c>1</c> = male, <c>2</c> = female (older data calls the field
/// <c>gender</c>); <see cref="NotKnown"/> when it was not recorded.
/// </summary>
[Source("YJB case-level data: person_details.sex, 1 = male, 2 = female (kpi-rules §6.1)", Confidence = Confidence.High)]
public sealed class Sex : SmartEnum<Sex>
{
    /// <summary>Male (YJB code <c>1</c>).</summary>
    public static readonly Sex Male = new(nameof(Male), 1, "1");

    /// <summary>Female (YJB code <c>2</c>).</summary>
    public static readonly Sex Female = new(nameof(Female), 2, "2");

    /// <summary>Not known or not recorded. The YJB data has no code for it.</summary>
    public static readonly Sex NotKnown = new(nameof(NotKnown), 0, null);

    private Sex(string name, int value, string? yjbCode)
        : base(name, value)
    {
        YjbCode = yjbCode;
    }

    /// <summary>The YJB code (<c>1</c>, <c>2</c>), or <see langword="null"/> where the YJB has none.</summary>
    public string? YjbCode { get; }

    /// <summary>Reads the interchange name (<c>Male</c>, <c>Female</c>, <c>NotKnown</c>) or the YJB code (<c>1</c>, <c>2</c>). Never throws.</summary>
    /// <param name="text">The text; names are case-sensitive.</param>
    /// <returns>The value, or an <see cref="UnknownValueError"/> for field <c>sex</c>.</returns>
    public static OneOf<Sex, UnknownValueError> Parse(string? text) => SmartEnumText.Parse<Sex>(text, "sex", s => s.YjbCode);
}
