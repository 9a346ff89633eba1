using YouthJustice.Domain.ActionPlans;
using YouthJustice.Domain.Resettlement;

namespace YouthJustice.Domain.Tests.Resettlement;

public class ResettlementGapCheckTest
{
    private static readonly ChildId Child = new("C001");
    private static readonly LocalDate Dob = new(2008, 1, 15);
    private static readonly LocalDate Release = new(2024, 6, 30);
    private static readonly CustodialEpisode Episode = new(Child, Dob, new LocalDate(2024, 1, 2), Release, new LocalDate(2024, 12, 31));
    private static readonly PostTitle CaseManager = new("YJS Case Manager");

    [Fact]
    public void Plan_with_six_pathways_reports_missing_accommodation_and_reads_adult_families()
    {
        var families = AdultPathwayAliases.Standard.Resolve("Children and families").AsT0;
        var pathways = new[]
        {
            ResettlementPathway.EducationTrainingAndEmployment, ResettlementPathway.Health, ResettlementPathway.SubstanceMisuse,
            families, ResettlementPathway.FinanceBenefitsAndDebt, ResettlementPathway.CaseManagementAndTransitions,
        }.Select(p => Assessed(p));
        var plan = new ResettlementPlan(Episode, new LocalDate(2024, 5, 1), pathways);

        var gaps = ResettlementGapCheck.Default.Check(plan, new LocalDate(2024, 5, 2));

        families.Should().Be(ResettlementPathway.Families);
        gaps.Should().ContainSingle().Which.Should().Be(new ResettlementGap(
            ResettlementGapKind.PathwayNotAssessed, ResettlementPathway.Accommodation, null,
            "The plan has no assessment of the 'Accommodation' pathway."));
    }

    [Fact]
    public void Complete_plan_in_time_has_no_gaps()
        => ResettlementGapCheck.Default.Check(CompletePlan(new LocalDate(2024, 5, 1)), new LocalDate(2024, 7, 1)).Should().BeEmpty();

    [Fact]
    public void Pathway_assessed_without_an_action_is_a_gap()
    {
        var pathways = ResettlementPathway.All.Select(p => p == ResettlementPathway.Health ? Assessed(p, withAction: false) : Assessed(p));
        var plan = new ResettlementPlan(Episode, new LocalDate(2024, 5, 1), pathways);

        ResettlementGapCheck.Default.Check(plan, new LocalDate(2024, 5, 2)).Should().ContainSingle().Which.Should().Be(new ResettlementGap(
            ResettlementGapKind.PathwayWithoutAction, ResettlementPathway.Health, null,
            "The 'Health' pathway was assessed but no action was agreed."));
    }

    [Fact]
    public void Assessment_dated_after_the_check_does_not_count()
    {
        var pathways = ResettlementPathway.All.Select(p => p == ResettlementPathway.Accommodation ? Assessed(p, on: new LocalDate(2024, 5, 3)) : Assessed(p));
        var plan = new ResettlementPlan(Episode, new LocalDate(2024, 5, 1), pathways);

        ResettlementGapCheck.Default.Check(plan, new LocalDate(2024, 5, 2)).Select(g => g.Pathway).Should().Equal(ResettlementPathway.Accommodation);
        ResettlementGapCheck.Default.Check(plan, new LocalDate(2024, 5, 3)).Should().BeEmpty();
    }

    [Fact]
    public void Plan_deadline_is_14_days_before_release()
        => ResettlementGapCheck.Default.PlanDeadline(Episode).Should().Be(new LocalDate(2024, 6, 16));

    [Theory]
    [InlineData(15)]
    [InlineData(14)]
    public void Plan_agreed_14_or_more_days_before_release_is_in_time(int daysBefore)
        => ResettlementGapCheck.Default.Check(CompletePlan(Release.PlusDays(-daysBefore)), Release).Should().BeEmpty();

    [Fact]
    public void Plan_agreed_13_days_before_release_is_late()
        => ResettlementGapCheck.Default.Check(CompletePlan(Release.PlusDays(-13)), Release).Should().ContainSingle().Which.Should().Be(new ResettlementGap(
            ResettlementGapKind.PlanAgreedLate, null, new LocalDate(2024, 6, 16),
            "The resettlement plan was agreed on 2024-06-17, 13 days before release; it was due by 2024-06-16 (14 days before)."));

    [Fact]
    public void Missing_plan_is_not_overdue_on_the_deadline()
        => ResettlementGapCheck.Default.Check(CompletePlan(null), new LocalDate(2024, 6, 16)).Should().BeEmpty();

    [Fact]
    public void Missing_plan_is_overdue_the_day_after_the_deadline()
        => ResettlementGapCheck.Default.Check(CompletePlan(null), new LocalDate(2024, 6, 17)).Should().ContainSingle().Which.Should().Be(new ResettlementGap(
            ResettlementGapKind.PlanOverdue, null, new LocalDate(2024, 6, 16),
            "No resettlement plan was in place by 2024-06-16, 14 days before the expected release on 2024-06-30."));

    [Fact]
    public void Plan_agreed_after_the_check_counts_as_missing()
        => ResettlementGapCheck.Default.Check(CompletePlan(new LocalDate(2024, 6, 20)), new LocalDate(2024, 6, 18))
            .Select(g => g.Kind).Should().Equal(ResettlementGapKind.PlanOverdue);

