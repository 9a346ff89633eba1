using static YouthJustice.Testing.Dates;

namespace YouthJustice.Domain.Tests.Offences;

public class OffenceTest
{
    private static LegalOutcome Outcome(string date, Disposal? disposal = null, AppealStatus? appeal = null)
        => new(D(date), disposal ?? Disposal.ReferralOrder, D(date), appeal, true);

    private static Offence Make(OffenceCategory category, int score, params LegalOutcome[] outcomes)
        => new(new OffenceId("O1"), D("2023-03-01"), D("2023-03-02"), category, new SeriousnessScore(score), false, outcomes);

    [Theory]
    [InlineData("Robbery", 4, false)]
    [InlineData("Robbery", 5, true)]
    [InlineData("Drugs", 5, true)]
    [InlineData("ViolenceAgainstThePerson", 8, true)]
    [InlineData("ViolenceAgainstThePerson", 4, false)]
    [InlineData("SexualOffences", 8, false)]
    [InlineData("DomesticBurglary", 6, false)]
    public void Serious_violence_is_a_serious_violence_category_scored_5_or_more(string category, int score, bool expected)
        => Make(OffenceCategory.FromName(category), score).IsSeriousViolence.Should().Be(expected);

    [Fact]
    public void Offence_keeps_its_fields_and_normalises_the_arrest_sentinel()
    {
        var outcome = Outcome("2023-04-10");
        var offence = new Offence(new OffenceId("O1"), D("2023-03-01"), D("1900-01-01"), OffenceCategory.Robbery, new SeriousnessScore(6), true, [outcome]);

        offence.Id.Value.Should().Be("O1");
        offence.OffenceDate.Should().Be(D("2023-03-01"));
        offence.ArrestDate.Should().BeNull();
        offence.KnifeRelated.Should().BeTrue();
        offence.Outcomes.Should().Equal(outcome);
    }

    [Fact]
    public void Offences_with_equal_fields_and_outcomes_are_equal()
    {
        Make(OffenceCategory.Robbery, 6, Outcome("2023-04-10")).Should().Be(Make(OffenceCategory.Robbery, 6, Outcome("2023-04-10")));
        Make(OffenceCategory.Robbery, 6, Outcome("2023-04-10")).Should().NotBe(Make(OffenceCategory.Robbery, 6, Outcome("2023-04-11")));
    }

    [Fact]
    public void Arrest_before_the_offence_is_refused_and_on_the_same_day_allowed()
    {
        var act = () => new Offence(new OffenceId("O1"), D("2023-03-01"), D("2023-02-28"), OffenceCategory.Robbery, new SeriousnessScore(6), false, []);

        act.Should().Throw<ArgumentException>().WithParameterName("arrestDate")
            .WithMessage("The arrestDate 2023-02-28 is before the offenceDate 2023-03-01.*");
        new Offence(new OffenceId("O1"), D("2023-03-01"), D("2023-03-01"), OffenceCategory.Robbery, new SeriousnessScore(6), false, [])
            .ArrestDate.Should().Be(D("2023-03-01"));
    }

    [Fact]
    public void Outcome_before_the_offence_is_refused()
    {
        var act = () => Make(OffenceCategory.Robbery, 6, Outcome("2023-02-28"));

        act.Should().Throw<ArgumentException>().WithParameterName("outcomes")
            .WithMessage("An outcome dated 2023-02-28 is before the offence date 2023-03-01.*");
    }

    [Fact]
    public void Sentinel_offence_date_is_refused()
    {
        var act = () => new Offence(new OffenceId("O1"), D("1900-01-01"), null, OffenceCategory.Robbery, new SeriousnessScore(6), false, []);

        act.Should().Throw<ArgumentException>().WithParameterName("offenceDate");
    }

    [Fact]
    public void Missing_category_or_outcomes_are_refused()
    {
        var noCategory = () => new Offence(new OffenceId("O1"), D("2023-03-01"), null, null!, new SeriousnessScore(6), false, []);
        var noOutcomes = () => new Offence(new OffenceId("O1"), D("2023-03-01"), null, OffenceCategory.Robbery, new SeriousnessScore(6), false, null!);
        var nullOutcome = () => new Offence(new OffenceId("O1"), D("2023-03-01"), null, OffenceCategory.Robbery, new SeriousnessScore(6), false, [null!]);

        noCategory.Should().Throw<ArgumentNullException>().WithParameterName("category");
        noOutcomes.Should().Throw<ArgumentNullException>().WithParameterName("outcomes");
        nullOutcome.Should().Throw<ArgumentNullException>().WithParameterName("outcomes");
    }
}
