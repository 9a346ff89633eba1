using YouthJustice.Domain.Inspection;

namespace YouthJustice.Domain.Tests.Inspection;

public class RatingBandingTest
{
    [Fact]
    public void Default_bands_for_twelve_and_thirteen_standards()
    {
        RatingBanding.TwelveStandards.ToString().Should().Be("0-6 Inadequate, 7-18 Requires improvement, 19-30 Good, 31-36 Outstanding");
        RatingBanding.ThirteenStandards.ToString().Should().Be("0-6 Inadequate, 7-19 Requires improvement, 20-31 Good, 32-39 Outstanding");
    }

    [Fact]
    public void Score_outside_the_banding_is_refused()
    {
        FluentActions.Invoking(() => RatingBanding.TwelveStandards.RatingFor(37)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("score");
        FluentActions.Invoking(() => RatingBanding.TwelveStandards.RatingFor(-1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("score");
    }

    [Fact]
    public void Gap_between_bands_is_refused()
        => FluentActions.Invoking(() => new RatingBanding(
            [
                new RatingBand(0, 6, InspectionRating.Inadequate),
                new RatingBand(8, 18, InspectionRating.RequiresImprovement),
                new RatingBand(19, 30, InspectionRating.Good),
                new RatingBand(31, 36, InspectionRating.Outstanding),
            ]))
            .Should().Throw<ArgumentException>().WithMessage("Band 'Requires improvement' must start at 7, one above the end of 'Inadequate'; it starts at 8.*");

    [Fact]
    public void Bands_out_of_rating_order_are_refused()
        => FluentActions.Invoking(() => new RatingBanding(RatingBanding.TwelveStandards.Bands.Reverse()))
            .Should().Throw<ArgumentException>().WithMessage("A banding has four bands, one per rating, in order Inadequate, Requires improvement, Good, Outstanding.*");

    [Fact]
    public void First_band_must_start_at_zero()
        => FluentActions.Invoking(() => new RatingBanding(
            [
                new RatingBand(1, 6, InspectionRating.Inadequate),
                new RatingBand(7, 18, InspectionRating.RequiresImprovement),
                new RatingBand(19, 30, InspectionRating.Good),
                new RatingBand(31, 36, InspectionRating.Outstanding),
            ]))
            .Should().Throw<ArgumentException>().WithMessage("The first band must start at 0; it starts at 1.*");

    [Fact]
    public void Ratings_score_3_2_1_0()
    {
        InspectionRating.All.Select(r => (r.Title, r.Score)).Should().Equal(
            ("Inadequate", 0), ("Requires improvement", 1), ("Good", 2), ("Outstanding", 3));
        InspectionRating.All.Where(r => r.IsGoodOrBetter).Should().Equal(InspectionRating.Good, InspectionRating.Outstanding);
    }

    [Theory]
    [InlineData("Requires improvement", "RequiresImprovement")]
    [InlineData("RequiresImprovement", "RequiresImprovement")]
    [InlineData("Outstanding", "Outstanding")]
    public void Ratings_are_read_by_name_or_title(string text, string expected)
        => InspectionRating.Parse(text).AsT0.Name.Should().Be(expected);

    [Fact]
    public void Unknown_rating_is_a_typed_error()
    {
        var error = InspectionRating.Parse("Satisfactory").AsT1;

        error.Field.Should().Be("rating");
        error.Value.Should().Be("Satisfactory");
        error.AllowedValues.Should().Equal("Inadequate", "RequiresImprovement", "Good", "Outstanding", "Requires improvement");
    }
}
