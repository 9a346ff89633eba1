using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Time;

namespace YouthJustice.Domain.Education;

/// <summary>
/// A period in one education, training or employment arrangement (interchange <c>ete[]</c>; YJB <c>ete_status</c>:
/// start and end dates, provision type, suitability, hours offered and hours attended per week).
/// </summary>
/// <remarks>
/// Hours are per week and are summed across concurrent records by KPI 2 (kpi-rules §2.2); each is 0–168 or not
/// recorded. Suitability is the practitioner's judgement, never derived from hours; <see langword="null"/> when none
/// was recorded (KPI 2 then ignores the record, kpi-rules §13.7).
/// </remarks>
[Source("YJB KPI pipeline: ete_status items (kpi-rules §2.2)", Confidence = Confidence.High)]
public sealed record EtePeriod : IStatusPeriod
{
    /// <summary>The most hours there are in a week, 168: the upper limit of hours offered or attended.</summary>
    public const decimal MaxHoursPerWeek = 168m;

    /// <summary>Creates the period.</summary>
    /// <param name="start">The first day, or <see langword="null"/> (or 1900-01-01) when not recorded.</param>
    /// <param name="end">The last day, or <see langword="null"/> (or 1900-01-01) while open; not before <paramref name="start"/>.</param>
    /// <param name="provision">The kind of ETE (or <see cref="EteProvision.None"/>).</param>
    /// <param name="suitability">The recorded suitability, or <see langword="null"/> when none was recorded.</param>
    /// <param name="hoursOffered">Hours offered per week, 0–168, or <see langword="null"/>.</param>
    /// <param name="hoursAttended">Hours attended per week, 0–168, or <see langword="null"/>.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="provision"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    /// <exception cref="System.ArgumentOutOfRangeException">Hours are negative or more than 168.</exception>
    public EtePeriod(LocalDate? start, LocalDate? end, EteProvision provision, Suitability? suitability, decimal? hoursOffered, decimal? hoursAttended)
    {
        Start = NoDate.Normalize(start);
        End = NoDate.Normalize(end);
        DatePeriods.CheckOrder(Start, End, nameof(end));
        Provision = Preconditions.CheckNotNull(provision, nameof(provision));
        Suitability = suitability;
        HoursOffered = hoursOffered is { } offered ? Preconditions.CheckRange(offered, nameof(hoursOffered), 0m, MaxHoursPerWeek) : null;
        HoursAttended = hoursAttended is { } attended ? Preconditions.CheckRange(attended, nameof(hoursAttended), 0m, MaxHoursPerWeek) : null;
    }

    /// <summary>The first day, or <see langword="null"/> when not recorded.</summary>
    public LocalDate? Start { get; }

    /// <summary>The last day, or <see langword="null"/> while open.</summary>
    public LocalDate? End { get; }

    /// <summary>The kind of ETE.</summary>
    public EteProvision Provision { get; }

    /// <summary>The recorded suitability, or <see langword="null"/> when none was recorded.</summary>
    public Suitability? Suitability { get; }

    /// <summary>Hours offered per week, or <see langword="null"/>.</summary>
    public decimal? HoursOffered { get; }

    /// <summary>Hours attended per week, or <see langword="null"/>.</summary>
    public decimal? HoursAttended { get; }
}