    [Fact]
    public void Deadline_is_configurable()
        => new ResettlementGapCheck(TransitionPolicy.Default, 28).Check(CompletePlan(Release.PlusDays(-20)), Release)
            .Select(g => g.Kind).Should().Equal(ResettlementGapKind.PlanAgreedLate);

    [Fact]
    public void Order_past_the_18th_birthday_without_transition_plan_is_flagged_from_17_and_a_half()
    {
        var episode = new CustodialEpisode(Child, new LocalDate(2007, 5, 10), new LocalDate(2024, 9, 1), new LocalDate(2025, 3, 1), new LocalDate(2025, 9, 1));
        var plan = new ResettlementPlan(episode, new LocalDate(2024, 10, 1), ResettlementPathway.All.Select(p => Assessed(p, on: new LocalDate(2024, 10, 1))));

        ResettlementGapCheck.Default.Check(plan, new LocalDate(2024, 11, 9)).Should().BeEmpty();
        ResettlementGapCheck.Default.Check(plan, new LocalDate(2024, 11, 10)).Should().ContainSingle().Which.Should().Be(new ResettlementGap(
            ResettlementGapKind.TransitionPlanMissing, null, new LocalDate(2024, 11, 10),
            "The order runs to 2025-09-01, past the 18th birthday on 2025-05-10, and no transition plan has been agreed; transition planning was due from 2024-11-10."));
        new ResettlementPlan(episode, plan.AgreedOn, plan.Pathways, new LocalDate(2024, 11, 10))
            .Should().Match<ResettlementPlan>(p => ResettlementGapCheck.Default.Check(p, new LocalDate(2024, 11, 10)).Count == 0);
    }

    [Fact]
    public void Gaps_are_listed_in_pathway_order_then_deadlines()
    {
        var plan = new ResettlementPlan(Episode, null, [Assessed(ResettlementPathway.Health)]);

        ResettlementGapCheck.Default.Check(plan, new LocalDate(2024, 7, 1)).Select(g => (g.Kind, g.Pathway?.Title)).Should().Equal(
            (ResettlementGapKind.PathwayNotAssessed, "Accommodation"),
            (ResettlementGapKind.PathwayNotAssessed, "Education, training and employment"),
            (ResettlementGapKind.PathwayNotAssessed, "Substance misuse"),
            (ResettlementGapKind.PathwayNotAssessed, "Families"),
            (ResettlementGapKind.PathwayNotAssessed, "Finance, benefits and debt"),
            (ResettlementGapKind.PathwayNotAssessed, "Case management and transitions"),
            (ResettlementGapKind.PlanOverdue, (string?)null));
    }

    [Fact]
    public void Plan_refuses_two_assessments_of_one_pathway()
        => FluentActions.Invoking(() => new ResettlementPlan(Episode, null, [Assessed(ResettlementPathway.Health), Assessed(ResettlementPathway.Health)]))
            .Should().Throw<ArgumentException>().WithParameterName("pathways")
            .WithMessage("A plan holds one assessment per pathway; 'Health' appears 2 times.*");

    [Fact]
    public void Plan_orders_its_assessments_by_pathway()
        => new ResettlementPlan(Episode, null, [Assessed(ResettlementPathway.Families), Assessed(ResettlementPathway.Accommodation)])
            .Pathways.Select(a => a.Pathway).Should().Equal(ResettlementPathway.Accommodation, ResettlementPathway.Families);

    [Fact]
    public void Episode_refuses_release_before_custody()
        => FluentActions.Invoking(() => new CustodialEpisode(Child, Dob, new LocalDate(2024, 1, 2), new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)))
            .Should().Throw<ArgumentException>().WithParameterName("expectedRelease")
            .WithMessage("The expected release 2024-01-01 must not be before the custody start 2024-01-02.*");

    [Fact]
    public void Episode_refuses_order_ending_before_release()
        => FluentActions.Invoking(() => new CustodialEpisode(Child, Dob, new LocalDate(2024, 1, 2), Release, Release.PlusDays(-1)))
            .Should().Throw<ArgumentException>().WithParameterName("orderEnd");

    [Fact]
    public void Episode_refuses_birth_on_or_after_custody_start()
        => FluentActions.Invoking(() => new CustodialEpisode(Child, new LocalDate(2024, 1, 2), new LocalDate(2024, 1, 2), Release, Release))
            .Should().Throw<ArgumentException>().WithParameterName("dateOfBirth");

    [Fact]
    public void Episode_needs_a_child_identifier()
        => FluentActions.Invoking(() => new CustodialEpisode(default, Dob, new LocalDate(2024, 1, 2), Release, Release))
            .Should().Throw<ArgumentException>().WithParameterName("child");

    [Fact]
    public void Equal_plans_are_equal()
        => CompletePlan(new LocalDate(2024, 5, 1)).Should().Be(CompletePlan(new LocalDate(2024, 5, 1)));

    private static ResettlementPlan CompletePlan(LocalDate? agreedOn)
        => new(Episode, agreedOn, ResettlementPathway.All.Select(p => Assessed(p)));

    private static PathwayAssessment Assessed(ResettlementPathway pathway, bool withAction = true, LocalDate? on = null)
        => new(pathway, on ?? new LocalDate(2024, 4, 1), "Need assessed with the child and family.",
            withAction ? [new ResettlementAction("Agree support before release", CaseManager, new LocalDate(2024, 6, 1))] : new List<ResettlementAction>());
}
