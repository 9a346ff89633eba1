namespace YouthJustice.Domain.Disposals.Limits;

/// <summary>
/// The dates of a detention and training order (DTO): its end, the half-way point at which the child is released to
/// supervision, and the early- and late-release windows (Sentencing Act 2020 s.241).
/// </summary>
/// <remarks>
/// <para>
/// The period of detention and training is half the term; the rest is supervision by the youth justice service
/// (s.241(2)). For a term of 8 months or more but less than 18 the Secretary of State may release up to 1 month before
/// the half-way point, and a youth court may order release 1 month after it; for 18 months or more, up to 2 months
/// before, or 1 or 2 months after (s.241(4)–(5)). Shorter terms have neither. Compassionate release at any time is not
/// modelled.
/// </para>
/// <para>
/// Arithmetic (domain-rules §1.6 Choice, decision DL8, [L]): the term ends on <c>start + term − 1 day</c>; the half-way
/// point is <c>start + floor(total days ÷ 2)</c>, where total days run from the start to the day after the end; the
/// early-release window runs from the half-way point minus 1 (or 2) months to the half-way point; late release is the
/// half-way point plus 1 (or 2) months. Odd-month terms (legal since 28 June 2022) work the same way.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var dto = new DetentionAndTrainingOrderSchedule(new LocalDate(2024, 1, 1), Period.FromMonths(12));
/// // dto.End == 2024-12-31; dto.HalfwayPoint == 2024-07-02; dto.EarlyReleaseWindow: 2024-06-02 to 2024-07-02
/// </code>
/// </example>
[Source("Sentencing Act 2020 s.241 (period of detention and training; early and late release)",
    Url = "http://www.legislation.gov.uk./ukpga/2020/17/section/241?view=plain", EffectiveFrom = "2020-12-01", Confidence = Confidence.High)]
[Source("Project choice DL8: DTO date arithmetic (domain-rules §1.6)", Confidence = Confidence.Low)]
public sealed record DetentionAndTrainingOrderSchedule
{
    /// <summary>Terms from this many months have an early- and late-release window of 1 month.</summary>
    public const int ReleaseWindowFromMonths = 8;

    /// <summary>Terms from this many months have windows of 2 months.</summary>
    public const int LongReleaseWindowFromMonths = 18;

    /// <summary>Works out the dates of a DTO.</summary>
    /// <param name="start">The day the order starts.</param>
    /// <param name="term">The term, in months (and days if a court used them); positive, date units only.</param>
    /// <exception cref="ArgumentException"><paramref name="term"/> is zero, negative or has a time component.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="term"/> is null.</exception>
    public DetentionAndTrainingOrderSchedule(LocalDate start, Period term)
    {
        Start = start;
        Term = Terms.Normalize(Terms.CheckTerm(term, nameof(term)));
        var endExclusive = start.Plus(Term);
        End = endExclusive.PlusDays(-1);
        TotalDays = Period.DaysBetween(start, endExclusive);
        HalfwayPoint = start.PlusDays(TotalDays / 2);
        var windowMonths = WindowMonths(start, Term);
        EarlyReleaseWindow = windowMonths == 0 ? null : new DateInterval(HalfwayPoint.PlusMonths(-windowMonths), HalfwayPoint);
        LateReleaseDates = windowMonths switch
        {
            0 => [],
            1 => [HalfwayPoint.PlusMonths(1)],
            _ => [HalfwayPoint.PlusMonths(1), HalfwayPoint.PlusMonths(2)],
        };
    }

    /// <summary>The day the order starts.</summary>
    public LocalDate Start { get; }

    /// <summary>The term, normalised (years as months, weeks as days).</summary>
    public Period Term { get; }

    /// <summary>The last day of the order: start + term − 1 day.</summary>
    public LocalDate End { get; }

    /// <summary>The number of days in the term (start to end inclusive).</summary>
    public int TotalDays { get; }

    /// <summary>The half-way point: the day the child is released to supervision in the ordinary course.</summary>
    public LocalDate HalfwayPoint { get; }

    /// <summary>The days on which early release may take place (terms of 8 months or more), or <see langword="null"/>.</summary>
    public DateInterval? EarlyReleaseWindow { get; }

    /// <summary>The days a youth court may order release after the half-way point: none below 8 months, 1 month after below 18 months, 1 or 2 months after from 18 months.</summary>
    public IReadOnlyList<LocalDate> LateReleaseDates { get; }

    /// <summary>The supervision period when released at the half-way point: from <see cref="HalfwayPoint"/> to <see cref="End"/>.</summary>
    public DateInterval SupervisionPeriod => new(HalfwayPoint, End);

    /// <inheritdoc />
    public bool Equals(DetentionAndTrainingOrderSchedule? other)
        => other is not null && Start == other.Start && Term == other.Term;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, Term);

    private static int WindowMonths(LocalDate start, Period term)
        => Terms.IsAtLeast(start, term, LongReleaseWindowFromMonths) ? 2
            : Terms.IsAtLeast(start, term, ReleaseWindowFromMonths) ? 1
            : 0;
}
