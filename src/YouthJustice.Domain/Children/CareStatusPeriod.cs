using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Time;

namespace YouthJustice.Domain.Children;

/// <summary>
/// A period during which a child held a <see cref="CareStatus"/> (interchange <c>careStatus[]</c>; YJB
/// <c>care_status</c>: status, startDate, endDate).
/// </summary>
/// <remarks>
/// A missing start means the status began before any order of interest; a missing end means it is still open
/// (kpi-rules §13.1). <c>1900-01-01</c> is read as missing.
/// </remarks>
public sealed record CareStatusPeriod : IStatusPeriod
{
    /// <summary>Creates the period.</summary>
    /// <param name="status">The status held.</param>
    /// <param name="start">The first day, or <see langword="null"/> (or 1900-01-01) when not recorded.</param>
    /// <param name="end">The last day, or <see langword="null"/> (or 1900-01-01) while open.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="status"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public CareStatusPeriod(CareStatus status, LocalDate? start, LocalDate? end)
    {
        Status = Preconditions.CheckNotNull(status, nameof(status));
        Start = NoDate.Normalize(start);
        End = NoDate.Normalize(end);
        DatePeriods.CheckOrder(Start, End, nameof(end));
    }

    /// <summary>The status held.</summary>
    public CareStatus Status { get; }

    /// <summary>The first day, or <see langword="null"/> when not recorded.</summary>
    public LocalDate? Start { get; }

    /// <summary>The last day, or <see langword="null"/> while open.</summary>
    public LocalDate? End { get; }
}
