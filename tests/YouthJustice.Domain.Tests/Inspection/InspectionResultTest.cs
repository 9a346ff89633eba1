using YouthJustice.Domain.Inspection;

namespace YouthJustice.Domain.Tests.Inspection;

public class InspectionResultTest
{
    private static readonly LocalDate Published = new(2023, 1, 17);

    /// <summary>Ratings of every standard adding up to <paramref name="total"/>: standards filled with 3s from the first, the remainder on the next.</summary>
    internal static StandardRating[] RatingsTotalling(InspectionFramework framework, int total)
        => framework.Standards.Select((s, i) => new StandardRating(s, InspectionRating.FromValue(Math.Clamp(total - (3 * i), 0, 3)))).ToArray();

    [Fact]
    public void Eleven_good_one_requires_improvement_one_outstanding_totals_26_and_is_good()
    {
        // §8 #17 (Dorset, published 17 Jan 2023: overall Good). Which standard had which rating is illustrative.
        var ratings = InspectionFramework.Hmip2021.Standards.Select(s => new StandardRating(s, s.Id switch
        {
            "1.3" => InspectionRating.Outstanding,
            "3.4" => InspectionRating.RequiresImprovement,
            _ => InspectionRating.Good,
        }));

        var result = new InspectionResult(InspectionFramework.Hmip2021, Published, ratings, InspectionRating.Good);

        result.TotalScore.Should().Be(26);
        result.DerivedOverall.Should().Be(InspectionRating.Good);
        result.Overall.Should().Be(InspectionRating.Good);
        result.Mismatch.Should().BeNull();
        result.CountByRating.Select(p => p.Value).Should().Equal(0, 1, 11, 1);
    }

    [Theory]
    [InlineData(6, "Inadequate")]
    [InlineData(7, "RequiresImprovement")]
    [InlineData(18, "RequiresImprovement")]
    [InlineData(19, "Good")]
    [InlineData(30, "Good")]
    [InlineData(31, "Outstanding")]
    [InlineData(0, "Inadequate")]
    [InlineData(36, "Outstanding")]
    public void Twelve_standards_are_banded_at_6_18_30(int total, string expected)
        => new InspectionResult(InspectionFramework.Hmip2018, Published, RatingsTotalling(InspectionFramework.Hmip2018, total), null)
            .DerivedOverall!.Name.Should().Be(expected);

    [Theory]
    [InlineData(6, "Inadequate")]
    [InlineData(7, "RequiresImprovement")]
    [InlineData(19, "RequiresImprovement")]
    [InlineData(20, "Good")]
    [InlineData(31, "Good")]
    [InlineData(32, "Outstanding")]
    [InlineData(39, "Outstanding")]
    public void Thirteen_standards_are_banded_at_6_19_31(int total, string expected)
        => new InspectionResult(InspectionFramework.Hmip2021, Published, RatingsTotalling(InspectionFramework.Hmip2021, total), null)
            .DerivedOverall!.Name.Should().Be(expected);

    [Fact]
    public void Published_rating_wins_and_the_mismatch_is_reported()
    {
        var result = new InspectionResult(InspectionFramework.Hmip2021, Published, RatingsTotalling(InspectionFramework.Hmip2021, 19), InspectionRating.Good);

        result.Overall.Should().Be(InspectionRating.Good);
        result.DerivedOverall.Should().Be(InspectionRating.RequiresImprovement);
        result.Mismatch.Should().Be(new OverallRatingMismatch(InspectionRating.Good, InspectionRating.RequiresImprovement, 19));
        result.Mismatch!.Message.Should().Be("The published overall rating is Good; the standard ratings total 19, which the configured banding rates Requires improvement. The published rating stands.");
    }

    [Fact]
    public void Without_a_published_rating_the_derived_one_is_the_overall()
        => new InspectionResult(InspectionFramework.Hmip2018, Published, RatingsTotalling(InspectionFramework.Hmip2018, 31), null)
            .Overall.Should().Be(InspectionRating.Outstanding);

