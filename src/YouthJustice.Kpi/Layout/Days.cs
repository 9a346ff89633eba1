using NodaTime;

namespace YouthJustice.Kpi.Engine;

/// <summary>
/// Dates as integers for the engine's hot path: the day number of a <see cref="LocalDate"/>, with sentinels for
/// "no date" (a point in time that was never recorded, or a period with no start) and "open" (a period not ended).
/// </summary>
internal static class Days
{
    /// <summary>No date recorded; also "no start", which sorts before every real day.</summary>
    public const int None = int.MinValue;

    /// <summary>An open end, which sorts after every real day.</summary>
    public const int Open = int.MaxValue;

    public static int Of(LocalDate date) => date.ToDateOnly().DayNumber;

    public static int StartOf(LocalDate? date) => date is { } d ? Of(d) : None;

    public static int EndOf(LocalDate? date) => date is { } d ? Of(d) : Open;

    public static int PointOf(LocalDate? date) => date is { } d ? Of(d) : None;

    public static LocalDate ToDate(int day) => LocalDate.FromDateOnly(System.DateOnly.FromDayNumber(day));

    public static bool IsSet(int day) => day != None && day != Open;
}
