using System.Linq;
using FluentAssertions;
using NodaTime;
using Xunit;
using YouthJustice.Domain.Accommodation;
using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Children;
using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Services;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Kpi.Tests.Docs;

/// <summary>The sample of docs/quickstart.md, line for line, with its stated results asserted.</summary>
public class QuickstartDocSampleTest
{
    [Fact]
    public void Quickstart_sample_compiles_and_gives_the_stated_results()
    {
        var offence = new Offence(
            new OffenceId("O1"), new LocalDate(2023, 12, 1), arrestDate: null,
            OffenceCategory.TheftAndHandling, new SeriousnessScore(2), knifeRelated: false,
            [new LegalOutcome(new LocalDate(2024, 1, 15), Disposal.ReferralOrder, firstHearingDate: null, appealStatus: null, residentInArea: true)]);
        var order = new Intervention(
            new InterventionId("I1"), Disposal.ReferralOrder, new LocalDate(2024, 2, 1), new LocalDate(2024, 5, 31),
            [offence.Id], completedSuccessfully: true);
        var home = new AccommodationPeriod(new LocalDate(2019, 1, 1), end: null, AccommodationType.LivingWithParents, Suitability.Suitable, primary: true);
        var child = new ChildCase(new ChildId("C001"), new LocalDate(2008, 2, 29), Sex.Female, Ethnicity.WhiteBritish,
            offences: [offence], interventions: [order], accommodation: [home]);
        var service = new ServiceData(new ServiceCode("YJS01"), "Example Youth Justice Service",
            [new PopulationEstimate(2023, 24_000)], boardAttendance: [], children: [child]);

        var engine = new KpiEngine();
        var prepared = KpiEngine.Prepare(service);
        var q1 = engine.Compute(prepared, new ReportingQuarter(2024, 1));

        decimal? accommodation = q1.Find("kpi1.headline")?.Value;
        int inCohort = q1.Cohort.Members.Count;

        var why = engine.Explain(prepared, new ChildId("C001"), new ReportingQuarter(2024, 1)).AsT0;
        string reason = why.Measures.First(m => m.MeasureId == "kpi1.headline").Reasons[0];

        var changes = engine.Diff(prepared, new ReportingQuarter(2024, 1), DefinitionSet.Definitions2023, DefinitionSet.Definitions2024);

        accommodation.Should().Be(100.0m);
        inCohort.Should().Be(1);
        reason.Should().Be("suitable at end: accommodation period from 2019-01-01, open, LivingWithParents, suitability Suitable, primary, open on 2024-05-31");
        changes.Select(c => c.MeasureId).Should().Equal("kpi4.headline", "kpi5.headline"); // no need recorded: in the 2023 denominators only
    }
}
