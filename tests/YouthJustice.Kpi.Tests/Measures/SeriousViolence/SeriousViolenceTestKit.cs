using YouthJustice.Domain.Services;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;
using static YouthJustice.Testing.Dates;

namespace YouthJustice.Kpi.Tests.Measures.SeriousViolence;

/// <summary>The set-up the KPI 9 (serious violence) tests share: the quarter, the population estimates, the offences and the engine call.</summary>
internal static class SeriousViolenceTestKit
{
    /// <summary>2023Q1: 2023-04-01 to 2023-06-30.</summary>
    public static readonly ReportingQuarter Q1 = new(2023, 1);

    public static readonly PopulationEstimate[] Populations = [new(2022, 24_000), new(2023, 20_000)];

    public static KpiReturn Compute(ReportingQuarter quarter, params ChildCase[] children)
        => Compute(quarter, Populations, children);

    public static KpiReturn Compute(ReportingQuarter quarter, PopulationEstimate[] populations, params ChildCase[] children)
        => Returns.Of(Service(children, populations, []), quarter, DefinitionSet.Definitions2024);

    /// <summary>A referral order for one offence: the outcome (and the age reference day, with no first hearing) is the start.</summary>
    public static ChildCase Offence(string child, OffenceCategory category, int seriousness, string outcomeDate = "2023-05-01", Disposal? disposal = null, string dateOfBirth = "2008-05-01")
        => Child(child, dateOfBirth).Order("I1", disposal ?? Disposal.ReferralOrder, outcomeDate, null, category: category, seriousness: seriousness).Build();

    public static LegalOutcome Outcome(Disposal outcome, string date, AppealStatus? appeal = null, bool? resident = true)
        => new(D(date), outcome, null, appeal, resident);

    /// <summary>An offence with several outcomes, linked to an open intervention with the given disposal.</summary>
    public static ChildCase WithOutcomes(string child, Disposal intervention, OffenceCategory category, int seriousness, params LegalOutcome[] outcomes)
        => Child(child)
            .Offence(new Offence(new OffenceId("O1"), D("2023-04-02"), null, category, new SeriousnessScore(seriousness), false, outcomes))
            .Intervention(new Intervention(new InterventionId("I1"), intervention, D("2023-04-10"), null, [new OffenceId("O1")], null))
            .Build();
}
