namespace YouthJustice.Domain.Offences;

/// <summary>
/// The appeal status of a legal outcome (<c>outcomeAppealStatus</c>). An outcome <see cref="ChangedOnAppeal"/> or
/// whose appeal was <see cref="AppealSuccessful"/> is overturned and no KPI counts it (kpi-rules §1.2 rule 3).
/// </summary>
[Source("YJB KPI pipeline: outcomeAppealStatus not 'Changed on appeal' / 'Result of appeal successful' (kpi-rules §1.2)", Confidence = Confidence.High)]
public sealed class AppealStatus : SmartEnum<AppealStatus>
{
    /// <summary>An appeal has been made and not yet decided: the outcome stands for now.</summary>
    public static readonly AppealStatus AppealPending = new(nameof(AppealPending), 1, null, false);

    /// <summary>The outcome was changed on appeal (YJB text "Changed on appeal").</summary>
    public static readonly AppealStatus ChangedOnAppeal = new(nameof(ChangedOnAppeal), 2, "Changed on appeal", true);

    /// <summary>The appeal succeeded (YJB text "Result of appeal successful").</summary>
    public static readonly AppealStatus AppealSuccessful = new(nameof(AppealSuccessful), 3, "Result of appeal successful", true);

    /// <summary>The appeal failed: the outcome stands.</summary>
    public static readonly AppealStatus AppealUnsuccessful = new(nameof(AppealUnsuccessful), 4, null, false);

    private AppealStatus(string name, int value, string? yjbText, bool isOverturned)
        : base(name, value)
    {
        YjbText = yjbText;
        IsOverturned = isOverturned;
    }

    /// <summary>The YJB's text for this status where it was seen in the YJB's code, otherwise <see langword="null"/>.</summary>
    public string? YjbText { get; }

    /// <summary>Whether the outcome no longer stands (changed on appeal, or appeal successful).</summary>
    public bool IsOverturned { get; }

    /// <summary>Reads the interchange name (<c>ChangedOnAppeal</c>) or the YJB text ("Changed on appeal"). Never throws.</summary>
    /// <param name="text">The text; case-sensitive.</param>
    /// <returns>The status, or an <see cref="UnknownValueError"/> for field <c>appealStatus</c>.</returns>
    public static OneOf<AppealStatus, UnknownValueError> Parse(string? text) => SmartEnumText.Parse<AppealStatus>(text, "appealStatus", s => s.YjbText);
}
