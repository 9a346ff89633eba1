using YouthJustice.Domain.Services;
using YouthJustice.Kpi.Tests.Profiles;
using YouthJustice.Sampling;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;

namespace YouthJustice.Kpi.Tests.Layout;

/// <summary>
/// A service prepared child by child (<see cref="PreparedServiceBuilder"/>, decision NJ5) keeps only the engine's rows,
/// and must give every return, annual return and child status that the service prepared from its objects gives.
/// </summary>
public class PreparedServiceBuilderTest
{
    private static readonly ServiceData Generated = GeneratedServiceProfileTest.WithBlankResidences(
        SampleGenerator.Generate(new SampleOptions(900, 4_242, new ReportingQuarter(2023, 1), 8, "YJS07", "Generated service")), every: 7);

    private static readonly PreparedService FromObjects = KpiEngine.Prepare(Generated);
    private static readonly PreparedService ChildByChild = Stream(Generated);

    private static readonly ReportingQuarter[] Quarters = Enumerable.Range(0, 8).Select(i => ReportingQuarter.FromOrdinal(new ReportingQuarter(2023, 1).Ordinal + i)).ToArray();

    [Fact]
    public void Every_quarters_return_is_the_same_under_both_definition_sets_and_both_profiles()
    {
        int returns = 0, members = 0, exclusions = 0;
        foreach (var profile in new[] { KpiProfile.Guidance, KpiProfile.YjbPipeline })
        {
            var engine = new KpiEngine(new KpiOptions { Profile = profile });
            foreach (var quarter in Quarters)
            {
                foreach (var definitions in DefinitionSet.List)
                {
                    var expected = engine.Compute(FromObjects, quarter, definitions);
                    var actual = engine.Compute(ChildByChild, quarter, definitions);

                    ReturnText.Canonical(actual).Should().Be(ReturnText.Canonical(expected), $"{quarter} {definitions.Name} {profile}");
                    returns++;
                    members += expected.Cohort.Members.Count;
                    exclusions += expected.Cohort.Exclusions.Count;
                }
            }
        }

        returns.Should().Be(32);
        members.Should().BeGreaterThan(400, "the comparison must cover a real cohort");
        exclusions.Should().BeGreaterThan(100, "and exclusions, whose detail names records from the rows");
    }

    [Fact]
    public void The_annual_returns_and_each_childs_statuses_are_the_same()
    {
        var engine = new KpiEngine();
        foreach (var method in AnnualMethod.List)
        {
            var expected = engine.ComputeAnnual(FromObjects, new FinancialYear(2023), DefinitionSet.Default, method);
            var actual = engine.ComputeAnnual(ChildByChild, new FinancialYear(2023), DefinitionSet.Default, method);
            actual.Measures.Select(m => (m.Id, m.Year.Fraction)).Should().Equal(expected.Measures.Select(m => (m.Id, m.Year.Fraction)));
        }

        var statuses = 0;
        foreach (var quarter in Quarters)
        {
            var expected = engine.Outcomes(FromObjects, quarter);
            var actual = engine.Outcomes(ChildByChild, quarter);
            actual.Select(o => o.ChildId).Should().Equal(expected.Select(o => o.ChildId));
            for (var i = 0; i < expected.Count; i++)
            {
                actual[i].TypeOfOrder.Should().Be(expected[i].TypeOfOrder);
                actual[i].Statuses.Should().Equal(expected[i].Statuses);
                statuses += expected[i].Statuses.Count;
            }
        }

        statuses.Should().BeGreaterThan(10_000);
    }

    [Fact]
    public void A_victim_shared_by_two_children_is_still_one_victim()
    {
        var a = Child("C1").Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-06-15")
            .Victim("V1", ["O-I1"], consent: true, engagedRj: true).Build();
        var b = Child("C2").Order("I2", Disposal.ReferralOrder, "2023-05-01", "2023-06-20")
            .Victim("V1", ["O-I2"], consent: true, engagedRj: false).Build();
        var service = TestSupport.ServiceBuilder.Service(a, b);

        var expected = new KpiEngine().Compute(KpiEngine.Prepare(service), new ReportingQuarter(2023, 1));
        var actual = new KpiEngine().Compute(Stream(service), new ReportingQuarter(2023, 1));

        ReturnText.Canonical(actual).Should().Be(ReturnText.Canonical(expected));
        actual.Find("kpi10.10a.totalVictims")!.Fraction.Numerator.Should().Be(1, "one victim, recorded for two children");
    }

    [Fact]
    public void It_keeps_no_records_so_explaining_a_child_says_what_to_do_instead()
    {
        ChildByChild.HasCaseData.Should().BeFalse();
        FromObjects.HasCaseData.Should().BeTrue();
        ChildByChild.ChildCount.Should().Be(Generated.Children.Count);
        ChildByChild.Code.Should().Be(Generated.Code);

        var engine = new KpiEngine();
        var explain = () => engine.Explain(ChildByChild, Generated.Children[0].Id, Quarters[0]);
        var diff = () => engine.Diff(ChildByChild, Quarters[0], DefinitionSet.Definitions2023, DefinitionSet.Definitions2024);
        var profiles = () => engine.DiffProfiles(ChildByChild, Quarters[0]);
        var service = () => ChildByChild.Service;

        explain.Should().Throw<InvalidOperationException>().WithMessage("*KpiEngine.Prepare*");
        diff.Should().Throw<InvalidOperationException>().WithMessage("*KpiEngine.Prepare*");
        profiles.Should().Throw<InvalidOperationException>().WithMessage("*KpiEngine.Prepare*");
        service.Should().Throw<InvalidOperationException>().WithMessage("*child by child*");
    }

    [Fact]
    public void A_child_id_added_twice_is_refused_as_service_data_refuses_it()
    {
        var builder = new PreparedServiceBuilder();
        builder.Add(Generated.Children[0]);

        var again = () => builder.Add(Generated.Children[0]);

        again.Should().Throw<ArgumentException>().WithMessage($"*{Generated.Children[0].Id}*more than once*");
        builder.ChildCount.Should().Be(1);
    }

    [Fact]
    public void A_builder_builds_once()
    {
        var builder = new PreparedServiceBuilder();
        builder.Add(Generated.Children[0]);
        var prepared = builder.Build(Generated.Code, Generated.Name, Generated.Populations, Generated.BoardAttendance);

        var add = () => builder.Add(Generated.Children[1]);
        var build = () => builder.Build(Generated.Code, Generated.Name, [], []);

        prepared.ChildCount.Should().Be(1);
        add.Should().Throw<InvalidOperationException>();
        build.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void An_empty_builder_gives_an_empty_return()
    {
        var prepared = new PreparedServiceBuilder().Build(Generated.Code, Generated.Name, Generated.Populations, []);

        var result = new KpiEngine().Compute(prepared, Quarters[4]);

        result.Cohort.Members.Should().BeEmpty();
        result.Measures.Should().NotBeEmpty();
        result.Measures.Should().OnlyContain(m => m.Fraction.Numerator == 0);
    }

    internal static PreparedService Stream(ServiceData service)
    {
        var builder = new PreparedServiceBuilder();
        foreach (var child in service.Children)
        {
            builder.Add(child);
        }

        return builder.Build(service.Code, service.Name, service.Populations, service.BoardAttendance);
    }
}
