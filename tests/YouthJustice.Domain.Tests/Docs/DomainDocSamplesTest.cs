using FluentAssertions;
using NodaTime;
using Xunit;
using YouthJustice.Domain.Accommodation;
using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Children;
using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Reference;
using YouthJustice.Domain.Time;

namespace YouthJustice.Domain.Tests.Docs;

/// <summary>The code samples of docs/domain/quarters-and-ages.md, offences-and-disposals.md and needs-records.md, compiled and checked.</summary>
public class DomainDocSamplesTest
{
    [Fact]
    public void Quarters_and_ages_samples()
    {
        var q = ReportingQuarter.ForDate(new LocalDate(2024, 3, 31));
        q.ToString().Should().Be("2023Q4");
        q.Start.Should().Be(new LocalDate(2024, 1, 1));
        q.End.Should().Be(new LocalDate(2024, 3, 31));
        q.Next().ToString().Should().Be("2024Q1");
        q.FinancialYear.ToString().Should().Be("2023/24");
        q.Contains(new LocalDate(2024, 4, 1)).Should().BeFalse();
        ReportingQuarter.Parse("2024Q1").Switch(
            quarter => quarter.Start.Should().Be(new LocalDate(2024, 4, 1)),
            error => error.Should().BeNull());

        SchoolYear.ForDate(new LocalDate(2024, 9, 3), new AnnualDate(9, 4)).ToString().Should().Be("2023/24");

        Age.On(new LocalDate(2004, 5, 10), new LocalDate(2022, 5, 9)).Years.Should().Be(17);
        Age.On(new LocalDate(2004, 5, 10), new LocalDate(2022, 5, 10)).Years.Should().Be(18);
        Age.On(new LocalDate(2008, 2, 29), new LocalDate(2026, 2, 28)).Years.Should().Be(17);
        Age.On(new LocalDate(2008, 2, 29), new LocalDate(2026, 3, 1)).Years.Should().Be(18);
        Age.Birthday(new LocalDate(2008, 2, 29), 18).Should().Be(new LocalDate(2026, 3, 1));
    }

    [Fact]
    public void Offences_and_disposals_samples()
    {
        var offence = new Offence(
            new OffenceId("O1"), new LocalDate(2023, 3, 1), arrestDate: null,
            OffenceCategory.ViolenceAgainstThePerson, new SeriousnessScore(5), knifeRelated: false,
            [new LegalOutcome(new LocalDate(2023, 4, 10), Disposal.ReferralOrder, new LocalDate(2023, 4, 10), appealStatus: null, residentInArea: true)]);
        offence.IsSeriousViolence.Should().BeTrue();

        var tables = new KpiReferenceTables(
            [new InterventionDisposalReference(Disposal.ReferralOrder, countsInKpis: true, "YJB mapping, 2024")],
            [new OutcomeReference(Disposal.ReferralOrder, true, LegalOutcomeGroup.FirstTier, TypeOfOrder.ReferralOrder, 3, "YJB mapping, 2024")]);
        tables.CountsInKpis(Disposal.ReferralOrder).Should().BeTrue();
    }

    [Fact]
    public void Needs_records_samples()
    {
        var child = new ChildCase(
            new ChildId("C001"), new LocalDate(2008, 2, 29), Sex.Male, Ethnicity.WhiteBritish,
            interventions: [new Intervention(new InterventionId("I1"), Disposal.ReferralOrder,
                new LocalDate(2023, 4, 20), new LocalDate(2023, 10, 19), [new OffenceId("O1")], completedSuccessfully: true)],
            accommodation: [new AccommodationPeriod(new LocalDate(2020, 1, 1), null, AccommodationType.LivingWithParents, Suitability.Suitable, primary: true)]);

        StatusPeriodRules.IsAtEnd(child.Accommodation[0], new LocalDate(2023, 10, 19)).Should().BeTrue();
    }
}
