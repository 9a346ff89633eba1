namespace YouthJustice.Domain.Resettlement;

/// <summary>
/// Checks a <see cref="ResettlementPlan"/> as at a date: every pathway assessed with at least one action, the plan in
/// place at least 14 days before release, and a transition plan where the order runs past the 18th birthday.
/// </summary>
/// <remarks>
/// <para>
/// Pathways: a plan must assess all seven youth pathways (<c>spec/domain-rules.md</c> §4.1); Leicester's audit of
/// resettlement plans found accommodation often missing. An assessment dated after the "as at" date does not count.
/// </para>
/// <para>
/// Pre-release plan: HM Inspectorate of Prisons expects a plan covering care, accommodation and services to be in
/// place at least 14 days before release (§4.3). The deadline is the expected release date minus
/// <see cref="PreReleasePlanDays"/>; a plan agreed on the deadline is in time, one agreed the day after is late.
/// </para>
/// <para>Transition: see <see cref="TransitionPolicy"/> (§4.4).</para>
/// <para>Gaps are listed in a fixed order: pathways in list order, then the plan deadline, then the transition plan.</para>
/// </remarks>
[Source("HM Inspectorate of Prisons, Children and young people expectations: reintegration planning (plan in place at least 14 days before release)", Url = "https://justiceinspectorates.gov.uk/hmiprisons/our-expectations/children-and-young-people-expectations/resettlement/reintegration-planning", Confidence = Confidence.High)]
[Source("Leicester CYPJS service delivery plan 2022: resettlement plans audited against the 7 pathways, accommodation frequently missing", Confidence = Confidence.High)]
public sealed class ResettlementGapCheck
{
    /// <summary>Creates a check.</summary>
    /// <param name="transition">When transition planning starts.</param>
    /// <param name="preReleasePlanDays">How many days before release the plan must be in place: 0-365.</param>
    public ResettlementGapCheck(TransitionPolicy transition, int preReleasePlanDays)
    {
        Transition = Preconditions.CheckNotNull(transition, nameof(transition));
        PreReleasePlanDays = Preconditions.CheckRange(preReleasePlanDays, nameof(preReleasePlanDays), 0, 365);
    }

    /// <summary>The guidance's check: plan 14 days before release, transition planning from 17 years 6 months.</summary>
    public static ResettlementGapCheck Default { get; } = new(TransitionPolicy.Default, DefaultPreReleasePlanDays);

    /// <summary>The days before release by which the plan must be in place, in the guidance: 14.</summary>
    public const int DefaultPreReleasePlanDays = 14;

    /// <summary>The transition policy applied.</summary>
    public TransitionPolicy Transition { get; }

    /// <summary>How many days before release the plan must be in place.</summary>
    public int PreReleasePlanDays { get; }

    /// <summary>The last date on which the plan for an episode is in time.</summary>
    /// <param name="episode">The custodial episode.</param>
    /// <returns>The expected release date minus <see cref="PreReleasePlanDays"/>.</returns>
    public LocalDate PlanDeadline(CustodialEpisode episode)
        => Preconditions.CheckNotNull(episode, nameof(episode)).ExpectedRelease.PlusDays(-PreReleasePlanDays);

    /// <summary>Lists the gaps in a plan as at a date.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asAt">The date of the check; nothing recorded after it counts.</param>
    /// <returns>The gaps, empty when the plan is complete and in time.</returns>
    public IReadOnlyList<ResettlementGap> Check(ResettlementPlan plan, LocalDate asAt)
    {
        Preconditions.CheckNotNull(plan, nameof(plan));
        var gaps = new List<ResettlementGap>();
        foreach (var pathway in ResettlementPathway.All)
        {
            var assessment = plan.AssessmentOf(pathway);
            if (assessment is null || assessment.AssessedOn > asAt)
            {
                gaps.Add(new ResettlementGap(ResettlementGapKind.PathwayNotAssessed, pathway, null, $"The plan has no assessment of the '{pathway.Title}' pathway."));
            }
            else if (assessment.Actions.Count == 0)
            {
                gaps.Add(new ResettlementGap(ResettlementGapKind.PathwayWithoutAction, pathway, null, $"The '{pathway.Title}' pathway was assessed but no action was agreed."));
            }
        }

        var deadline = PlanDeadline(plan.Episode);
        if (plan.AgreedOn is not { } agreed || agreed > asAt)
        {
            if (asAt > deadline)
            {
                gaps.Add(new ResettlementGap(
                    ResettlementGapKind.PlanOverdue,
                    null,
                    deadline,
                    string.Create(CultureInfo.InvariantCulture, $"No resettlement plan was in place by {deadline:uuuu-MM-dd}, {PreReleasePlanDays} days before the expected release on {plan.Episode.ExpectedRelease:uuuu-MM-dd}.")));
            }
        }
        else if (agreed > deadline)
        {
            gaps.Add(new ResettlementGap(
                ResettlementGapKind.PlanAgreedLate,
                null,
                deadline,
                string.Create(CultureInfo.InvariantCulture, $"The resettlement plan was agreed on {agreed:uuuu-MM-dd}, {Period.Between(agreed, plan.Episode.ExpectedRelease, PeriodUnits.Days).Days} days before release; it was due by {deadline:uuuu-MM-dd} ({PreReleasePlanDays} days before).")));
        }

        var episode = plan.Episode;
        if (Transition.IsTransitionPlanMissing(episode.DateOfBirth, episode.OrderEnd, plan.TransitionPlanAgreedOn, asAt))
        {
            var from = Transition.PlanningStartsOn(episode.DateOfBirth);
            gaps.Add(new ResettlementGap(
                ResettlementGapKind.TransitionPlanMissing,
                null,
                from,
                string.Create(CultureInfo.InvariantCulture, $"The order runs to {episode.OrderEnd:uuuu-MM-dd}, past the 18th birthday on {TransitionPolicy.EighteenthBirthday(episode.DateOfBirth):uuuu-MM-dd}, and no transition plan has been agreed; transition planning was due from {from:uuuu-MM-dd}.")));
        }

        return gaps;
    }
}
