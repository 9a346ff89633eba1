namespace YouthJustice.Domain.Outcomes;

/// <summary>A point after the end of an intervention at which outcomes are tracked: 3, 6, 9 or 12 months.</summary>
/// <remarks>
/// The point falls <see cref="Months"/> calendar months after the intervention's last day; where that day does not exist
/// in the month the point is the month's last day (31 August + 6 months = 28 February or 29 February in a leap year).
/// <c>Value</c> is the number of months.
/// </remarks>
[Source("Local post-closure outcome tracking at 3, 6, 9 and 12 months (e.g. Leicester CYPJS community resolution and prevention team reports, 2022)", Confidence = Confidence.Medium)]
public sealed class FollowUpPoint : SmartEnum<FollowUpPoint>
{
    /// <summary>Three months after the end.</summary>
    public static readonly FollowUpPoint ThreeMonths = new(nameof(ThreeMonths), 3);

    /// <summary>Six months after the end.</summary>
    public static readonly FollowUpPoint SixMonths = new(nameof(SixMonths), 6);

    /// <summary>Nine months after the end.</summary>
    public static readonly FollowUpPoint NineMonths = new(nameof(NineMonths), 9);

    /// <summary>Twelve months after the end.</summary>
    public static readonly FollowUpPoint TwelveMonths = new(nameof(TwelveMonths), 12);

    private FollowUpPoint(string name, int value)
        : base(name, value)
    {
    }

    /// <summary>Reads the name (<c>SixMonths</c>) or the number of months (<c>6</c>), case-sensitively.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The point, or an <see cref="UnknownValueError"/> for field <c>followUpPoint</c>.</returns>
    public static OneOf<FollowUpPoint, UnknownValueError> Parse(string? text) => SmartEnumText.Parse<FollowUpPoint>(text, "followUpPoint", p => p.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The four points in order.</summary>
    public static IReadOnlyList<FollowUpPoint> All { get; } = [ThreeMonths, SixMonths, NineMonths, TwelveMonths];

    /// <summary>The months after the end of the intervention.</summary>
    public int Months => Value;

    /// <summary>The date of this point for an intervention that ended on <paramref name="interventionEnd"/>.</summary>
    /// <param name="interventionEnd">The intervention's last day.</param>
    /// <returns>The date <see cref="Months"/> months later (the month's last day when the day does not exist).</returns>
    public LocalDate DueOn(LocalDate interventionEnd) => interventionEnd.PlusMonths(Months);
}
