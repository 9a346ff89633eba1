using static YouthJustice.Testing.Dates;

namespace YouthJustice.Domain.Tests.Offences;

public class LegalOutcomeTest
{
    [Theory]
    [InlineData("ChangedOnAppeal", true)]
    [InlineData("AppealSuccessful", true)]
    [InlineData("AppealPending", false)]
    [InlineData("AppealUnsuccessful", false)]
    [InlineData(null, false)]
    public void Overturned_on_appeal(string? status, bool overturned)
        => new LegalOutcome(D("2023-04-10"), Disposal.ReferralOrder, null, status is null ? null : AppealStatus.FromName(status), null)
            .IsOverturnedOnAppeal.Should().Be(overturned);

    [Fact]
    public void Outcome_keeps_its_fields_and_normalises_the_hearing_sentinel()
    {
        var outcome = new LegalOutcome(D("2023-04-10"), Disposal.YouthCaution, D("1900-01-01"), null, false);

        outcome.Date.Should().Be(D("2023-04-10"));
        outcome.Outcome.Should().BeSameAs(Disposal.YouthCaution);
        outcome.FirstHearingDate.Should().BeNull();
        outcome.ResidentInArea.Should().BeFalse();
    }

    [Fact]
    public void First_hearing_after_the_outcome_is_refused_and_on_the_day_allowed()
    {
        var act = () => new LegalOutcome(D("2023-04-10"), Disposal.ReferralOrder, D("2023-04-11"), null, null);

        act.Should().Throw<ArgumentException>().WithParameterName("firstHearingDate")
            .WithMessage("The first hearing 2023-04-11 is after the outcome date 2023-04-10.*");
        new LegalOutcome(D("2023-04-10"), Disposal.ReferralOrder, D("2023-04-10"), null, null).FirstHearingDate.Should().Be(D("2023-04-10"));
    }

    [Fact]
    public void Dto_halves_are_not_legal_outcomes()
    {
        var act = () => new LegalOutcome(D("2023-04-10"), Disposal.DetentionAndTrainingOrderLicence, null, null, null);

        act.Should().Throw<ArgumentException>().WithParameterName("outcome")
            .WithMessage("DetentionAndTrainingOrderLicence is an intervention programme, not a legal outcome; the outcome is DetentionAndTrainingOrder.*");
    }

    [Fact]
    public void Sentinel_outcome_date_is_refused()
    {
        var act = () => new LegalOutcome(new LocalDate(1900, 1, 1), Disposal.ReferralOrder, null, null, null);

        act.Should().Throw<ArgumentException>().WithParameterName("date");
    }
}
