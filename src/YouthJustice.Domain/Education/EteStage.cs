namespace YouthJustice.Domain.Education;

/// <summary>
/// Which part of the KPI 2 template an ETE provision belongs to: school age (of compulsory school age), above school
/// age, or none (no ETE).
/// </summary>
[Source("YJB KPI 2 template: school-age and above-school-age rows (kpi-rules §2.2)", Confidence = Confidence.High)]
public sealed class EteStage : SmartEnum<EteStage>
{
    /// <summary>Provision for a child of compulsory school age (full time = 25 hours a week or more).</summary>
    public static readonly EteStage SchoolAge = new(nameof(SchoolAge), 1);

    /// <summary>Provision for a young person above compulsory school age (full time = 16 hours a week or more).</summary>
    public static readonly EteStage AboveSchoolAge = new(nameof(AboveSchoolAge), 2);

    /// <summary>No ETE.</summary>
    public static readonly EteStage None = new(nameof(None), 0);

    private EteStage(string name, int value)
        : base(name, value)
    {
    }

    /// <summary>Reads the name (<c>SchoolAge</c>). Never throws.</summary>
    /// <param name="text">The text; case-sensitive.</param>
    /// <returns>The value, or an <see cref="UnknownValueError"/> for field <c>stage</c>.</returns>
    public static OneOf<EteStage, UnknownValueError> Parse(string? text) => SmartEnumText.Parse<EteStage>(text, "stage", _ => null);
}
