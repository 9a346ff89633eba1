namespace YouthJustice.Kpi.Engine;

/// <summary>
/// Why a child got a status on a measure, as data: a template (a string literal, so passing it allocates nothing),
/// the record that decided it and a day. Only an explanation turns it into text: <c>{record}</c> becomes a
/// description of the record and <c>{day}</c> the ISO date.
/// </summary>
/// <param name="Template">The sentence, with optional <c>{record}</c> and <c>{day}</c> placeholders.</param>
/// <param name="Kind">The list the record is in.</param>
/// <param name="Row">The global row of the record in the <see cref="CaseTable"/>, or -1.</param>
/// <param name="Day">A day number for <c>{day}</c>, or <see cref="Days.None"/>.</param>
internal readonly record struct Reason(string Template, RecordKind Kind = RecordKind.None, int Row = -1, int Day = Days.None)
{
    /// <summary>
    /// The words for a record present at the start of a custodial order only through the custody window: it ended on
    /// the day before custody began ({day}), which the window counts (kpi-rules §1.4, §13.20).
    /// </summary>
    public const string AtStartThroughCustodyWindow =
        "{record}, which ended on {day}, the day before custody began: present at the start of a custodial order (kpi-rules §13.20)";
}
