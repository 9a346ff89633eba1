using System.Globalization;
using YouthJustice.Domain.Accommodation;
using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Layout;

/// <summary>
/// The engine's rows carry the domain's predicates, asked once when a service is laid out: serious violence from
/// <see cref="Offence.IsSeriousViolence"/>, overturned from <see cref="LegalOutcome.IsOverturnedOnAppeal"/>, resident
/// from <see cref="LegalOutcome.CountsAsResident"/>. These pin each fast form to its readable one over every value.
/// </summary>
public class RowsFromDomainTest
{
    [Fact]
    public void Every_offence_row_carries_the_domains_serious_violence_for_every_category_and_score()
    {
        var offences = new List<Offence>();
        foreach (var category in OffenceCategory.List)
        {
            for (var score = SeriousnessScore.MinValue; score <= SeriousnessScore.MaxValue; score++)
            {
                offences.Add(new Offence(
                    new OffenceId(category.Name + "-" + score.ToString(CultureInfo.InvariantCulture)),
                    Dates.D("2023-05-01"),
                    null,
                    category,
                    new SeriousnessScore(score),
                    false,
                    [new LegalOutcome(Dates.D("2023-06-01"), Disposal.YouthCaution, null, null, true)]));
            }
        }

        var child = offences.Aggregate(Child("C1"), (builder, offence) => builder.Offence(offence)).Build();
        var table = KpiEngine.Prepare(Service(child)).Table;

        table.Offences.Should().HaveCount(OffenceCategory.List.Count * SeriousnessScore.MaxValue);
        for (var row = 0; row < offences.Count; row++)
        {
            table.Offences[row].IsSeriousViolence.Should().Be(offences[row].IsSeriousViolence, offences[row].Id.Value);
            table.Offences[row].IsSeriousViolenceCategory.Should().Be(offences[row].Category.IsSeriousViolenceCategory, offences[row].Id.Value);
        }

        // Both sides of the rule occur, so the comparison cannot pass on one value only.
        table.Offences.Should().Contain(r => r.IsSeriousViolence).And.Contain(r => !r.IsSeriousViolence);
        table.Offences.Should().Contain(r => r.IsSeriousViolenceCategory && !r.IsSeriousViolence);
    }

    [Fact]
    public void Every_outcome_row_carries_the_domains_overturned_and_resident_for_every_appeal_status_and_flag()
    {
        var appeals = new List<AppealStatus?> { null };
        appeals.AddRange(AppealStatus.List);
        bool?[] residence = [true, false, null];
        var outcomes = new List<LegalOutcome>();
        foreach (var appeal in appeals)
        {
            foreach (var resident in residence)
            {
                outcomes.Add(new LegalOutcome(Dates.D("2023-06-01"), Disposal.ReferralOrder, null, appeal, resident));
            }
        }

        var offence = new Offence(new OffenceId("O1"), Dates.D("2023-05-01"), null, OffenceCategory.TheftAndHandling, new SeriousnessScore(3), false, outcomes);
        var table = KpiEngine.Prepare(Service(Child("C1").Offence(offence).Build())).Table;

        table.Outcomes.Should().HaveCount(appeals.Count * residence.Length);
        for (var row = 0; row < outcomes.Count; row++)
        {
            table.Outcomes[row].IsOverturned.Should().Be(outcomes[row].IsOverturnedOnAppeal);
            table.Outcomes[row].IsResident.Should().Be(outcomes[row].CountsAsResident);
            table.Outcomes[row].AppealStatusRecorded.Should().Be(outcomes[row].AppealStatus is not null);
            table.Outcomes[row].ResidenceRecorded.Should().Be(outcomes[row].ResidentInArea is not null);
        }

        table.Outcomes.Should().Contain(r => r.IsOverturned).And.Contain(r => !r.IsOverturned);
        table.Outcomes.Should().Contain(r => r.IsResident).And.Contain(r => !r.IsResident);
    }

    [Fact]
    public void Every_accommodation_row_carries_the_domains_effective_and_recorded_suitability_for_every_type_and_suitability()
    {
        var suitabilities = new List<Suitability?> { null };
        suitabilities.AddRange(Suitability.List);
        var builder = Child("C1");
        var periods = new List<(AccommodationType Type, Suitability? Suitability)>();
        foreach (var type in AccommodationType.List)
        {
            foreach (var suitability in suitabilities)
            {
                builder = builder.Accommodation("2023-01-01", null, type, suitability);
                periods.Add((type, suitability));
            }
        }

        var table = KpiEngine.Prepare(Service(builder.Build())).Table;

        table.Accommodation.Should().HaveCount(periods.Count);
        for (var row = 0; row < periods.Count; row++)
        {
            var period = new AccommodationPeriod(Dates.D("2023-01-01"), null, periods[row].Type, periods[row].Suitability, true);
            table.Accommodation[row].Suitability.Should().Be(period.EffectiveSuitability?.Value ?? 0, periods[row].Type.Name);
            table.Accommodation[row].RecordedSuitability.Should().Be(period.Suitability?.Value ?? 0, periods[row].Type.Name);
        }

        // The always-unsuitable types make the two columns differ (yjaf-case-level §6.9 reads the recorded one).
        table.Accommodation.Should().Contain(r => r.Suitability != r.RecordedSuitability).And.Contain(r => r.Suitability == r.RecordedSuitability && r.Suitability != 0);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(null, true)]
    [InlineData(false, false)]
    public void A_missing_residence_flag_counts_as_resident(bool? residentInArea, bool expected)
        => new LegalOutcome(Dates.D("2023-06-01"), Disposal.ReferralOrder, null, null, residentInArea).CountsAsResident.Should().Be(expected);
}
