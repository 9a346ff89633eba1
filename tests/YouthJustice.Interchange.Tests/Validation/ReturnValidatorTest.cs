using YouthJustice.Domain.Disposals;
using YouthJustice.Interchange.Returns;
using YouthJustice.Interchange.Validation;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Cohorts;
using YouthJustice.Kpi.Definitions;
using YouthJustice.Kpi.Explanations;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Interchange.Tests.Validation;

/// <summary>
/// Against <see cref="CaseDocuments.ThreeChildren"/> in 2023Q3, worked by hand: the cohort is C1 and C2 (referral
/// orders), C3 is excluded as ResidentInAnotherArea; kpi1.headline is 1/2 (C1 suitable, C2 unsuitable), ReferralOrder 1/2.
/// Their return is the document <c>yj validate</c> reads (<see cref="KpiReturnDocument"/>).
/// </summary>
public sealed class ReturnValidatorTest
{
    private static ReturnValidator Ours()
    {
        var data = CaseLevelJsonReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(CaseDocuments.ThreeChildren))).Value!;
        var engine = new KpiEngine();
        var prepared = KpiEngine.Prepare(data);
        var ours = engine.Compute(prepared, new ReportingQuarter(2023, 3), DefinitionSet.Definitions2024);
        return new ReturnValidator(engine, prepared, ours);
    }

    private static KpiReturnDocument Theirs(
        IEnumerable<ReturnedMeasure> measures,
        int children = 2,
        IReadOnlyList<(string, ExclusionReason)>? excluded = null,
        IReadOnlyList<ReturnedChild>? list = null,
        string service = "T01")
        => new(
            service,
            new ReportingQuarter(2023, 3),
            DefinitionSet.Definitions2024,
            measures,
            children,
            (excluded ?? [("C3", ExclusionReason.ResidentInAnotherArea)]).Select(e => new ReturnedExclusion(e.Item1, e.Item2)),
            list);

    private static ReturnedMeasure Headline(long numerator, long denominator, decimal? value = null, Dictionary<TypeOfOrder, Fraction>? splits = null)
        => new("kpi1.headline", "", (long?)numerator, denominator, value, MeasureUnit.Percent, splits);

    private static ReturnedMeasure OneOfTwo(Dictionary<TypeOfOrder, Fraction>? splits = null) => Headline(1, 2, 50.0m, splits);

    [Fact]
    public void The_same_figures_agree_and_unreported_measures_are_only_counted()
    {
        var report = Ours().Compare(Theirs([OneOfTwo(new() { [TypeOfOrder.ReferralOrder] = new(1, 2) })]));

        report.Agrees.Should().BeTrue();
        report.MeasuresCompared.Should().Be(1);
        report.MeasuresNotInTheirs.Should().Be(new KpiEngine().Catalogue.Count - 1);
        report.Notes.Should().BeEmpty();
    }

    [Fact]
    public void A_higher_numerator_is_explained_by_our_children_not_met()
    {
        var report = Ours().Compare(Theirs([Headline(2, 2)]));

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
        var report = Ours().Compare(Theirs([Headline(1, 3)]));

        var child = report.Discrepancies.Single().Children.Single();
        child.ChildId.Should().Be("C3");
        child.Ours.Should().Be("excluded: ResidentInAnotherArea");
        child.Why[0].Should().Contain("the child was resident in another area at the outcome date");
    }

    [Fact]
    public void A_split_cell_is_compared_on_its_own()
    {
        var report = Ours().Compare(Theirs([OneOfTwo(new() { [TypeOfOrder.ReferralOrder] = new(2, 2) })]));

        var discrepancy = report.Discrepancies.Single();
        discrepancy.Kind.Should().Be(DiscrepancyKind.Split);
        discrepancy.Split.Should().Be("ReferralOrder");
        discrepancy.Ours.Should().Be("1/2 = 50.0%");
        discrepancy.Children.Select(c => c.ChildId).Should().Equal("C2");
    }

    [Fact]
    public void An_unknown_measure_is_a_discrepancy()
    {
        var report = Ours().Compare(Theirs([OneOfTwo(), new ReturnedMeasure("kpi1.suitable", "", (long?)1, 2, 50.0m, MeasureUnit.Percent)]));

        var discrepancy = report.Discrepancies.Should().ContainSingle().Subject;
        discrepancy.Kind.Should().Be(DiscrepancyKind.UnknownMeasure);
        discrepancy.Summary.Should().StartWith("Their return has the measure 'kpi1.suitable', which is not one of the");
    }

    [Fact]
    public void A_value_rounded_another_way_is_a_discrepancy_that_names_the_rounding_rule()
    {
        var report = Ours().Compare(Theirs([Headline(1, 2, 50.1m)]));

        var discrepancy = report.Discrepancies.Single();
        discrepancy.Theirs.Should().Be("1/2 = 50.1");
        discrepancy.Summary.Should().Contain("rounded half away from zero to one decimal place");
        discrepancy.Children.Should().BeEmpty();
    }

    [Fact]
    public void A_value_of_none_for_a_zero_denominator_agrees()
    {
        var report = Ours().Compare(Theirs([new ReturnedMeasure("kpi6.headline", "", (long?)0, 0, null, MeasureUnit.Percent)]));

        report.Agrees.Should().BeTrue();
    }

    [Fact]
    public void Cohort_size_and_exclusions_are_compared()
    {
        var report = Ours().Compare(Theirs([OneOfTwo()], children: 3, excluded: []));

        report.Discrepancies.Select(d => d.Kind).Should().Equal(DiscrepancyKind.CohortSize, DiscrepancyKind.Exclusion);
        report.Discrepancies[0].Summary.Should().StartWith("Their cohort has more children (3) than ours (2)");
        report.Discrepancies[1].Summary.Should().Be("We exclude C3 (ResidentInAnotherArea: the child was resident in another area at the outcome date); their return does not list the child as excluded.");
    }

    [Fact]
    public void A_child_they_exclude_and_we_count_is_explained_by_where_the_child_stands()
    {
        // C1 is in our cohort; their return excludes it (as a profile that drops blank appeal statuses would).
        var report = Ours().Compare(Theirs([OneOfTwo()], children: 1, excluded: [("C1", ExclusionReason.AppealStatusNotRecorded), ("C3", ExclusionReason.ResidentInAnotherArea)]));

        var exclusion = report.Discrepancies.Should().ContainSingle(d => d.Kind == DiscrepancyKind.Exclusion).Subject;
        var child = exclusion.Children.Should().ContainSingle().Subject;
        child.ChildId.Should().Be("C1");
        child.Ours.Should().Be("in the cohort");
        child.Why.Should().ContainSingle().Which.Should().NotBeEmpty();
    }

    [Fact]
    public void An_exclusion_for_another_reason_names_the_furthest_check_rule()
    {
        var report = Ours().Compare(Theirs([OneOfTwo()], excluded: [("C3", ExclusionReason.AgeOutsideRange)]));

        var discrepancy = report.Discrepancies.Single();
        discrepancy.Ours.Should().Be("excluded: ResidentInAnotherArea");
        discrepancy.Theirs.Should().Be("excluded: AgeOutsideRange");
        discrepancy.Summary.Should().Contain("kpi-rules §13.16");
    }

    [Fact]
    public void Per_child_list_names_the_children_whose_status_differs()
    {
        var list = new List<ReturnedChild>
        {
            new("C1", TypeOfOrder.ReferralOrder, new Dictionary<string, ChildMeasureStatus> { ["kpi1.headline"] = ChildMeasureStatus.Met }),
            new("C2", TypeOfOrder.ReferralOrder, new Dictionary<string, ChildMeasureStatus> { ["kpi1.headline"] = ChildMeasureStatus.Met }),
        };

        var report = Ours().Compare(Theirs([Headline(2, 2)], list: list));

        report.ChildrenCompared.Should().Be(2);
        report.Discrepancies.Select(d => d.Kind).Should().Equal(DiscrepancyKind.Measure, DiscrepancyKind.Child);
        var explaining = report.Discrepancies[0].Children.Single();
        (explaining.ChildId, explaining.Ours, explaining.Theirs).Should().Be(("C2", "not met", "met"));
        report.Discrepancies[1].Summary.Should().Be("C2 on kpi1.headline: ours not met, theirs met.");
    }

    [Fact]
    public void Per_child_list_with_another_cohort_is_reported_child_by_child()
    {
        var list = new List<ReturnedChild>
        {
            new("C1", TypeOfOrder.ReferralOrder, new Dictionary<string, ChildMeasureStatus>()),
            new("C3", TypeOfOrder.ReferralOrder, new Dictionary<string, ChildMeasureStatus>()),
        };

        var report = Ours().Compare(Theirs([OneOfTwo()], children: 2, excluded: [("C3", ExclusionReason.ResidentInAnotherArea)], list: list));

        report.Discrepancies.Select(d => d.Summary).Should().Equal(
            "C3 is in their cohort, not in ours.",
            "C2 is in our cohort and missing from their per-child list.");
        report.Discrepancies[0].Children.Single().Why[0].Should().StartWith("Excluded from the cohort (ResidentInAnotherArea)");
    }

    [Fact]
    public void Another_service_code_is_a_discrepancy_so_the_return_never_agrees()
    {
        var report = Ours().Compare(Theirs([OneOfTwo()], service: "X99"));

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
        report.Verdict.Should().Be("The cohort agrees, but no measure was compared (their return gives none of ours), so no figure was validated.");
    }
}
