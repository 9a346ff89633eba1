using NodaTime;
using YouthJustice.Domain.Accommodation;
using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Children;
using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Education;
using YouthJustice.Domain.Health;
using YouthJustice.Domain.Offences;
using YouthJustice.Domain.Services;

namespace YouthJustice.Interchange.Tests.Json;

public partial class CaseLevelJsonReaderTest
{
    [Fact]
    public void The_sample_document_is_read_without_issues()
    {
        var result = Inputs.ReadJson(Inputs.SampleJson);

        result.Issues.Should().BeEmpty();
        result.Value.Code.Value.Should().Be("YJS01");
        result.Value.Name.Should().Be("Example Youth Justice Service");
        result.Value.Children.Select(c => c.Id.Value).Should().Equal("C001", "C002", "C003");
        result.Value.Populations.Select(p => (p.Year, p.Aged10To17)).Should().Equal((2023, 24000), (2024, 24310));
        result.Value.BoardAttendance.Should().HaveCount(2);
        result.Value.BoardAttendance[0].Sector.Should().Be(BoardSector.Police);
    }

    [Fact]
    public void The_summary_counts_every_item_of_the_sample()
    {
        var summary = Inputs.ReadJson(Inputs.SampleJson).Summary;

        summary.For(InputItemKind.Child).Accepted.Should().Be(3);
        summary.For(InputItemKind.Offence).Accepted.Should().Be(4);
        summary.For(InputItemKind.Outcome).Accepted.Should().Be(4);
        summary.For(InputItemKind.Intervention).Accepted.Should().Be(3);
        summary.For(InputItemKind.Accommodation).Accepted.Should().Be(3);
        summary.For(InputItemKind.Ete).Accepted.Should().Be(2);
        summary.For(InputItemKind.Victim).Accepted.Should().Be(1);
        summary.For(InputItemKind.Population).Accepted.Should().Be(2);
        summary.For(InputItemKind.BoardAttendance).Accepted.Should().Be(2);
        summary.Rejected.Should().Be(0);
        summary.Seen.Should().Be(summary.Accepted);
    }

    [Fact]
    public void Every_field_of_a_child_is_read()
    {
        var child = Inputs.ReadJson(Inputs.SampleJson).Value.Children[0];

        child.DateOfBirth.Should().Be(new LocalDate(2008, 2, 29));
        child.Sex.Should().Be(Sex.Male);
        child.Ethnicity.Should().Be(Ethnicity.WhiteBritish);
        var offence = child.Offences.Single();
        offence.Id.Value.Should().Be("O1");
        offence.OffenceDate.Should().Be(new LocalDate(2023, 3, 1));
        offence.ArrestDate.Should().BeNull();
        offence.Category.Should().Be(OffenceCategory.ViolenceAgainstThePerson);
        offence.Seriousness.Value.Should().Be(5);
        offence.KnifeRelated.Should().BeFalse();
        offence.Outcomes.Single().Should().Be(new LegalOutcome(new LocalDate(2023, 4, 10), Disposal.ReferralOrder, new LocalDate(2023, 4, 10), null, true));
        var intervention = child.Interventions.Single();
        intervention.Disposal.Should().Be(Disposal.ReferralOrder);
        intervention.Start.Should().Be(new LocalDate(2023, 4, 20));
        intervention.End.Should().Be(new LocalDate(2023, 10, 19));
        intervention.OffenceIds.Select(o => o.Value).Should().Equal("O1");
        intervention.CompletedSuccessfully.Should().BeTrue();
        child.Accommodation.Single().Should().Be(new AccommodationPeriod(new LocalDate(2020, 1, 1), null, AccommodationType.LivingWithParents, Suitability.Suitable, true));
        child.Ete.Single().Should().Be(new EtePeriod(new LocalDate(2022, 9, 1), null, EteProvision.MainstreamSchool, Suitability.Suitable, 25m, 20m));
        child.SendAln.Single().Should().Be(new SendAlnRecord(new LocalDate(2021, 1, 1), null, true, true));
        child.MentalHealth.Single().Should().Be(new MentalHealthRecord(new LocalDate(2023, 5, 1), null, new LocalDate(2023, 5, 10), new LocalDate(2023, 5, 20), null, MentalHealthIntervention.GettingHelp));
        child.SubstanceMisuse.Single().Intervention.Should().Be(SubstanceMisuseIntervention.NoIntervention);
        child.CareStatus.Single().Should().Be(new CareStatusPeriod(CareStatus.ChildInNeed, new LocalDate(2022, 1, 1), null));
        var victim = child.Victims.Single();
        victim.OffenceIds.Select(o => o.Value).Should().Equal("O1");
        victim.ConsentToContact.Should().BeTrue();
        victim.SupportRequested.Should().BeFalse();
    }

    [Fact]
    public void Yjb_codes_are_accepted_beside_the_names()
    {
        var child = Inputs.ReadJson(Inputs.SampleJson).Value.Children[1];

        child.Sex.Should().Be(Sex.Female);
        child.Offences[0].Category.Should().Be(OffenceCategory.Robbery);
        child.Accommodation[0].Type.Should().Be(AccommodationType.LivingWithParents);
        child.Accommodation[0].Suitability.Should().Be(Suitability.Suitable);
    }

    [Fact]
    public void A_yjb_code_may_be_a_json_number()
        => Inputs.ReadJson(Inputs.Document(Inputs.Child().Replace("\"Male\"", "2", System.StringComparison.Ordinal))).Value.Children.Single().Sex.Should().Be(Sex.Female);

    [Fact]
    public void The_sentinel_1900_01_01_and_null_both_mean_no_date()
    {
        var children = Inputs.ReadJson(Inputs.SampleJson).Value.Children;

        children[1].Interventions[0].End.Should().BeNull();
        children[2].DateOfBirth.Should().BeNull();
    }

    [Fact]
    public void Fractional_hours_are_read_exactly()
        => Inputs.ReadJson(Inputs.SampleJson).Value.Children[1].Ete[0].HoursOffered.Should().Be(12.5m);

    [Fact]
    public void Missing_optional_lists_mean_no_records()
    {
        var child = Inputs.ReadJson(Inputs.SampleJson).Value.Children[2];

        child.Accommodation.Should().BeEmpty();
        child.Victims.Should().BeEmpty();
    }

    [Fact]
    public void Properties_may_come_in_any_order()
    {
        var text = "{\"children\": [" + Inputs.Child() + "], \"service\": {\"name\": \"Test\", \"code\": \"YJS01\"}, \"schema\": \"youthjustice-caselevel/1\"}";

        var result = Inputs.ReadJson(text);

        result.Issues.Should().BeEmpty();
        result.Value.Children.Should().ContainSingle();
    }
}
