namespace YouthJustice.Kpi.Measures;

/// <summary>Full time, part time, or no hours (kpi-rules §2.2).</summary>
internal enum HoursKind
{
    None = 0,
    PartTime = 1,
    FullTime = 2,
}
