using YouthJustice.Domain.Inspection;

namespace YouthJustice.Domain.Tests.Inspection;

public class NationalStandardTest
{
    private static readonly FinancialYear Year = new(2019);

    [Fact]
    public void The_five_standards_of_2019()
        => NationalStandard.All.Select(s => s.ToString()).Should().Equal(
            "NS1 Out-of-court disposals", "NS2 At court", "NS3 In the community", "NS4 In secure settings", "NS5 On transition and resettlement");

    [Fact]
    public void Standards_are_read_by_code_or_name()
    {
        NationalStandard.Parse("NS2").AsT0.Should().Be(NationalStandard.AtCourt);
        NationalStandard.Parse("OnTransitionAndResettlement").AsT0.Should().Be(NationalStandard.OnTransitionAndResettlement);
        NationalStandard.Parse("NS6").AsT1.Field.Should().Be("nationalStandard");
    }

    [Theory]
    [InlineData(150, 30)]
    [InlineData(101, 21)]
    [InlineData(100, 20)]
    [InlineData(60, 20)]
    [InlineData(20, 20)]
    [InlineData(19, 19)]
    [InlineData(12, 12)]
    [InlineData(0, 0)]
    public void Sample_is_20_percent_with_a_minimum_of_20_where_possible(int relevant, int required)
        => SampleSizeRule.NationalStandards2019.Required(relevant).Should().Be(required);

    [Fact]
    public void Operational_assessment_with_too_small_a_sample_fails_the_check()
    {
        var assessment = new StandardSelfAssessment(NationalStandard.AtCourt, SelfAssessmentLevel.Operational, InspectionRating.Good, Year, sampleSize: 19, relevantCases: 60);

        var check = assessment.CheckSample(SampleSizeRule.NationalStandards2019)!;

        check.IsMet.Should().BeFalse();
        check.Message.Should().Be("19 of 60 relevant cases sampled; at least 20 required: 1 short.");
        new StandardSelfAssessment(NationalStandard.AtCourt, SelfAssessmentLevel.Operational, InspectionRating.Good, Year, 20, 60)
            .CheckSample(SampleSizeRule.NationalStandards2019)!.IsMet.Should().BeTrue();
    }

    [Fact]
    public void Strategic_assessment_has_no_sample()
    {
        var assessment = new StandardSelfAssessment(NationalStandard.InTheCommunity, SelfAssessmentLevel.Strategic, InspectionRating.RequiresImprovement, Year);

        assessment.CheckSample(SampleSizeRule.NationalStandards2019).Should().BeNull();
        FluentActions.Invoking(() => new StandardSelfAssessment(NationalStandard.InTheCommunity, SelfAssessmentLevel.Strategic, InspectionRating.Good, Year, 5, 10))
            .Should().Throw<ArgumentException>().WithMessage("A strategic self-assessment has no case sample.*");
    }

    [Fact]
    public void Operational_assessment_needs_its_sample_and_no_more_cases_than_relevant()
    {
        FluentActions.Invoking(() => new StandardSelfAssessment(NationalStandard.AtCourt, SelfAssessmentLevel.Operational, InspectionRating.Good, Year))
            .Should().Throw<ArgumentException>().WithMessage("An operational self-assessment needs its sample size and the number of relevant cases.*");
        FluentActions.Invoking(() => new StandardSelfAssessment(NationalStandard.AtCourt, SelfAssessmentLevel.Operational, InspectionRating.Good, Year, 61, 60))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("sampleSize");
    }

    [Theory]
    [InlineData(16, 20, "Outstanding")]
    [InlineData(15, 20, "Good")]
    [InlineData(13, 20, "Good")]
    [InlineData(129, 200, "RequiresImprovement")]
    [InlineData(10, 20, "RequiresImprovement")]
    [InlineData(9, 20, "Inadequate")]
    public void Case_sample_share_is_banded_80_65_50(int sufficient, int inspected, string expected)
        => CaseSampleBanding.Default.RatingFor(sufficient, inspected).Name.Should().Be(expected);

    [Fact]
    public void Lowest_key_question_governs()
        => CaseSampleBanding.Default.RatingFor([(18, 20), (12, 20), (14, 20)]).Should().Be(InspectionRating.RequiresImprovement);

    [Fact]
    public void Case_sample_banding_thresholds_must_descend()
        => FluentActions.Invoking(() => new CaseSampleBanding(65, 65, 50)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("outstandingFrom");

    [Fact]
    public void Quality_assurance_audit_counts_ratings_and_checks_its_sample()
    {
        var ratings = new[] { 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 0, 2, 2, 2, 2 };
        var audit = new QualityAssuranceAudit("Resettlement plans", new LocalDate(2022, 2, 28), 80,
            ratings.Select((r, i) => new AuditedCase(new ChildId("C" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)), InspectionRating.FromValue(r))));

        audit.SampleSize.Should().Be(21);
        audit.CountByRating.Select(p => p.Value).Should().Equal(1, 4, 15, 1);
        audit.CountByRating.Sum(p => p.Value).Should().Be(audit.SampleSize);
        audit.GoodOrBetter.Should().Be(16);
        audit.PercentGoodOrBetter.Should().Be(76.2m);
        audit.RatingBy(CaseSampleBanding.Default).Should().Be(InspectionRating.Good);
        audit.CheckSample(SampleSizeRule.NationalStandards2019).Should().Be(new SampleSizeCheck(80, 21, 20));
    }

    [Fact]
    public void Audit_with_more_cases_than_eligible_or_a_child_twice_is_refused()
    {
        var child = new ChildId("C001");
        FluentActions.Invoking(() => new QualityAssuranceAudit("Theme", new LocalDate(2022, 2, 28), 0, [new AuditedCase(child, InspectionRating.Good)]))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("eligibleCases");
        FluentActions.Invoking(() => new QualityAssuranceAudit("Theme", new LocalDate(2022, 2, 28), 5, [new AuditedCase(child, InspectionRating.Good), new AuditedCase(child, InspectionRating.Inadequate)]))
            .Should().Throw<ArgumentException>().WithMessage("Child C001 is audited more than once.*");
    }

    [Fact]
    public void Empty_audit_has_no_percentage_or_rating()
    {
        var audit = new QualityAssuranceAudit("Theme", new LocalDate(2022, 2, 28), 0, []);

        audit.PercentGoodOrBetter.Should().BeNull();
        audit.RatingBy(CaseSampleBanding.Default).Should().BeNull();
    }
}
