using YouthJustice.Domain.ActionPlans;

namespace YouthJustice.Domain.Tests.ActionPlans.Fixtures;

/// <summary>
/// Seed 004, appendix 12: a youth justice service delivery plan (2022) laid out by national standard, each row a
/// reference, the outcome needed, how it will be delivered, lead, date, outcome measure and progress. Here each row is
/// a <see cref="Recommendation"/> (the outcome needed) with one <see cref="PlanAction"/> (how it will be delivered).
/// </summary>
/// <remarks>
/// The source names leads by initials; they are replaced by invented post titles. Dates written "JUNE 22" / "Sept 22"
/// are the last day of the month. The extracted text lost the RAG colours, so the fixture holds the plan only.
/// A subset of rows is represented (national standards 1 and 5, governance, staff). Rows 1.2 and 7.4 have no lead (and
/// no date) in the source; the model requires a lead for every action, so they are left out. The source reuses
/// reference 3.16 for two rows: a plan with both is refused (see the test).
/// </remarks>
internal static class LeicesterServiceDeliveryPlan
{
    internal static readonly PostTitle OutOfCourtTeamManager = new("Out-of-Court Disposals Team Manager");
    internal static readonly PostTitle OutOfCourtAndPreventionManagers = new("Out-of-Court Disposals Team Manager and Prevention Team Manager");
    internal static readonly PostTitle CourtAndCustodyManager = new("Operational Manager (Court and Custody)");
    internal static readonly PostTitle EteAndHealthManager = new("Operational Manager (ETE and Health)");
    internal static readonly PostTitle ServiceManager = new("Service Manager");
    internal static readonly PostTitle LeadershipTeam = new("Leadership Team");

    internal static readonly LocalDate June22 = new(2022, 6, 30);
    internal static readonly LocalDate September22 = new(2022, 9, 30);

    internal static ActionPlan Build() => new(
        "Children and Young People's Justice Service: service delivery plan 2022",
        ActionPlanSource.SelfAssessment,
        new LocalDate(2022, 4, 1),
        [
            Row("1.1", "Fewer young people dealt with by courts when out-of-court options could have been used.",
                "Panel pre-assessments using the prevention assessment framework and AssetPlus; quality assurance of out-of-court disposal scrutiny.",
                OutOfCourtAndPreventionManagers, June22, "Young people assessed to support the out-of-court disposal panel."),
            Row("1.3", "Children and young people have access to pre-court information.", "Create a police / justice service young person's guidance.",
                OutOfCourtTeamManager, June22, "All young people understand what happens next when arrested."),
            Row("1.4", "Victims' views and safety are given greater consideration and better captured in assessments and plans.", "Increase direct victim participation.",
                OutOfCourtTeamManager, June22, "Victims feel safer and understand outcomes."),
            Row("1.5", "Liaison and Diversion: improved communication.", "Revision of existing protocols.",
                OutOfCourtTeamManager, June22, "All young people engaged by Liaison and Diversion are recorded on the case management system."),
            Row("1.6", "Best practice outcomes to reduce first-time entrants.", "Pre-court data sharing, cohort management, review of diversion programmes and a local protocol with police and CPS.",
                ServiceManager, September22, "Effective cohort management of young people at risk."),
            Row("1.7", "Robust understanding of the impact of the out-of-court disposal process.", "Quarterly out-of-court disposal report.",
                OutOfCourtTeamManager, June22, "Managers feed back performance on their areas."),
            Row("5.1", "Tailored plans for all young people who make a transition, produced promptly and with active engagement.",
                "Review resettlement standards (7 pathways) and the resettlement policy; refresh training on resettlement pathways.",
                CourtAndCustodyManager, June22, "All transitions are supported; accommodation included in every resettlement plan."),
            Row("5.2", "Quality assure and evaluate the transition pathway to the probation young persons team.", "Joint quality assurance of transition work with probation.",
                CourtAndCustodyManager, June22, "Report to the partnership board on the transitions process."),
            Row("5.3", "Risk is understood across cases likely to have contact with probation.", "Share key risk information (MAPPA, high risk of serious harm, safety and wellbeing).",
                CourtAndCustodyManager, June22, "Probation can make arrangements to manage the risks."),
            Row("5.4", "Children with SEND make successful transitions to post-16 education from the pupil referral unit.", "Post-16 transition programme with the PRU, careers service and providers.",
                EteAndHealthManager, September22, "Higher ETE rates after transition."),
            Row("5.5", "Review of release on temporary licence, pending the YJB review.", "Awaiting YJB guidance.",
                CourtAndCustodyManager, September22, "ROTL considered throughout custody planning and resettlement."),
            Row("6.1", "Leadership team and service have greater connectivity to the board.", "Quarterly board update to the service; staff and young people present good practice at the board.",
                ServiceManager, September22, "All members of the service understand the purpose of the board."),
            Row("6.2", "Board supports aspects of service quality assurance.", "Quarterly quality assurance report to the board; board members review thematic audits.",
                ServiceManager, September22, "Board members are actively involved in quality assurance."),
            Row("7.1", "Highly skilled workforce.", "Quality conversations, training needs analysis, skills audit, workforce development plan updated quarterly.",
                ServiceManager, June22, "Workforce has the knowledge and ability to meet changing needs."),
            Row("7.2", "Well supported staff.", "Induction programme, supervision, team and service meetings; update pairing and allocation policies.",
                LeadershipTeam, June22, "High staff satisfaction in the health and safety audit."),
            Row("7.3", "Develop volunteers and mentors.", "Update the volunteer policy; develop a mentors framework.",
                OutOfCourtAndPreventionManagers, September22, "Skilled volunteers support referral order panels."),
        ]);

    internal static Recommendation Row(string reference, string outcomeNeeded, string howDelivered, PostTitle lead, LocalDate date, string outcomeMeasure)
        => new(reference, outcomeNeeded, [new PlanAction(reference, howDelivered, lead, date, outcomeMeasure: outcomeMeasure)]);
}
