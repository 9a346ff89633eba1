using YouthJustice.Domain.Services;
using YouthJustice.Sampling;

namespace YouthJustice.Kpi.Tests.Measures.Release;

/// <summary>
/// Decision K7-6: the sample generator gives hearings with remand decisions and custodial release dates, so the new rows
/// are not empty on generated data, and they move no earlier figure: every other measure is what the same service
/// without them gives.
/// </summary>
public class GeneratedServiceReleaseTest
{
    private static readonly string[] NewIds =
    [
        "kpi1.custody.suitableOnRelease", "kpi1.custody.unsuitableOnRelease", "kpi1.remand.fourWeeksOrMore.suitableAtEnd",
        "kpi2.custody.suitableOnRelease", "kpi2.custody.unsuitableOnRelease",
        "kpi2.custody.onRelease.schoolAgeSuitable", "kpi2.custody.onRelease.schoolAgeUnsuitable",
        "kpi2.custody.onRelease.aboveSchoolAgeSuitable", "kpi2.custody.onRelease.aboveSchoolAgeUnsuitable",
    ];

    private static readonly ServiceData Generated = SampleGenerator.Generate(new SampleOptions(2_000, 3, new ReportingQuarter(2023, 1), 8, "S", "Service"));

    [Fact]
    public void Generated_data_gives_the_new_rows_a_denominator()
    {
        var result = new KpiEngine().Compute(KpiEngine.Prepare(Generated), new ReportingQuarter(2024, 2), DefinitionSet.Definitions2024);

        result.Find("kpi1.custody.suitableOnRelease")!.Fraction.Denominator.Should().BeGreaterThan(0);
        result.Find("kpi2.custody.suitableOnRelease")!.Fraction.Denominator.Should().BeGreaterThan(0);
        result.Find("kpi1.remand.fourWeeksOrMore.suitableAtEnd")!.Fraction.Denominator.Should().BeGreaterThan(0);
        Generated.Children.SelectMany(c => c.Hearings).Should().Contain(h => h.RemandDecision == RemandDecision.NoRemand).And.Contain(h => h.RemandDecision.IsRemand);
    }

    [Fact]
    public void Generated_hearings_sit_on_their_offence_first_hearing_date_and_releases_within_their_programme()
    {
        foreach (var child in Generated.Children)
        {
            foreach (var hearing in child.Hearings)
            {
                hearing.OffenceIds.Should().ContainSingle();
                child.FindOffence(hearing.OffenceIds[0])!.Outcomes[0].FirstHearingDate.Should().Be(hearing.Date);
            }

            foreach (var intervention in child.Interventions.Where(i => i.ReleaseDate is not null))
            {
                intervention.Disposal.IsCustodial.Should().BeTrue();
                intervention.Disposal.Should().NotBe(Disposal.DetentionAndTrainingOrderLicence);
                intervention.ReleaseDate!.Value.Should().BeGreaterThanOrEqualTo(intervention.Start).And.BeLessThanOrEqualTo(intervention.End!.Value);
            }
        }

        Generated.Children.Count(c => c.Interventions.Any(i => i.ReleaseDate is not null)).Should().BePositive();
    }

    [Fact]
    public void Hearings_and_release_dates_move_no_earlier_figure()
    {
        var without = new ServiceData(Generated.Code, Generated.Name, Generated.Populations, Generated.BoardAttendance, Generated.Children.Select(Strip));
        var engine = new KpiEngine();
        var quarter = new ReportingQuarter(2024, 2);

        var with = engine.Compute(KpiEngine.Prepare(Generated), quarter, DefinitionSet.Definitions2024).Measures.Where(m => !NewIds.Contains(m.Id)).ToList();
        var before = engine.Compute(KpiEngine.Prepare(without), quarter, DefinitionSet.Definitions2024).Measures.Where(m => !NewIds.Contains(m.Id)).ToList();

        with.Should().HaveCount(before.Count).And.HaveCountGreaterThan(200);
        with.Select(m => (m.Id, m.Fraction)).Should().Equal(before.Select(m => (m.Id, m.Fraction)));
    }

    private static ChildCase Strip(ChildCase c)
        => new(c.Id, c.DateOfBirth, c.Sex, c.Ethnicity, c.Offences,
            c.Interventions.Select(i => new Intervention(i.Id, i.Disposal, i.Start, i.End, i.OffenceIds, i.CompletedSuccessfully)),
            c.Accommodation, c.Ete, c.SendAln, c.MentalHealth, c.SubstanceMisuse, c.CareStatus, c.Victims);
}
