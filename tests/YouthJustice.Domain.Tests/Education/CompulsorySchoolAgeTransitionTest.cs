namespace YouthJustice.Domain.Tests.Education;

/// <summary>
/// The boundaries of compulsory school age that mutation testing showed unpinned (issue 16): the 1997/98 transition to
/// the last-Friday-in-June leaving date (Education (School Leaving Date) Order 1997), the first year it applies, and the
/// days on which each comparison of domain-rules §3.1 turns.
/// </summary>
public class CompulsorySchoolAgeTransitionTest
{
    private static readonly CompulsorySchoolAge Csa = CompulsorySchoolAge.Default;

    [Fact]
    public void Sixteenth_birthday_on_1_September_1997_leads_to_the_first_last_Friday_date()
        => Csa.EndDate(new LocalDate(1981, 9, 1)).Should().Be(new LocalDate(1998, 6, 26));

    [Fact]
    public void Sixteenth_birthday_on_31_August_1997_is_before_the_last_Friday_rule()
    {
        var act = () => Csa.EndDate(new LocalDate(1981, 8, 31));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("dateOfBirth");
    }

    [Theory]
    [InlineData(1982, 1, 1, 1998, 6, 26)]   // turns 16 early in 1998: that year's date
    [InlineData(1982, 6, 26, 1998, 6, 26)]  // turns 16 on the leaving date itself
    [InlineData(1982, 6, 27, 1998, 6, 26)]  // the day after: the summer-holiday case, still 1998
    [InlineData(1982, 8, 31, 1998, 6, 26)]  // the last day of the holidays
    [InlineData(1982, 9, 1, 1999, 6, 25)]   // the first day of the 1998/99 school year: the next leaving date
    public void Sixteenth_birthday_in_1998_ends_school_age_on_the_leaving_date_that_applies(
        int birthYear, int birthMonth, int birthDay, int endYear, int endMonth, int endDay)
        => Csa.EndDate(new LocalDate(birthYear, birthMonth, birthDay)).Should().Be(new LocalDate(endYear, endMonth, endDay));

    [Fact]
    public void School_year_starting_on_29_February_is_refused_with_the_reason()
    {
        var act = () => new CompulsorySchoolAge(new AnnualDate(2, 29));

        act.Should().Throw<ArgumentException>().WithMessage("A school year cannot start on 29 February.*");
    }

    [Fact]
    public void Sixteenth_birthday_on_the_leaving_date_leaves_that_day_even_when_the_school_year_starts_earlier()
        => new CompulsorySchoolAge(new AnnualDate(6, 1)).EndDate(new LocalDate(1982, 6, 26)).Should().Be(new LocalDate(1998, 6, 26));

    [Fact]
    public void Leaving_date_is_30_June_when_that_is_a_Friday()
        => CompulsorySchoolAge.SchoolLeavingDate(2023).Should().Be(new LocalDate(2023, 6, 30));

    [Fact]
    public void Leaving_date_of_the_last_representable_year_is_accepted()
        => CompulsorySchoolAge.SchoolLeavingDate(9999).Month.Should().Be(6);

    [Theory]
    [InlineData(2015, 3, 31, 2020, 3, 31)]  // 5th birthday on a prescribed day: that day
    [InlineData(2015, 4, 1, 2020, 8, 31)]   // the day after: the next prescribed day
    [InlineData(2015, 8, 31, 2020, 8, 31)]
    [InlineData(2015, 9, 1, 2020, 12, 31)]
    [InlineData(2015, 12, 31, 2020, 12, 31)]
    public void Compulsory_school_age_starts_on_a_prescribed_day_that_is_the_5th_birthday(
        int birthYear, int birthMonth, int birthDay, int startYear, int startMonth, int startDay)
        => CompulsorySchoolAge.StartDate(new LocalDate(birthYear, birthMonth, birthDay)).Should().Be(new LocalDate(startYear, startMonth, startDay));

    [Fact]
    public void Child_is_of_compulsory_school_age_on_its_first_day_and_not_above_it_on_its_last()
    {
        var born = new LocalDate(2008, 8, 31);

        Csa.IsOfCompulsorySchoolAge(born, new LocalDate(2013, 8, 31)).Should().BeTrue();
        Csa.IsOfCompulsorySchoolAge(born, new LocalDate(2013, 8, 30)).Should().BeFalse();
        Csa.IsAboveCompulsorySchoolAge(born, new LocalDate(2024, 6, 28)).Should().BeFalse();
        Csa.IsAboveCompulsorySchoolAge(born, new LocalDate(2024, 6, 29)).Should().BeTrue();
    }
}
