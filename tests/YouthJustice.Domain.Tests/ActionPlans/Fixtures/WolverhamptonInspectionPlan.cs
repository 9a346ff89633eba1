using YouthJustice.Domain.ActionPlans;

namespace YouthJustice.Domain.Tests.ActionPlans.Fixtures;

/// <summary>
/// Seed 002: a YOT's improvement action plan after a full joint inspection (published February 2016), reviewed by the
/// council's scrutiny panel on 29 March 2017. The six recommendations are the inspectorate's; the actions are written
/// from the report's narrative. The March 2017 statuses follow the report: the CAMHS, child sexual exploitation and
/// diversity recommendations are blue, work placements (delayed by commissioning) amber, the evaluation of
/// interventions green, and "the rest, with one exception, on track". The September 2016 review's statuses are not in
/// the source: <see cref="September2016Review"/> is illustrative, to exercise the comparison of reviews.
/// </summary>
internal static class WolverhamptonInspectionPlan
{
    internal static readonly LocalDate March2017 = new(2017, 3, 29);
    internal static readonly LocalDate September2016 = new(2016, 9, 28);
    internal static readonly LocalDate Due = new(2017, 3, 31);

    internal static readonly PostTitle HeadOfService = new("Head of Service YOT");
    internal static readonly PostTitle DirectorOfEducation = new("Director of Education");
    internal static readonly PostTitle BoardChair = new("YOT Management Board Chair");
    internal static readonly PostTitle PrincipalEducationalPsychologist = new("Principal Educational Psychologist");

    internal static ActionPlan Build() => new(
        "YOT inspection improvement action plan",
        ActionPlanSource.FullInspection,
        new LocalDate(2016, 2, 29),
        [
            new Recommendation("1", "Improve education, training and employment for children and young people to maximise their chances of employability.",
            [
                Action("1.1", "Review of provision for 14-19 year olds commissioned by the Directors of People and Education.", DirectorOfEducation),
                Action("1.2", "Pilot quality assurance framework standards for all alternative provision.", DirectorOfEducation),
                Action("1.3", "Work placements for YOT young people through a commissioned service (from April 2017).", HeadOfService),
            ]),
            new Recommendation("2", "Leaders and managers secure an improved education and training offer meeting behavioural and vocational needs.",
            [
                Action("2.1", "Virtual careers prospectus and a European-funded mentoring placement for hard-to-engage young people.", HeadOfService),
                Action("2.2", "Virtual Head for Looked After Children to include YOT young people in the portfolio.", DirectorOfEducation),
            ]),
            new Recommendation("3", "Ensure the YOT Management Board has CAMHS representation.",
            [
                Action("3.1", "CAMHS provider represented at the management board.", BoardChair),
            ]),
            new Recommendation("4", "Ensure child sexual exploitation is a feature on the YOT Management Board agenda.",
            [
                Action("4.1", "Standing agenda item on child sexual exploitation and safeguarding; Head of Safeguarding joins the board.", BoardChair),
            ]),
            new Recommendation("5", "Evaluate intervention outcomes to understand impact.",
            [
                Action("5.1", "Doctoral research study of the effectiveness of YOT interventions.", PrincipalEducationalPsychologist),
                Action("5.2", "Review of out-of-court disposal interventions.", HeadOfService),
            ]),
            new Recommendation("6", "Eliminate barriers to engagement and further evidence consideration of diversity.",
            [
                Action("6.1", "Use the YJB diversity toolkit with the local performance manager; diversity data in the board's performance framework.", HeadOfService),
            ]),
        ]);

    internal static ActionPlanReview March2017Review()
    {
        var plan = Build();
        return new ActionPlanReview(March2017, plan,
        [
            Judged("1.1", ActionStatus.Green, new ActionProgress(startedOn: new LocalDate(2016, 4, 1))),
            Judged("1.2", ActionStatus.Green, new ActionProgress(startedOn: new LocalDate(2016, 6, 1), narrative: "Quality assurance framework standards developed and now in pilot.")),
            Judged("1.3", ActionStatus.Amber, new ActionProgress(startedOn: new LocalDate(2016, 9, 1), forecastCompletion: new LocalDate(2017, 6, 30), narrative: "Delay in setting up a service capable of delivering work placements; the commissioned service starts in April 2017.")),
            Judged("2.1", ActionStatus.Green, new ActionProgress(startedOn: new LocalDate(2016, 6, 1))),
            Judged("2.2", ActionStatus.Blue, new ActionProgress(startedOn: new LocalDate(2016, 6, 1), completedOn: new LocalDate(2017, 1, 31))),
            Judged("3.1", ActionStatus.Blue, new ActionProgress(startedOn: new LocalDate(2016, 4, 1), completedOn: new LocalDate(2017, 2, 28), narrative: "CAMHS provider attends the management board.")),
            Judged("4.1", ActionStatus.Blue, new ActionProgress(startedOn: new LocalDate(2016, 4, 1), completedOn: new LocalDate(2017, 2, 28))),
            Judged("5.1", ActionStatus.Green, new ActionProgress(startedOn: new LocalDate(2016, 9, 1), narrative: "Research proposal to the management board in March; will not complete before YJB sign-off.")),
            Judged("5.2", ActionStatus.Green, new ActionProgress(startedOn: new LocalDate(2017, 1, 1))),
            Judged("6.1", ActionStatus.Blue, new ActionProgress(startedOn: new LocalDate(2016, 4, 1), completedOn: new LocalDate(2017, 3, 1))),
        ]);
    }

    internal static ActionPlanReview September2016Review()
    {
        var plan = Build();
        return new ActionPlanReview(September2016, plan, plan.Actions.Select(a => new ActionStatusJudgement(
            a.Reference,
            a.Reference is "3.1" ? ActionStatus.Amber : ActionStatus.Green,
            September2016,
            HeadOfService,
            ActionProgress.None)));
    }

    private static PlanAction Action(string reference, string description, PostTitle lead)
        => new(reference, description, lead, Due, budget: ActionBudget.WithinExistingResources);

    private static ActionStatusJudgement Judged(string reference, ActionStatus status, ActionProgress progress)
        => new(reference, status, March2017, HeadOfService, progress);
}
