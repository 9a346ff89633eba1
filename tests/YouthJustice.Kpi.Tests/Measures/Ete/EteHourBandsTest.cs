using YouthJustice.Domain.Education;
using YouthJustice.Kpi.Measures;
using static YouthJustice.Kpi.Tests.Measures.Ete.EteTestKit;

namespace YouthJustice.Kpi.Tests.Measures.Ete;

/// <summary>KPI 2e: hours attended within bands of the hours offered.</summary>
public class EteHourBandsTest
{
    [Fact]
    public void Hours_attended_band_is_counted_within_the_hours_offered_band()
    {
        var child = ReferralOrderEndingInQ3("C1")
            .Ete("2023-01-01", null, EteProvision.SchoolPartTime, Suitability.Suitable, offered: 15m, attended: 10m)
            .Ete("2023-01-01", null, EteProvision.AlternativeProvisionOtherPartTime, Suitability.Suitable, offered: 10m, attended: 10m)
            .Build();

        var result = Compute(child);

        F(result, "kpi2.2e.atEnd.attended16-24OfOffered25plus").Should().Be(new Fraction(1, 1));
        F(result, "kpi2.2e.atEnd.attended25plusOfOffered25plus").Should().Be(new Fraction(0, 1));
        F(result, "kpi2.2e.atEnd.attended1-15OfOffered25plus").Should().Be(new Fraction(0, 1));
        F(result, "kpi2.2e.atEnd.attended1-15OfOffered1-15").Should().Be(new Fraction(0, 0));
    }

    [Theory]
    [InlineData("15", 0)]
    [InlineData("15.5", 0)]
    [InlineData("16", 1)]
    [InlineData("24.5", 1)]
    [InlineData("25", 2)]
    [InlineData("0", -1)]
    public void Hour_bands_are_1_15_16_24_and_25_plus(string hours, int band)
        => EteKpi.BandOf(Hours(hours)!.Value).Should().Be(band);
}
