using YouthJustice.Domain.Health;
using YouthJustice.Kpi.Engine;
using YouthJustice.Kpi.National;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;
using static YouthJustice.Testing.Dates;

namespace YouthJustice.Kpi.Tests.National;

/// <summary>
/// The checks the national indicators share: a release date recorded on a custodial programme (kpi-rules §3.2,
/// decision KN4) and the latest date in a service's data, the default "as at" day of proven reoffending (§13.18).
/// </summary>
public class NationalRulesTest
{
    private static CaseTable Table(ChildCase child) => KpiEngine.Prepare(Service(child)).Table;

    [Theory]
    [InlineData("2023-06-01", true)] // the programme's first day
    [InlineData("2024-09-30", true)] // the programme's last day (a release before the first day is refused by Intervention)
    [InlineData("2024-10-01", false)] // the day after it
    public void A_release_date_counts_as_recorded_only_within_the_programme_both_ends_included(string releaseDate, bool recorded)
    {
        var child = Child("C1").Order("I1", Disposal.Section250Detention, "2023-06-01", "2024-09-30", outcome: Disposal.Section250Detention, outcomeDate: "2023-06-01", releaseDate: releaseDate).Build();

        var intervention = Table(child).Interventions[0];

        NationalRules.HasRecordedRelease(intervention).Should().Be(recorded);
        NationalRules.ReleaseDay(intervention).Should().Be(Days.Of(D(recorded ? releaseDate : "2024-09-30")), "without a recorded release the programme's end is the release");
    }

    [Fact]
    public void The_latest_day_reads_an_offence_that_has_no_outcome_yet()
    {
        var child = Child("C1").Outcome("O1", Disposal.YouthCaution, "2024-05-10").OffenceWithOutcomes("O2", "2024-08-01").Build();

        NationalRules.LatestDay(Table(child)).Should().Be(Days.Of(D("2024-08-01")));
    }

    [Fact]
    public void The_latest_day_reads_the_end_of_an_intervention()
    {
        var child = Child("C1").Order("I1", Disposal.ReferralOrder, "2024-05-01", "2024-10-31").Build();

        NationalRules.LatestDay(Table(child)).Should().Be(Days.Of(D("2024-10-31")));
    }

    [Fact]
    public void The_latest_day_reads_the_end_of_an_attendance_on_a_health_record()
    {
        var child = Child("C1").Outcome("O1", Disposal.YouthCaution, "2024-05-10")
            .MentalHealth("2024-05-20", offered: "2024-06-01", attendedStart: "2024-06-10", attendedEnd: "2024-09-30", intervention: MentalHealthIntervention.GettingHelp)
            .Build();

        NationalRules.LatestDay(Table(child)).Should().Be(Days.Of(D("2024-09-30")));
    }
}
