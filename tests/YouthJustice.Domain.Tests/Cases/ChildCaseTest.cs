using static YouthJustice.Testing.Dates;

namespace YouthJustice.Domain.Tests.Cases;

public class ChildCaseTest
{
    private static Offence Offence(string id)
        => new(new OffenceId(id), D("2023-03-01"), null, OffenceCategory.Robbery, new SeriousnessScore(6), false, []);

    private static Intervention Intervention(string id)
        => new(new InterventionId(id), Disposal.ReferralOrder, D("2023-04-20"), D("2023-10-19"), [new OffenceId("O1")], true);

    [Fact]
    public void Case_finds_offences_by_id()
    {
        var child = new ChildCase(new ChildId("C001"), D("2008-02-29"), Sex.Male, Ethnicity.WhiteBritish, offences: [Offence("O1"), Offence("O2")]);

        child.FindOffence(new OffenceId("O2")).Should().BeSameAs(child.Offences[1]);
        child.FindOffence(new OffenceId("O3")).Should().BeNull();
    }

    [Theory]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(40)]
    public void A_long_list_of_offences_finds_each_by_id_and_refuses_an_id_given_twice(int count)
    {
        // Short lists are scanned, long ones (more than 16) looked up through a dictionary: both must agree.
        var offences = Enumerable.Range(1, count).Select(i => Offence("O" + i)).ToList();
        var child = new ChildCase(new ChildId("C001"), D("2008-02-29"), Sex.Male, Ethnicity.WhiteBritish, offences: offences);

        for (var i = 0; i < count; i++)
        {
            child.FindOffence(offences[i].Id).Should().BeSameAs(child.Offences[i]);
        }

        child.FindOffence(new OffenceId("O0")).Should().BeNull();

        var twice = () => new ChildCase(new ChildId("C001"), null, Sex.Male, Ethnicity.WhiteBritish, offences: [.. offences, Offence("O" + count)]);
        twice.Should().Throw<ArgumentException>().WithParameterName("offences").WithMessage($"Offence id 'O{count}' is used more than once.*");
        var interventionsTwice = () => new ChildCase(new ChildId("C001"), null, Sex.Male, Ethnicity.WhiteBritish, interventions: [.. Enumerable.Range(1, count).Select(i => Intervention("I" + i)), Intervention("I1")]);
        interventionsTwice.Should().Throw<ArgumentException>().WithParameterName("interventions").WithMessage("Intervention id 'I1' is used more than once.*");
    }

    [Fact]
    public void Reading_a_list_twice_gives_the_same_list_without_copying_it()
    {
        var child = new ChildCase(new ChildId("C001"), D("2008-02-29"), Sex.Male, Ethnicity.WhiteBritish, offences: [Offence("O1")]);
        var empty = new ChildCase(new ChildId("C002"), D("2008-02-29"), Sex.Male, Ethnicity.WhiteBritish);

        child.Offences.Should().BeSameAs(child.Offences);
        empty.Victims.Should().BeSameAs(child.Victims, "every empty list of a type is one shared instance");
    }

    [Fact]
    public void Lists_default_to_empty_and_dob_sentinel_to_unknown()
    {
        var child = new ChildCase(new ChildId("C001"), D("1900-01-01"), Sex.NotKnown, Ethnicity.NotKnown);

        child.DateOfBirth.Should().BeNull();
        child.AgeOn(D("2024-01-01")).Should().BeNull();
        child.Offences.Should().BeEmpty();
        child.Interventions.Should().BeEmpty();
        child.Accommodation.Should().BeEmpty();
        child.Ete.Should().BeEmpty();
        child.SendAln.Should().BeEmpty();
        child.MentalHealth.Should().BeEmpty();
        child.SubstanceMisuse.Should().BeEmpty();
        child.CareStatus.Should().BeEmpty();
        child.Victims.Should().BeEmpty();
    }

    [Fact]
    public void Age_on_a_date_uses_the_leap_day_rule()
    {
        var child = new ChildCase(new ChildId("C001"), D("2008-02-29"), Sex.Female, Ethnicity.Indian);

        child.AgeOn(D("2026-02-28")).Should().Be(new Age(17));
        child.AgeOn(D("2026-03-01")).Should().Be(new Age(18));
    }

    [Fact]
    public void Duplicate_offence_ids_are_refused()
    {
        var act = () => new ChildCase(new ChildId("C001"), null, Sex.Male, Ethnicity.NotKnown, offences: [Offence("O1"), Offence("O1")]);

        act.Should().Throw<ArgumentException>().WithParameterName("offences").WithMessage("Offence id 'O1' is used more than once.*");
    }

    [Fact]
    public void Duplicate_intervention_ids_are_refused()
    {
        var act = () => new ChildCase(new ChildId("C001"), null, Sex.Male, Ethnicity.NotKnown, interventions: [Intervention("I1"), Intervention("I1")]);

        act.Should().Throw<ArgumentException>().WithParameterName("interventions").WithMessage("Intervention id 'I1' is used more than once.*");
    }

    [Fact]
    public void Intervention_may_name_an_offence_the_case_does_not_hold()
    {
        var child = new ChildCase(new ChildId("C001"), null, Sex.Male, Ethnicity.NotKnown, interventions: [Intervention("I1")]);

        child.FindOffence(child.Interventions[0].OffenceIds[0]).Should().BeNull();
    }

    [Fact]
    public void Null_items_sex_or_ethnicity_are_refused()
    {
        var nullItem = () => new ChildCase(new ChildId("C001"), null, Sex.Male, Ethnicity.NotKnown, victims: [null!]);
        var nullSex = () => new ChildCase(new ChildId("C001"), null, null!, Ethnicity.NotKnown);
        var nullEthnicity = () => new ChildCase(new ChildId("C001"), null, Sex.Male, null!);

        nullItem.Should().Throw<ArgumentNullException>().WithParameterName("victims");
        nullSex.Should().Throw<ArgumentNullException>().WithParameterName("sex");
        nullEthnicity.Should().Throw<ArgumentNullException>().WithParameterName("ethnicity");
    }

    [Fact]
    public void Equality_compares_every_list()
    {
        var a = new ChildCase(new ChildId("C001"), D("2008-01-01"), Sex.Male, Ethnicity.WhiteBritish, offences: [Offence("O1")]);
        var b = new ChildCase(new ChildId("C001"), D("2008-01-01"), Sex.Male, Ethnicity.WhiteBritish, offences: [Offence("O1")]);
        var c = new ChildCase(new ChildId("C001"), D("2008-01-01"), Sex.Male, Ethnicity.WhiteBritish, offences: [Offence("O2")]);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(c);
    }
}
