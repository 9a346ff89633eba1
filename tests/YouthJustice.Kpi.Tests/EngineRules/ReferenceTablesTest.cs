using YouthJustice.Domain.Reference;
using YouthJustice.Kpi.Cohorts;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.EngineRules;

public class ReferenceTablesTest
{
    [Fact]
    public void User_supplied_tables_replace_the_defaults()
    {
        // A service that does not count referral orders in its KPIs (a replaced outcome row).
        var defaults = KpiReferenceTables.Default;
        var outcomes = defaults.Outcomes.Select(o => o.Outcome == Disposal.ReferralOrder
            ? new OutcomeReference(o.Outcome, false, o.Group, o.TypeOfOrder, o.DedupSeriousnessRank, "test: referral orders do not count")
            : o);
        var tables = new KpiReferenceTables(defaults.InterventionDisposals, outcomes);
        var service = KpiEngine.Prepare(Service(Child("C1").Order("I1", Disposal.ReferralOrder, "2024-01-01", "2024-06-30").Build()));
        var quarter = new ReportingQuarter(2024, 1);

        new KpiEngine().Cohort(service, quarter, DefinitionSet.Definitions2024).Members.Should().ContainSingle();
        new KpiEngine(tables).Cohort(service, quarter, DefinitionSet.Definitions2024).Exclusions.Single().Reason.Should().Be(ExclusionReason.OutcomeNotCounted);
    }
}