    [Fact]
    public void Replaced_banding_changes_the_derived_rating()
    {
        var framework = InspectionFramework.Hmip2021.WithBanding(RatingBanding.Of(9, 19, 29, 39));

        var result = new InspectionResult(framework, Published, RatingsTotalling(framework, 30), InspectionRating.Good);

        result.DerivedOverall.Should().Be(InspectionRating.Outstanding);
        result.Overall.Should().Be(InspectionRating.Good);
        result.Mismatch.Should().Be(new OverallRatingMismatch(InspectionRating.Good, InspectionRating.Outstanding, 30));
        InspectionFramework.Hmip2021.Banding.Should().BeSameAs(RatingBanding.ThirteenStandards);
    }

    [Fact]
    public void Small_service_has_no_derived_rating_and_needs_the_published_one()
    {
        var result = new InspectionResult(InspectionFramework.Hmip2021, Published, [], InspectionRating.Good, isSmallService: true);

        result.TotalScore.Should().BeNull();
        result.DerivedOverall.Should().BeNull();
        result.Overall.Should().Be(InspectionRating.Good);
        result.Mismatch.Should().BeNull();
        FluentActions.Invoking(() => new InspectionResult(InspectionFramework.Hmip2021, Published, [], null, isSmallService: true))
            .Should().Throw<ArgumentException>().WithParameterName("publishedOverall")
            .WithMessage("A small service's result needs its published overall rating: its domains are not rated.*");
    }

    [Fact]
    public void Small_service_may_have_some_standard_ratings()
        => new InspectionResult(InspectionFramework.Hmip2021, Published, RatingsTotalling(InspectionFramework.Hmip2021, 26).Take(4), InspectionRating.Good, isSmallService: true)
            .Ratings.Should().HaveCount(4);

    [Fact]
    public void Full_inspection_must_rate_every_standard()
        => FluentActions.Invoking(() => new InspectionResult(InspectionFramework.Hmip2021, Published, RatingsTotalling(InspectionFramework.Hmip2021, 26).Take(12), InspectionRating.Good))
            .Should().Throw<ArgumentException>().WithParameterName("ratings").WithMessage("Every standard of HMIP 2021 must be rated; missing: 4.1.*");

    [Fact]
    public void Standard_rated_twice_is_refused()
    {
        var ratings = RatingsTotalling(InspectionFramework.Hmip2018, 20).Append(new StandardRating(InspectionFramework.Hmip2018.Standards[0], InspectionRating.Good));
        FluentActions.Invoking(() => new InspectionResult(InspectionFramework.Hmip2018, Published, ratings, null))
            .Should().Throw<ArgumentException>().WithMessage("Standard 1.1 is rated more than once.*");
    }

    [Fact]
    public void Standard_of_another_framework_is_refused()
    {
        var ratings = RatingsTotalling(InspectionFramework.Hmip2018, 20).Append(new StandardRating(InspectionFramework.Hmip2021.FindStandard("4.1")!, InspectionRating.Good));
        FluentActions.Invoking(() => new InspectionResult(InspectionFramework.Hmip2018, Published, ratings, null))
            .Should().Throw<ArgumentException>().WithMessage("Standard '4.1 Resettlement policy and provision' is not a standard of HMIP 2018.*");
    }

    [Fact]
    public void Star_framework_is_refused()
        => FluentActions.Invoking(() => new InspectionResult(InspectionFramework.Fji2012, Published, [], null))
            .Should().Throw<ArgumentException>().WithParameterName("framework");

    [Fact]
    public void Ratings_are_kept_in_framework_order()
        => new InspectionResult(InspectionFramework.Hmip2018, Published, RatingsTotalling(InspectionFramework.Hmip2018, 20).Reverse(), null)
            .Ratings.Select(r => r.Standard.Id).Should().Equal(InspectionFramework.Hmip2018.Standards.Select(s => s.Id));
}
