using YouthJustice.Domain.Assessments;

namespace YouthJustice.Domain.Tests.Assessments;

public class ScaledApproachMappingTest
{
    [Theory]
    [InlineData("Low", "Low", "Standard")]
    [InlineData("Low", "Medium", "Enhanced")]
    [InlineData("Low", "High", "Intensive")]
    [InlineData("Low", "VeryHigh", "Intensive")]
    [InlineData("Medium", "Low", "Enhanced")]
    [InlineData("Medium", "Medium", "Enhanced")]
    [InlineData("Medium", "High", "Intensive")]
    [InlineData("Medium", "VeryHigh", "Intensive")]
    [InlineData("High", "Low", "Intensive")]
    [InlineData("High", "Medium", "Intensive")]
    [InlineData("High", "High", "Intensive")]
    [InlineData("High", "VeryHigh", "Intensive")]
    public void Default_table_of_the_scaled_approach(string likelihood, string rosh, string expected)
        => ScaledApproachMapping.Default.IndicativeLevel(LikelihoodOfReoffending.FromName(likelihood), RiskOfSeriousHarm.FromName(rosh)).Name.Should().Be(expected);

    [Fact]
    public void Contacts_are_local_policy()
    {
        ScaledApproachMapping.Default.MinimumMonthlyContacts(ScaledApproachLevel.Intensive).Should().BeNull();
        ScaledApproachLevel.All.Select(l => ScaledApproachMapping.NationalStandards2010.MinimumMonthlyContacts(l)).Should().Equal(2, 4, 12);
    }

    [Fact]
    public void Local_table_replaces_the_default()
    {
        var table = LikelihoodOfReoffending.All.SelectMany(l => RiskOfSeriousHarm.All.Select(r =>
            new KeyValuePair<(LikelihoodOfReoffending, RiskOfSeriousHarm), ScaledApproachLevel>((l, r), ScaledApproachLevel.Enhanced)));

        new ScaledApproachMapping(table, []).IndicativeLevel(LikelihoodOfReoffending.High, RiskOfSeriousHarm.VeryHigh).Should().Be(ScaledApproachLevel.Enhanced);
    }

    [Fact]
    public void Incomplete_table_is_refused()
    {
        var table = LikelihoodOfReoffending.All.SelectMany(l => RiskOfSeriousHarm.All.Select(r =>
            new KeyValuePair<(LikelihoodOfReoffending, RiskOfSeriousHarm), ScaledApproachLevel>((l, r), ScaledApproachLevel.Enhanced)))
            .Where(e => !(e.Key.Item1 == LikelihoodOfReoffending.High && e.Key.Item2 == RiskOfSeriousHarm.VeryHigh));

        FluentActions.Invoking(() => new ScaledApproachMapping(table, [])).Should().Throw<ArgumentException>().WithParameterName("table")
            .WithMessage("The table must give a level for every likelihood and ROSH; likelihood High with ROSH VeryHigh is missing.*");
    }

    [Fact]
    public void Repeated_table_entry_is_refused()
    {
        var entry = new KeyValuePair<(LikelihoodOfReoffending, RiskOfSeriousHarm), ScaledApproachLevel>((LikelihoodOfReoffending.Low, RiskOfSeriousHarm.Low), ScaledApproachLevel.Standard);
        FluentActions.Invoking(() => new ScaledApproachMapping([entry, entry], [])).Should().Throw<ArgumentException>()
            .WithMessage("The table gives likelihood Low with ROSH Low twice.*");
    }

    [Fact]
    public void Negative_contacts_are_refused()
        => FluentActions.Invoking(() => new ScaledApproachMapping(ScaledApproachMappingTestTable(), [new(ScaledApproachLevel.Standard, -1)]))
            .Should().Throw<ArgumentException>().WithParameterName("minimumMonthlyContacts");

    private static IEnumerable<KeyValuePair<(LikelihoodOfReoffending, RiskOfSeriousHarm), ScaledApproachLevel>> ScaledApproachMappingTestTable()
        => LikelihoodOfReoffending.All.SelectMany(l => RiskOfSeriousHarm.All.Select(r =>
            new KeyValuePair<(LikelihoodOfReoffending, RiskOfSeriousHarm), ScaledApproachLevel>((l, r), ScaledApproachLevel.Standard)));
}
