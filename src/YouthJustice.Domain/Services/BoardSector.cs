namespace YouthJustice.Domain.Services;

/// <summary>
/// A sector represented at a youth justice service's management board. The five statutory sectors are local-authority
/// children's social care, local-authority education, police, probation and health; "other" partners are recorded
/// but excluded from the management-board attendance KPI by agreement (kpi-rules §2.8).
/// </summary>
[Source("YJB KPI pipeline: kpi8_mba_v1, five statutory sectors plus other (kpi-rules §2.8; Crime and Disorder Act 1998 s.39)", Confidence = Confidence.High)]
public sealed class BoardSector : SmartEnum<BoardSector>
{
    /// <summary>Local-authority children's social care (statutory).</summary>
    public static readonly BoardSector ChildrensSocialCare = new(nameof(ChildrensSocialCare), 1, true, "LA children's social care");

    /// <summary>Local-authority education (statutory).</summary>
    public static readonly BoardSector Education = new(nameof(Education), 2, true, "LA education");

    /// <summary>Police (statutory).</summary>
    public static readonly BoardSector Police = new(nameof(Police), 3, true, "Police");

    /// <summary>Probation (statutory).</summary>
    public static readonly BoardSector Probation = new(nameof(Probation), 4, true, "Probation");

    /// <summary>Health (statutory).</summary>
    public static readonly BoardSector Health = new(nameof(Health), 5, true, "Health");

    /// <summary>Any other partner: not statutory, not counted in the KPI.</summary>
    public static readonly BoardSector Other = new(nameof(Other), 6, false, "Other");

    private BoardSector(string name, int value, bool isStatutory, string label)
        : base(name, value)
    {
        IsStatutory = isStatutory;
        Label = label;
    }

    /// <summary>The number of statutory sectors, 5: the denominator of the management-board attendance KPI.</summary>
    public const int StatutorySectorCount = 5;

    /// <summary>Whether this is one of the five statutory sectors.</summary>
    public bool IsStatutory { get; }

    /// <summary>A readable label ("LA children's social care").</summary>
    public string Label { get; }

    /// <summary>Reads the interchange name (<c>ChildrensSocialCare</c>). Never throws.</summary>
    /// <param name="text">The text; case-sensitive.</param>
    /// <returns>The sector, or an <see cref="UnknownValueError"/> for field <c>sector</c>.</returns>
    public static OneOf<BoardSector, UnknownValueError> Parse(string? text) => SmartEnumText.Parse<BoardSector>(text, "sector", _ => null);
}
