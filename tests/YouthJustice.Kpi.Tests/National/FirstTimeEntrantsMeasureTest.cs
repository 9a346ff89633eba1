using YouthJustice.Domain.Services;
using YouthJustice.Kpi.Explanations;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;
using static YouthJustice.Kpi.Tests.National.NationalTestKit;

namespace YouthJustice.Kpi.Tests.National;

public class FirstTimeEntrantsMeasureTest
{
    private static long Entrants(ReportingQuarter quarter, params ChildCase[] children)
        => Compute(quarter, children).Find("fte.count")!.Numerator;

    [Fact]
    public void First_youth_caution_in_the_quarter_counts()
    {
        var child = Child("C1").Outcome("O1", Disposal.YouthCaution, "2024-05-10").Build();

        var result = Compute(Q1, child);

        result.Find("fte.count")!.Value.Should().Be(1m);
        result.Find("fte.count")!.Definition.Title.Should().Contain("estimate");
        result.Find("fte.ratePer100k")!.Definition.Title.Should().Contain("estimate");
    }

    [Fact]
    public void Child_whose_earlier_caution_was_in_a_previous_quarter_is_not_a_first_time_entrant_again()
    {
        var child = Child("C1")
            .Outcome("O1", Disposal.YouthCaution, "2024-03-10")
            .Outcome("O2", Disposal.YouthRehabilitationOrder, "2024-05-10")
            .Build();

        Entrants(Q1, child).Should().Be(0);
        Entrants(new ReportingQuarter(2023, 4), child).Should().Be(1);
    }

    [Theory]
    [InlineData("CommunityResolution")]
    [InlineData("NoFurtherAction")]
    [InlineData("Outcome20")]
    [InlineData("Outcome21")]
    [InlineData("Outcome22")]
    [InlineData("Outcome22DeferredProsecution")]
    public void Informal_outcome_alone_never_makes_a_first_time_entrant(string outcome)
    {
        var child = Child("C1").Outcome("O1", Disposal.FromName(outcome), "2024-05-10").Build();

        Entrants(Q1, child).Should().Be(0);
    }

    [Fact]
    public void Community_resolution_before_a_youth_caution_leaves_the_caution_as_the_first_entry()
    {
        var child = Child("C1")
            .Outcome("O1", Disposal.CommunityResolution, "2024-02-01")
            .Outcome("O2", Disposal.YouthCaution, "2024-05-10")
            .Build();

        Entrants(new ReportingQuarter(2023, 4), child).Should().Be(0);
        Entrants(Q1, child).Should().Be(1);
    }

    [Theory]
    [InlineData("ChangedOnAppeal")]
    [InlineData("AppealSuccessful")]
    public void Outcome_overturned_on_appeal_is_skipped_and_the_next_formal_outcome_is_the_first(string appeal)
    {
        var child = Child("C1")
            .Outcome("O1", Disposal.ReferralOrder, "2024-04-10", appeal: AppealStatus.FromName(appeal))
            .Outcome("O2", Disposal.YouthCaution, "2024-08-01")
            .Build();

        Entrants(Q1, child).Should().Be(0);
        Entrants(new ReportingQuarter(2024, 2), child).Should().Be(1);
    }

    [Fact]
    public void Outcome_with_an_unsuccessful_appeal_still_counts()
    {
        var child = Child("C1").Outcome("O1", Disposal.ReferralOrder, "2024-04-10", appeal: AppealStatus.AppealUnsuccessful).Build();

        Entrants(Q1, child).Should().Be(1);
    }

    [Fact]
    public void Child_aged_17_on_the_outcome_date_counts_and_on_the_18th_birthday_does_not()
    {
        var seventeen = Child("C1", "2006-05-01").Outcome("O1", Disposal.YouthCaution, "2024-04-30").Build();
        var eighteen = Child("C2", "2006-05-01").Outcome("O1", Disposal.YouthCaution, "2024-05-01").Build();

        Entrants(Q1, seventeen).Should().Be(1);
        Entrants(Q1, eighteen).Should().Be(0);
    }

