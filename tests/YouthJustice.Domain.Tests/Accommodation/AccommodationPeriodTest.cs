using YouthJustice.Domain.Accommodation;
using static YouthJustice.Testing.Dates;

namespace YouthJustice.Domain.Tests.Accommodation;

public class AccommodationPeriodTest
{
    [Theory]
    [InlineData("LivingWithParents", "Suitable", "Suitable")]
    [InlineData("LivingWithParents", "Unknown", "Unknown")]
    [InlineData("LivingWithParents", null, null)]
    [InlineData("BedAndBreakfast", "Suitable", "Unsuitable")]
    [InlineData("NoFixedAbode", "Suitable", "Unsuitable")]
    [InlineData("Unknown", "Suitable", "Unsuitable")]
    [InlineData("BedAndBreakfast", null, null)]
    public void Effective_suitability(string type, string? recorded, string? effective)
    {
        var period = new AccommodationPeriod(D("2020-01-01"), null, AccommodationType.FromName(type), recorded is null ? null : Suitability.FromName(recorded), true);

        (period.EffectiveSuitability?.Name).Should().Be(effective);
        (period.Suitability?.Name).Should().Be(recorded);
    }

    [Fact]
    public void Sentinel_dates_normalise_and_end_before_start_is_refused()
    {
        var open = new AccommodationPeriod(D("1900-01-01"), D("1900-01-01"), AccommodationType.LivingWithParents, Suitability.Suitable, false);
        var act = () => new AccommodationPeriod(D("2024-01-02"), D("2024-01-01"), AccommodationType.LivingWithParents, Suitability.Suitable, true);

        open.Start.Should().BeNull();
        open.End.Should().BeNull();
        open.Primary.Should().BeFalse();
        act.Should().Throw<ArgumentException>().WithParameterName("end");
    }

    [Fact]
    public void Type_is_required()
    {
        var act = () => new AccommodationPeriod(null, null, null!, null, true);

        act.Should().Throw<ArgumentNullException>().WithParameterName("type");
    }
}
