namespace YouthJustice.Domain.Services;

/// <summary>
/// The ONS mid-year estimate of the number of children aged 10–17 living in the service's area, for a calendar year
/// (interchange <c>populations[]</c>). Rates per 10,000 (KPI 9), 100,000 (first time entrants) and 1,000 (custody)
/// divide by it; the KPIs use the previous calendar year's estimate for a financial year (kpi-rules §2.9, §3.4).
/// </summary>
[Source("ONS mid-year population estimates, ages 10-17 (kpi-rules §2.9, §3.4)", Confidence = Confidence.High)]
public sealed record PopulationEstimate
{
    /// <summary>Creates the estimate.</summary>
    /// <param name="year">The calendar year of the mid-year estimate, 1900–9999.</param>
    /// <param name="aged10To17">The number of children aged 10–17; zero or more.</param>
    /// <exception cref="System.ArgumentOutOfRangeException">An argument is outside its range.</exception>
    public PopulationEstimate(int year, int aged10To17)
    {
        Year = Preconditions.CheckRange(year, nameof(year), 1900, 9999);
        Aged10To17 = Preconditions.CheckRange(aged10To17, nameof(aged10To17), 0, int.MaxValue);
    }

    /// <summary>The calendar year of the mid-year estimate.</summary>
    public int Year { get; }

    /// <summary>The number of children aged 10–17.</summary>
    public int Aged10To17 { get; }
}