    [Fact]
    public void Child_first_cautioned_at_18_is_not_a_youth_first_time_entrant_at_a_later_outcome()
    {
        // An adult entry is an entry: the later sentence is not a first one.
        var child = Child("C1", "2006-04-01")
            .Outcome("O1", Disposal.YouthCaution, "2024-04-01")
            .Outcome("O2", Disposal.Fine, "2024-06-01")
            .Build();

        Entrants(Q1, child).Should().Be(0);
    }

    [Fact]
    public void Child_without_a_date_of_birth_is_not_counted()
    {
        var child = Child("C1", null).Outcome("O1", Disposal.YouthCaution, "2024-05-10").Build();

        Entrants(Q1, child).Should().Be(0);
    }

    [Fact]
    public void First_formal_outcome_given_while_resident_elsewhere_means_no_later_entry_here()
    {
        var elsewhere = Child("C1")
            .Outcome("O1", Disposal.YouthCaution, "2024-04-10", resident: false)
            .Outcome("O2", Disposal.ReferralOrder, "2024-06-10")
            .Build();
        var unknownResidence = Child("C2").Outcome("O1", Disposal.YouthCaution, "2024-04-10", resident: null).Build();

        Entrants(Q1, elsewhere).Should().Be(0);
        Entrants(Q1, unknownResidence).Should().Be(1);
    }

    [Fact]
    public void Outcome_on_the_last_day_of_the_quarter_counts_there_and_on_the_first_day_of_the_next_quarter_counts_there()
    {
        var last = Child("C1").Outcome("O1", Disposal.YouthCaution, "2024-06-30").Build();
        var next = Child("C2").Outcome("O1", Disposal.YouthCaution, "2024-07-01").Build();

        Entrants(Q1, last, next).Should().Be(1);
        Entrants(new ReportingQuarter(2024, 2), last, next).Should().Be(1);
    }

    [Fact]
    public void Child_with_two_formal_outcomes_on_the_first_day_is_one_first_time_entrant()
    {
        var child = Child("C1")
            .Outcome("O1", Disposal.ReferralOrder, "2024-05-10")
            .Outcome("O2", Disposal.ReferralOrder, "2024-05-10")
            .Build();

        Entrants(Q1, child).Should().Be(1);
    }

    [Fact]
    public void Rate_per_100000_uses_the_estimate_for_the_year_before_the_financial_year()
    {
        // 6 first-time entrants in 2024Q1; FY 2024/25 uses the 2023 estimate: 6 / 24,000 × 100,000 = 25.0.
        var children = Enumerable.Range(1, 6)
            .Select(i => Child("C" + i).Outcome("O1", Disposal.YouthCaution, "2024-05-10").Build())
            .ToArray();
        var service = Service(children, [new PopulationEstimate(2023, 24_000), new PopulationEstimate(2024, 12_000)], []);

        var rate = Returns.Of(service, Q1).Find("fte.ratePer100k")!;

        rate.Fraction.Should().Be(new Fraction(6, 24_000));
        rate.Value.Should().Be(25.0m);
        rate.Definition.Unit.Should().Be(MeasureUnit.Per100000);
    }

    [Fact]
    public void Rate_has_no_value_when_the_previous_year_estimate_is_missing()
    {
        var child = Child("C1").Outcome("O1", Disposal.YouthCaution, "2024-05-10").Build();
        var service = Service([child], [new PopulationEstimate(2024, 24_000)], []);

        var result = Returns.Of(service, Q1);

        result.Find("fte.ratePer100k")!.Value.Should().BeNull();
        result.Find("fte.count")!.Value.Should().Be(1m);
    }

