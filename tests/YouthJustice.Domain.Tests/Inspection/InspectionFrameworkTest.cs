using YouthJustice.Domain.Inspection;

namespace YouthJustice.Domain.Tests.Inspection;

public class InspectionFrameworkTest
{
    [Fact]
    public void Hmip_2018_has_twelve_standards_in_three_domains()
    {
        var framework = InspectionFramework.Hmip2018;

        framework.Standards.Select(s => s.Id).Should().Equal("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4");
        framework.Domains.Select(d => d.Name).Should().Equal("Organisational delivery", "Court disposals", "Out-of-court disposals");
        framework.FindStandard("3.4")!.Name.Should().Be("Joint working");
        framework.MaxScore.Should().Be(36);
    }

    [Fact]
    public void Hmip_2021_has_thirteen_standards_with_resettlement()
    {
        var framework = InspectionFramework.Hmip2021;

        framework.Standards.Should().HaveCount(13);
        framework.Domains.Should().HaveCount(4);
        framework.FindStandard("3.4")!.Name.Should().Be("Out-of-court disposal policy and provision");
        framework.FindStandard("4.1")!.Should().Be(new InspectionStandard("4.1", "Resettlement policy and provision", new InspectionDomain(4, "Resettlement")));
        framework.MaxScore.Should().Be(39);
    }

    [Fact]
    public void Fji_has_six_star_rated_areas_and_no_banding()
    {
        var framework = InspectionFramework.Fji2012;

        framework.Scale.Should().Be(InspectionScale.StarsOutOfFour);
        framework.Banding.Should().BeNull();
        framework.Domains.Should().BeEmpty();
        framework.Standards.Select(s => s.Name).Should().Equal(
            "Reducing reoffending", "Ensuring the sentence is served", "Protecting children and young people",
            "Protecting the public", "Interventions", "Governance and partnerships");
    }

    [Fact]
    public void Frameworks_are_listed_oldest_first()
        => InspectionFramework.All.Select(f => f.Id).Should().Equal("FJI 2012", "HMIP 2018", "HMIP 2021");

    [Fact]
    public void Banding_must_cover_three_points_per_standard()
        => FluentActions.Invoking(() => InspectionFramework.Hmip2021.WithBanding(RatingBanding.TwelveStandards))
            .Should().Throw<ArgumentException>().WithParameterName("banding")
            .WithMessage("A banding applies to four-point ratings and must cover 0 to 39 (3 × 13 standards); it covers 0 to 36.*");

    [Fact]
    public void Repeated_standard_ids_are_refused()
        => FluentActions.Invoking(() => new InspectionFramework("X", "X", InspectionScale.FourPointRating, [new("1", "A", null), new("1", "B", null)], null))
            .Should().Throw<ArgumentException>().WithMessage("Standard identifiers must be unique; '1' is repeated.*");

    [Fact]
    public void Full_joint_inspection_gives_stars_out_of_four_per_area()
    {
        // Seed 002: the YOT's full joint inspection report, published February 2016.
        var stars = new[] { 4, 4, 3, 4, 4, 3 };
        var result = new StarRatedInspection(InspectionFramework.Fji2012, new LocalDate(2016, 2, 1),
            InspectionFramework.Fji2012.Standards.Select((a, i) => new AreaStars(a, stars[i])));

        result.TotalStars.Should().Be(22);
        result.Stars.Select(s => s.ToString()).Should().Contain("Protecting children and young people: 3 of 4 stars");
    }

    [Fact]
    public void Stars_run_from_0_to_4()
    {
        var area = InspectionFramework.Fji2012.Standards[0];
        new AreaStars(area, 0).Stars.Should().Be(0);
        new AreaStars(area, 4).Stars.Should().Be(4);
        FluentActions.Invoking(() => new AreaStars(area, 5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("stars");
        FluentActions.Invoking(() => new AreaStars(area, -1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("stars");
    }

    [Fact]
    public void Star_inspection_must_rate_every_area_once()
        => FluentActions.Invoking(() => new StarRatedInspection(InspectionFramework.Fji2012, new LocalDate(2016, 2, 1), [new AreaStars(InspectionFramework.Fji2012.Standards[0], 4)]))
            .Should().Throw<ArgumentException>().WithParameterName("stars").WithMessage("Every area of FJI 2012 must be given stars exactly once: *");
}
