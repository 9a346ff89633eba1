namespace YouthJustice.Domain.Tests.Offences;

public class OffenceCategoryTest
{
    [Fact]
    public void Every_name_and_yjb_code_round_trips()
        => EnumAssert.RoundTrips(OffenceCategory.Parse, c => c.YjbCode, "category");

    [Fact]
    public void There_are_the_19_interchange_categories()
        => OffenceCategory.List.Select(c => c.Name).Should().BeEquivalentTo(
            "Arson", "BreachOfBail", "BreachOfConditionalDischarge", "BreachOfStatutoryOrder", "CriminalDamage",
            "DeathOrInjuryByDangerousDriving", "DomesticBurglary", "NonDomesticBurglary", "Drugs", "FraudAndForgery",
            "MotoringOffences", "PublicOrder", "RaciallyAggravated", "Robbery", "SexualOffences", "TheftAndHandling",
            "VehicleTheft", "ViolenceAgainstThePerson", "Other");

    [Fact]
    public void Drugs_robbery_and_violence_against_the_person_are_the_serious_violence_categories()
    {
        OffenceCategory.List.Where(c => c.IsSeriousViolenceCategory).Should().BeEquivalentTo(
            [OffenceCategory.Drugs, OffenceCategory.Robbery, OffenceCategory.ViolenceAgainstThePerson]);
        OffenceCategory.Parse("VIOLENCE_AGAINST_THE_PERSON").AsT0.Should().BeSameAs(OffenceCategory.ViolenceAgainstThePerson);
        OffenceCategory.Parse("DRUGS").AsT0.Should().BeSameAs(OffenceCategory.Drugs);
        OffenceCategory.Parse("ROBBERY").AsT0.Should().BeSameAs(OffenceCategory.Robbery);
    }
}
