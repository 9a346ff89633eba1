using YouthJustice.Domain.ActionPlans;

namespace YouthJustice.Domain.Tests.ActionPlans.Fixtures;

/// <summary>
/// Seed 000: a council scrutiny panel's action plan on youth offending and partnership working with schools
/// (20 June 2023). Five recommendations (a-e), fifteen actions; leads are the post titles of the plan; budgets are an
/// amount (£0) or text; timescales are dates ("by 1.6.23"), a month ("November 2023": last day of the month) or a
/// period from the plan date ("6 months"). Some actions were due before the plan was agreed, as in the source.
/// Action wording is shortened.
/// </summary>
internal static class ScrutinyPanelSchoolsPlan
{
    internal static readonly LocalDate AgreedOn = new(2023, 6, 20);

    internal static readonly PostTitle DirectorAndHeadOfPartnerships = new("Executive Director of Children's Services and Head of Partnerships");
    internal static readonly PostTitle EteSpecialist = new("STYJS ETE Specialist");
    internal static readonly PostTitle HeadOfPartnershipsAndEteSpecialist = new("Head of Partnerships and STYJS ETE Specialist");

    private static readonly ActionBudget WithinExistingBudget = ActionBudget.Described("Within existing budget");
    private static readonly ActionBudget DashboardCosts = ActionBudget.Described("Costs to develop a dashboard to be established");

    internal static ActionPlan Build() => new(
        "Youth offending and partnership working with schools: action plan",
        ActionPlanSource.ScrutinyRecommendation,
        AgreedOn,
        [
            new Recommendation("a", "Support Children's Services to review the contextual safeguarding / risk outside the home approach to violence and exploitation.",
            [
                Action("a.1", "Consider a review of contextual safeguarding practice and a multi-agency response for young people at risk of exploitation.", DirectorAndHeadOfPartnerships, AgreedOn.PlusMonths(6), WithinExistingBudget, "6 months"),
                Action("a.2", "Develop a response including an offer to vulnerable adolescents aligned to the wider exploitation strategy.", DirectorAndHeadOfPartnerships, AgreedOn.PlusMonths(6), WithinExistingBudget, "6 months"),
                Action("a.3", "Consult the ETE specialist, education providers and young people as part of the strategy.", DirectorAndHeadOfPartnerships, AgreedOn.PlusMonths(6), WithinExistingBudget, "6 months"),
                Action("a.4", "Develop the training and awareness offer for education providers.", DirectorAndHeadOfPartnerships, AgreedOn.PlusMonths(6), WithinExistingBudget, "6 months"),
            ]),
            new Recommendation("b", "Assess each young person going into custody for whether an educational psychologist should be allocated.",
            [
                Action("b.1", "Develop a protocol with secure settings so that all young people receive an assessment of need and reasonable adjustments.", EteSpecialist, new LocalDate(2023, 9, 30), ActionBudget.OfAmount(0m), "6 months 30.9.23"),
            ]),
            new Recommendation("c", "Collect, analyse and evaluate data on the impact of the Inclusion Pathway on attendance, exclusions and attainment.",
            [
                Action("c.1", "Establish a process to collect attendance, exclusion and attainment information.", HeadOfPartnershipsAndEteSpecialist, new LocalDate(2023, 6, 1), WithinExistingBudget),
                Action("c.2", "Establish a process to collect qualitative data from young people and parents.", HeadOfPartnershipsAndEteSpecialist, new LocalDate(2023, 6, 1), WithinExistingBudget),
                Action("c.3", "Train staff to input data to the correct fields of the case management system.", HeadOfPartnershipsAndEteSpecialist, new LocalDate(2023, 6, 1), WithinExistingBudget),
                Action("c.4", "Make the case management system ready for the YJB key performance indicators from 1 April 2023.", HeadOfPartnershipsAndEteSpecialist, new LocalDate(2023, 6, 1), WithinExistingBudget),
                Action("c.5", "Develop a mechanism to analyse and evaluate data for cases on the inclusion pathway.", HeadOfPartnershipsAndEteSpecialist, new LocalDate(2023, 9, 30), WithinExistingBudget),
                Action("c.6", "Develop an audit process reporting outcomes and impact.", HeadOfPartnershipsAndEteSpecialist, new LocalDate(2023, 9, 30), WithinExistingBudget),
            ]),
            new Recommendation("d", "Put in place systems, data management and information exchange agreements to access partner data.",
            [
                Action("d.1", "Gain access to the education attendance system.", HeadOfPartnershipsAndEteSpecialist, new LocalDate(2023, 6, 30), DashboardCosts),
                Action("d.2", "Scope extending the dashboard to a summary dashboard for key areas.", HeadOfPartnershipsAndEteSpecialist, new LocalDate(2023, 6, 30), DashboardCosts),
                Action("d.3", "Develop a process to identify and report barriers and challenges.", HeadOfPartnershipsAndEteSpecialist, new LocalDate(2023, 9, 30), DashboardCosts),
            ]),
            new Recommendation("e", "Report back to the scrutiny panel in six months on progress and on data from partner agencies.",
            [
                Action("e.1", "Bring a report and/or presentation to the panel on progress against actions a to d.", HeadOfPartnershipsAndEteSpecialist, new LocalDate(2023, 11, 30), ActionBudget.OfAmount(0m), "November 2023"),
            ]),
        ]);

    private static PlanAction Action(string reference, string description, PostTitle lead, LocalDate due, ActionBudget budget, string? timescale = null)
        => new(reference, description, lead, due, budget: budget, timescale: timescale);
}