    [Fact]
    public void Explanation_names_the_first_formal_outcome()
    {
        var child = Child("C1")
            .Outcome("O1", Disposal.CommunityResolution, "2024-02-01")
            .Outcome("O2", Disposal.YouthCaution, "2024-05-10")
            .Build();
        var prepared = KpiEngine.Prepare(Service(child));

        var counted = new KpiEngine().Explain(prepared, new ChildId("C1"), Q1).AsT0.Measures.Single(m => m.MeasureId == "fte.count");
        var earlier = new KpiEngine().Explain(prepared, new ChildId("C1"), new ReportingQuarter(2024, 2)).AsT0.Measures.Single(m => m.MeasureId == "fte.ratePer100k");

        counted.Status.Should().Be(ChildMeasureStatus.Met);
        counted.Reasons.Should().Equal("first-time entrant (estimate): the earliest youth caution, youth conditional caution or court sentence in the data is legal outcome YouthCaution on 2024-05-10, in the quarter");
        earlier.Status.Should().Be(ChildMeasureStatus.NotInDenominator);
        earlier.Reasons.Should().Equal("not a first-time entrant in this quarter: the earliest formal outcome in the data is legal outcome YouthCaution on 2024-05-10");
    }

    [Fact]
    public void Of_two_formal_outcomes_on_the_first_day_a_resident_one_makes_the_child_an_entrant()
    {
        // kpi-rules §13.17: of several formal outcomes on the earliest day, a resident one is preferred.
        var child = Child("C1")
            .Outcome("O1", Disposal.YouthCaution, "2024-05-10", resident: false)
            .Outcome("O2", Disposal.YouthCaution, "2024-05-10")
            .Build();

        Entrants(Q1, child).Should().Be(1);
    }

    [Theory]
    [InlineData("entrant", "first-time entrant (estimate): the earliest youth caution, youth conditional caution or court sentence in the data is legal outcome YouthCaution on 2024-05-10, in the quarter")]
    [InlineData("two on one day", "first-time entrant (estimate): the earliest youth caution, youth conditional caution or court sentence in the data is legal outcome ReferralOrder on 2024-05-10, in the quarter")]
    [InlineData("community resolution only", "not a first-time entrant: no youth caution, youth conditional caution or court sentence in the data (a community resolution, no further action or Outcome 20, 21 or 22 never makes one; an outcome overturned on appeal is skipped)")]
    [InlineData("resident elsewhere", "not counted: the earliest formal outcome in the data, legal outcome YouthCaution on 2024-05-10, was given while the child was resident in another area")]
    [InlineData("no date of birth", "not counted: no date of birth, so the age on the earliest formal outcome, legal outcome YouthCaution on 2024-05-10, is unknown")]
    [InlineData("18 on the outcome date", "not counted: the child was not aged 10 to 17 on 2024-05-10, the date of the earliest formal outcome, legal outcome YouthCaution on 2024-05-10")]
    public void Explanation_names_the_earliest_formal_outcome_and_why_it_counts_or_not(string child, string reason)
    {
        // Each child is alone in its service, so its first outcome is the first row of the service's outcomes.
        var builder = child switch
        {
            "entrant" => Child("C1").Outcome("O1", Disposal.YouthCaution, "2024-05-10"),
            "two on one day" => Child("C1").Outcome("O1", Disposal.ReferralOrder, "2024-05-10").Outcome("O2", Disposal.YouthCaution, "2024-05-10"),
            "community resolution only" => Child("C1").Outcome("O1", Disposal.CommunityResolution, "2024-05-10"),
            "resident elsewhere" => Child("C1").Outcome("O1", Disposal.YouthCaution, "2024-05-10", resident: false),
            "no date of birth" => Child("C1", null).Outcome("O1", Disposal.YouthCaution, "2024-05-10"),
            _ => Child("C1", "2006-05-10").Outcome("O1", Disposal.YouthCaution, "2024-05-10"),
        };

        var count = new KpiEngine().Explain(KpiEngine.Prepare(Service(builder.Build())), new ChildId("C1"), Q1).AsT0.Measures.Single(m => m.MeasureId == "fte.count");

        count.Status.Should().Be(child is "entrant" or "two on one day" ? ChildMeasureStatus.Met : ChildMeasureStatus.NotInDenominator);
        count.Reasons.Should().Equal(reason);
    }
}
