namespace YouthJustice.Domain.Tests.Offences;

/// <summary>
/// The hearing and the release date added in 0.1.0 (decisions K7-1, K7-4): the YJB's seven remand codes are the remand
/// decisions, <c>NoRemand</c> and <c>Unknown</c> are not; a DTO licence's release is its start.
/// </summary>
public class HearingTest
{
    [Fact]
    public void The_seven_yjb_codes_are_remand_decisions_and_read_as_codes_or_names()
    {
        RemandDecision.List.Where(r => r.IsRemand).Select(r => r.YjbCode).Should().BeEquivalentTo(
            "REMAND_IN_CUSTODY", "COURT_ORDERED_SECURE_REMAND", "REMAND_TO_LOCAL_AUTHORITY_ACCOMMODATION",
            "REMAND_TO_LOCAL_AUTHORITY_ACCOMMODATION_AND_TAG", "REMAND_TO_LOCAL_AUTHORITY_ACCOMMODATION_AND_GPS_TAG",
            "REMAND_TO_LOCAL_AUTHORITY_ACCOMMODATION_AND_RADIO_TAG", "REMAND_TO_LOCAL_AUTHORITY_ACCOMMODATION_AND_CURFEW");
        RemandDecision.List.Where(r => !r.IsRemand).Should().BeEquivalentTo([RemandDecision.NoRemand, RemandDecision.Unknown]);
        RemandDecision.Parse("REMAND_TO_LOCAL_AUTHORITY_ACCOMMODATION_AND_TAG").AsT0.Should().Be(RemandDecision.RemandToLocalAuthorityAccommodationAndTag);
        RemandDecision.Parse("NoRemand").AsT0.Should().Be(RemandDecision.NoRemand);
        RemandDecision.Parse("remand_in_custody").AsT1.Field.Should().Be("remandDecision");
    }

    [Fact]
    public void A_hearing_needs_a_real_date_and_compares_every_field()
    {
        var hearing = new Hearing(new HearingId("H1"), new LocalDate(2023, 3, 1), RemandDecision.RemandInCustody, [new OffenceId("O1")]);

        hearing.Should().Be(new Hearing(new HearingId("H1"), new LocalDate(2023, 3, 1), RemandDecision.RemandInCustody, [new OffenceId("O1")]));
        hearing.Should().NotBe(new Hearing(new HearingId("H1"), new LocalDate(2023, 3, 1), RemandDecision.NoRemand, [new OffenceId("O1")]));
        var sentinel = () => new Hearing(new HearingId("H1"), new LocalDate(1900, 1, 1), RemandDecision.Unknown, []);
        sentinel.Should().Throw<ArgumentException>().WithParameterName("date");
    }

    [Fact]
    public void Two_hearings_of_one_child_cannot_share_an_id()
    {
        var twice = () => new ChildCase(new ChildId("C1"), null, Sex.Male, Ethnicity.WhiteBritish, hearings:
            [new Hearing(new HearingId("H1"), new LocalDate(2023, 3, 1), RemandDecision.Unknown, []), new Hearing(new HearingId("H1"), new LocalDate(2023, 3, 2), RemandDecision.Unknown, [])]);

        twice.Should().Throw<ArgumentException>().WithParameterName("hearings");
    }

    [Fact]
    public void A_dto_licence_is_released_on_its_start_and_another_programme_on_its_recorded_date()
    {
        var licence = new Intervention(new InterventionId("I1"), Disposal.DetentionAndTrainingOrderLicence, new LocalDate(2023, 7, 1), new LocalDate(2023, 11, 30), [], null, new LocalDate(2023, 8, 1));
        var section250 = new Intervention(new InterventionId("I2"), Disposal.Section250Detention, new LocalDate(2023, 1, 10), null, [], null, new LocalDate(2023, 8, 1));
        var none = new Intervention(new InterventionId("I3"), Disposal.Section250Detention, new LocalDate(2023, 1, 10), null, [], null, new LocalDate(1900, 1, 1));

        licence.EffectiveReleaseDate.Should().Be(new LocalDate(2023, 7, 1));
        section250.EffectiveReleaseDate.Should().Be(new LocalDate(2023, 8, 1));
        none.ReleaseDate.Should().BeNull();
        none.EffectiveReleaseDate.Should().BeNull();
        section250.Should().NotBe(new Intervention(new InterventionId("I2"), Disposal.Section250Detention, new LocalDate(2023, 1, 10), null, [], null));
    }

    [Fact]
    public void A_release_date_before_the_start_is_refused()
    {
        var early = () => new Intervention(new InterventionId("I1"), Disposal.Section250Detention, new LocalDate(2023, 1, 10), null, [], null, new LocalDate(2023, 1, 9));

        early.Should().Throw<ArgumentException>().WithParameterName("releaseDate");
    }
}
