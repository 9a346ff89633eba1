using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using Xunit;
using YouthJustice.Cli.Output;
using YouthJustice.Cli.Tests.TestSupport;
using YouthJustice.Cli.Validation;
using YouthJustice.Domain.Time;
using YouthJustice.Interchange.Json;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Explanations;

namespace YouthJustice.Cli.Tests.Validation;

/// <summary>
/// Against <see cref="Inputs.ThreeChildren"/> in 2023Q3, worked by hand: the cohort is C1 and C2 (referral orders), C3
/// is excluded as ResidentInAnotherArea; kpi1.headline is 1/2 (C1 suitable, C2 unsuitable), ReferralOrder 1/2.
/// </summary>
public sealed class ReturnComparisonTest
{
    private static readonly TheirFigure OneOfTwo = new(1, 2, Optional<decimal?>.Of(50.0m));

    private static ReturnComparison Ours()
    {
        var data = CaseLevelJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Inputs.ThreeChildren))).Value;
        var engine = new KpiEngine();
        var prepared = KpiEngine.Prepare(data);
        var ours = engine.Compute(prepared, new ReportingQuarter(2023, 3), DefinitionSet.Definitions2024);
        return new ReturnComparison(engine, prepared, ours);
    }

    private static TheirReturn Theirs(
        IEnumerable<TheirMeasure> measures,
        int? children = 2,
        IReadOnlyList<(string, string)>? excluded = null,
        IReadOnlyList<TheirChild>? list = null,
        string service = "T01")
        => new(service, "2023Q3", "2024", measures.ToList(), children, excluded ?? [("C3", "ResidentInAnotherArea")], list);

    private static TheirMeasure Headline(TheirFigure figure, Dictionary<string, TheirFigure>? splits = null)
        => new("kpi1.headline", figure, splits ?? []);

    [Fact]
    public void The_same_figures_agree_and_unreported_measures_are_only_counted()
    {
        var report = Ours().Compare(Theirs([Headline(OneOfTwo, new() { ["ReferralOrder"] = new(1, 2, Optional<decimal?>.Absent) })]));

        report.Agrees.Should().BeTrue();
        report.MeasuresCompared.Should().Be(1);
        report.MeasuresNotInTheirs.Should().Be(new KpiEngine().Catalogue.Count - 1);
        report.Notes.Should().BeEmpty();
    }

    [Fact]
    public void A_higher_numerator_is_explained_by_our_children_not_met()
    {
        var report = Ours().Compare(Theirs([Headline(new(2, 2, Optional<decimal?>.Absent))]));

        var discrepancy = report.Discrepancies.Single();
        discrepancy.Kind.Should().Be(DiscrepancyKind.Measure);
        discrepancy.Ours.Should().Be("1/2 = 50.0%");
        discrepancy.Theirs.Should().Be("2/2");
        discrepancy.Summary.Should().Be("kpi1.headline — Proportion of children in suitable accommodation at the end of their order: their numerator is higher by 1.");
        var child = discrepancy.Children.Single();
        child.ChildId.Should().Be("C2");
        child.Ours.Should().Be("not met");
        child.Why[0].Should().StartWith("unsuitable at end: accommodation period from 2020-01-01, open, LivingWithFriends");
    }

    [Fact]
    public void A_higher_denominator_is_explained_by_our_exclusions()
    {
        var report = Ours().Compare(Theirs([Headline(new(1, 3, Optional<decimal?>.Absent))]));

        var child = report.Discrepancies.Single().Children.Single();
        child.ChildId.Should().Be("C3");
        child.Ours.Should().Be("excluded: ResidentInAnotherArea");
        child.Why[0].Should().Contain("the child was resident in another area at the outcome date");
    }

    [Fact]
    public void A_split_cell_is_compared_on_its_own()
    {
        var report = Ours().Compare(Theirs([Headline(OneOfTwo, new() { ["ReferralOrder"] = new(2, 2, Optional<decimal?>.Absent) })]));

        var discrepancy = report.Discrepancies.Single();
        discrepancy.Kind.Should().Be(DiscrepancyKind.Split);
        discrepancy.Split.Should().Be("ReferralOrder");
        discrepancy.Ours.Should().Be("1/2 = 50.0%");
        discrepancy.Children.Select(c => c.ChildId).Should().Equal("C2");
    }

    [Fact]
    public void An_unknown_split_key_and_an_unknown_measure_are_discrepancies()
    {
        var report = Ours().Compare(Theirs(
        [
            Headline(OneOfTwo, new() { ["Referral"] = new(1, 2, Optional<decimal?>.Absent) }),
            new TheirMeasure("kpi1.suitable", OneOfTwo, new Dictionary<string, TheirFigure>()),
        ]));

        report.Discrepancies.Select(d => d.Kind).Should().Equal(DiscrepancyKind.Split, DiscrepancyKind.UnknownMeasure);
        report.Discrepancies[0].Summary.Should().StartWith("'Referral' is not a type of order; byTypeOfOrder keys are NonSubstantiveOutOfCourtDisposal, YouthCaution,");
        report.Discrepancies[1].Summary.Should().StartWith("Their return has the measure 'kpi1.suitable', which is not one of the");
    }

    [Fact]
    public void A_value_rounded_another_way_is_a_discrepancy_that_names_the_rounding_rule()
    {
        var report = Ours().Compare(Theirs([Headline(new(1, 2, Optional<decimal?>.Of(50.1m)))]));

        var discrepancy = report.Discrepancies.Single();
        discrepancy.Theirs.Should().Be("1/2 = 50.1");
        discrepancy.Summary.Should().Contain("rounded half away from zero to one decimal place");
        discrepancy.Children.Should().BeEmpty();
    }

    [Fact]
    public void A_value_of_none_for_a_zero_denominator_agrees()
    {
        var report = Ours().Compare(Theirs([new TheirMeasure("kpi6.headline", new(0, 0, Optional<decimal?>.Of(null)), new Dictionary<string, TheirFigure>())]));

        report.Agrees.Should().BeTrue();
    }

    [Fact]
    public void Cohort_size_and_exclusions_are_compared()
    {
        var report = Ours().Compare(Theirs([Headline(OneOfTwo)], children: 3, excluded: []));

        report.Discrepancies.Select(d => d.Kind).Should().Equal(DiscrepancyKind.CohortSize, DiscrepancyKind.Exclusion);
        report.Discrepancies[0].Summary.Should().StartWith("Their cohort has more children (3) than ours (2)");
        report.Discrepancies[1].Summary.Should().Be("We exclude C3 (ResidentInAnotherArea: the child was resident in another area at the outcome date); their return does not list the child as excluded.");
    }

    [Fact]
    public void An_exclusion_for_another_reason_names_the_furthest_check_rule()
    {
        var report = Ours().Compare(Theirs([Headline(OneOfTwo)], excluded: [("C3", "AgeOutsideRange")]));

        var discrepancy = report.Discrepancies.Single();
        discrepancy.Ours.Should().Be("excluded: ResidentInAnotherArea");
        discrepancy.Theirs.Should().Be("excluded: AgeOutsideRange");
        discrepancy.Summary.Should().Contain("kpi-rules §13.16");
    }

    [Fact]
    public void Per_child_list_names_the_children_whose_status_differs()
    {
        var list = new List<TheirChild>
        {
            new("C1", "ReferralOrder", new Dictionary<string, ChildMeasureStatus> { ["kpi1.headline"] = ChildMeasureStatus.Met }),
            new("C2", "ReferralOrder", new Dictionary<string, ChildMeasureStatus> { ["kpi1.headline"] = ChildMeasureStatus.Met }),
        };

        var report = Ours().Compare(Theirs([Headline(new(2, 2, Optional<decimal?>.Absent))], list: list));

        report.ChildrenCompared.Should().Be(2);
        report.Discrepancies.Select(d => d.Kind).Should().Equal(DiscrepancyKind.Measure, DiscrepancyKind.Child);
        var explaining = report.Discrepancies[0].Children.Single();
        (explaining.ChildId, explaining.Ours, explaining.Theirs).Should().Be(("C2", "not met", "met"));
        report.Discrepancies[1].Summary.Should().Be("C2 on kpi1.headline: ours not met, theirs met.");
    }

    [Fact]
    public void Per_child_list_with_another_cohort_is_reported_child_by_child()
    {
        var list = new List<TheirChild>
        {
            new("C1", "ReferralOrder", new Dictionary<string, ChildMeasureStatus>()),
            new("C3", "ReferralOrder", new Dictionary<string, ChildMeasureStatus>()),
        };

        var report = Ours().Compare(Theirs([Headline(OneOfTwo)], children: 2, excluded: [("C3", "ResidentInAnotherArea")], list: list));

        report.Discrepancies.Select(d => d.Summary).Should().Equal(
            "C3 is in their cohort, not in ours.",
            "C2 is in our cohort and missing from their per-child list.");
        report.Discrepancies[0].Children.Single().Why[0].Should().StartWith("Excluded from the cohort (ResidentInAnotherArea)");
    }

    [Fact]
    public void Another_service_code_is_a_discrepancy_so_the_return_never_agrees()
    {
        var report = Ours().Compare(Theirs([Headline(OneOfTwo)], service: "X99"));

        report.Agrees.Should().BeFalse();
        var discrepancy = report.Discrepancies.Should().ContainSingle().Subject;
        discrepancy.Kind.Should().Be(DiscrepancyKind.Service);
        discrepancy.Summary.Should().Be("Their return is for service 'X99'; the data is for 'T01': a return can only agree with its own service's data. Figures are compared all the same.");
    }

    [Fact]
    public void A_return_with_no_measure_agrees_on_the_cohort_only_and_says_so()
    {
        var report = Ours().Compare(Theirs([]));

        report.Agrees.Should().BeTrue();
        report.CohortOnly.Should().BeTrue();
        ValidationOutput.Verdict(report).Should().Be("The cohort agrees, but no measure was compared (their return gives none of ours), so no figure was validated.");
    }
}
