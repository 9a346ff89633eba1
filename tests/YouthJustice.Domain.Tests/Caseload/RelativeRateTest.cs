using YouthJustice.Domain.Caseload;

namespace YouthJustice.Domain.Tests.Caseload;

public class RelativeRateTest
{
    [Fact]
    public void Index_is_the_ratio_of_rates_with_a_log_method_interval()
    {
        var rate = RelativeRate.Calculate(30, 1000, 100, 10000, 5);

        rate.Index.Should().Be(3.0);
        rate.Lower.Should().BeApproximately(2.005348, 1e-6);
        rate.Upper.Should().BeApproximately(4.487999, 1e-6);
        rate.IsSignificant.Should().BeTrue();
        rate.IsSmallNumber.Should().BeFalse();
        rate.Issue.Should().Be(RelativeRateIssue.None);
        rate.ToString().Should().Be("3.00 (95% CI 2.01-4.49)");
    }

    [Fact]
    public void Zero_count_has_index_zero_and_no_interval()
    {
        var rate = RelativeRate.Calculate(0, 200, 186, 18000, 5);

        rate.Index.Should().Be(0d);
        rate.Lower.Should().BeNull();
        rate.Upper.Should().BeNull();
        rate.Issue.Should().Be(RelativeRateIssue.ZeroCount);
        rate.IsSmallNumber.Should().BeTrue();
        rate.IsSignificant.Should().BeFalse();
        rate.ToString().Should().Be("0.00 (no interval: ZeroCount), small numbers");
    }

    [Fact]
    public void Zero_reference_count_gives_no_index()
        => RelativeRate.Calculate(5, 200, 0, 18000, 5).Should().Match<RelativeRate>(r => r.Index == null && r.Issue == RelativeRateIssue.ReferenceZeroCount);

    [Theory]
    [InlineData(5, 0, 100, 1000)]
    [InlineData(5, 100, 100, 0)]
    public void Missing_population_gives_no_index(int count, int population, int referenceCount, int referencePopulation)
        => RelativeRate.Calculate(count, population, referenceCount, referencePopulation, 5).Issue.Should().Be(RelativeRateIssue.NoPopulation);

    [Fact]
    public void Count_above_the_population_gives_no_index()
        => RelativeRate.Calculate(11, 10, 100, 1000, 5).Should().Match<RelativeRate>(r => r.Index == null && r.Issue == RelativeRateIssue.CountExceedsPopulation);

    [Theory]
    [InlineData(4, 100, true)]
    [InlineData(5, 100, false)]
    [InlineData(50, 4, true)]
    public void Counts_below_the_threshold_are_small_numbers(int count, int referenceCount, bool small)
        => RelativeRate.Calculate(count, 1000, referenceCount, 10000, 5).IsSmallNumber.Should().Be(small);

    [Fact]
    public void Whole_population_on_the_caseload_has_a_finite_interval()
        => RelativeRate.Calculate(10, 10, 10, 100, 5).Should().Match<RelativeRate>(r => r.Index == 10 && r.Lower > 0 && r.Upper < double.PositiveInfinity);

    [Fact]
    public void Negative_counts_are_refused()
        => FluentActions.Invoking(() => RelativeRate.Calculate(-1, 10, 10, 100, 5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("count");

    [Fact]
    public void Profile_compares_every_group_with_white_by_default()
    {
        var rates = SouthTeesCaseloadFixture.Build().RelativeRates(RelativeRatePolicy.Default);

        rates.Select(r => r.Group.Name).Should().Equal("Mixed", "AsianOrAsianBritish", "BlackOrBlackBritish", "OtherEthnicGroup");
        rates.Should().OnlyContain(r => r.Reference == EthnicityGroup.White);
        var mixed = rates.Single(r => r.Group == EthnicityGroup.Mixed).Rate;
        mixed.Count.Should().Be(10);
        mixed.ReferenceCount.Should().Be(186);
        mixed.Index.Should().BeApproximately(1.935484, 1e-6);
        var black = rates.Single(r => r.Group == EthnicityGroup.BlackOrBlackBritish).Rate;
        black.IsSmallNumber.Should().BeTrue();
        black.Index.Should().BeApproximately(0.967742, 1e-6);
        var other = rates.Single(r => r.Group == EthnicityGroup.OtherEthnicGroup).Rate;
        other.Issue.Should().Be(RelativeRateIssue.ZeroCount);
        other.Lower.Should().BeNull();
    }

    [Fact]
    public void Reference_group_and_threshold_are_configurable()
    {
        var rates = SouthTeesCaseloadFixture.Build().RelativeRates(new RelativeRatePolicy(EthnicityGroup.Mixed, 3));

        rates.Select(r => r.Group.Name).Should().Equal("White", "AsianOrAsianBritish", "BlackOrBlackBritish", "OtherEthnicGroup");
        rates.Single(r => r.Group == EthnicityGroup.BlackOrBlackBritish).Rate.IsSmallNumber.Should().BeFalse();
        FluentActions.Invoking(() => new RelativeRatePolicy(EthnicityGroup.InformationNotObtainable, 5)).Should().Throw<ArgumentException>().WithParameterName("referenceGroup");
    }

    [Fact]
    public void Profile_without_population_reports_no_population()
        => new CaseloadProfile([new CaseloadEntry(new ChildId("X1"), Sex.Male, EthnicityGroup.White, AgeBand.Aged15, CareStatus.None)])
            .RelativeRates(RelativeRatePolicy.Default).Should().OnlyContain(r => r.Rate.Issue == RelativeRateIssue.NoPopulation);
}
