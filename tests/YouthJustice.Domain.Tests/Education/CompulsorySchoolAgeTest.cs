namespace YouthJustice.Domain.Tests.Education;

public class CompulsorySchoolAgeTest
{
    private static readonly CompulsorySchoolAge Csa = CompulsorySchoolAge.Default;

    private static LocalDate Date(string iso) => LocalDate.FromDateTime(DateTime.Parse(iso, System.Globalization.CultureInfo.InvariantCulture));

    // domain-rules §3.1: the last Fridays in June 2020-2030.
    [Theory]
    [InlineData(2020, "2020-06-26")]
    [InlineData(2021, "2021-06-25")]
    [InlineData(2022, "2022-06-24")]
    [InlineData(2023, "2023-06-30")]
    [InlineData(2024, "2024-06-28")]
    [InlineData(2025, "2025-06-27")]
    [InlineData(2026, "2026-06-26")]
    [InlineData(2027, "2027-06-25")]
    [InlineData(2028, "2028-06-30")]
    [InlineData(2029, "2029-06-29")]
    [InlineData(2030, "2030-06-28")]
    public void School_leaving_date_is_the_last_Friday_in_June(int year, string expected)
        => CompulsorySchoolAge.SchoolLeavingDate(year).Should().Be(Date(expected));

    [Fact]
    public void First_last_Friday_school_leaving_date_was_26_June_1998()
        => CompulsorySchoolAge.SchoolLeavingDate(1998).Should().Be(new LocalDate(1998, 6, 26));

    [Fact]
    public void School_leaving_date_before_1998_is_rejected()
    {
        var act = () => CompulsorySchoolAge.SchoolLeavingDate(1997);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year");
    }

    // domain-rules §3.1 table (and §8 example 13).
    [Theory]
    [InlineData("2007-09-23", "2024-06-28")] // (c) matches IPSEA's worked example
    [InlineData("2008-06-28", "2024-06-28")] // (b) 16th birthday on the leaving date
    [InlineData("2008-08-31", "2024-06-28")] // (a) summer-holiday birthday
    [InlineData("2008-09-01", "2025-06-27")] // (c) the school year started on 1 September
    [InlineData("2008-02-29", "2024-06-28")] // leap-day birth, leap 16th birthday
    [InlineData("2009-02-28", "2025-06-27")] // (c)
    public void Compulsory_school_age_ends_on_the_school_leaving_date_that_applies(string dateOfBirth, string expected)
        => Csa.EndDate(Date(dateOfBirth)).Should().Be(Date(expected));

    [Fact]
    public void Sixteenth_birthday_the_day_after_the_leaving_date_is_the_summer_holiday_case()
        => Csa.EndDate(new LocalDate(2008, 6, 29)).Should().Be(new LocalDate(2024, 6, 28));

    [Fact]
    public void Child_is_of_compulsory_school_age_on_the_leaving_date_and_above_it_the_next_day()
    {
        var dob = new LocalDate(2007, 9, 23);

        Csa.IsOfCompulsorySchoolAge(dob, new LocalDate(2024, 6, 28)).Should().BeTrue();
        Csa.IsAboveCompulsorySchoolAge(dob, new LocalDate(2024, 6, 28)).Should().BeFalse();
        Csa.IsOfCompulsorySchoolAge(dob, new LocalDate(2024, 6, 29)).Should().BeFalse();
        Csa.IsAboveCompulsorySchoolAge(dob, new LocalDate(2024, 6, 29)).Should().BeTrue();
    }

    [Theory]
    [InlineData("2019-01-15", "2024-03-31")] // 5 on 15 Jan -> 31 March
    [InlineData("2019-03-31", "2024-03-31")] // 5 on a prescribed day -> that day
    [InlineData("2019-04-01", "2024-08-31")]
    [InlineData("2019-09-01", "2024-12-31")]
    [InlineData("2019-12-31", "2024-12-31")]
    [InlineData("2020-02-29", "2025-03-31")] // leap-day birth: 5 on 1 March 2025
    public void Compulsory_school_age_starts_on_the_first_prescribed_day_on_or_after_the_5th_birthday(string dateOfBirth, string expected)
        => CompulsorySchoolAge.StartDate(Date(dateOfBirth)).Should().Be(Date(expected));

    [Fact]
    public void Child_is_not_of_compulsory_school_age_the_day_before_it_starts()
    {
        var dob = new LocalDate(2019, 1, 15);

        Csa.IsOfCompulsorySchoolAge(dob, new LocalDate(2024, 3, 30)).Should().BeFalse();
        Csa.IsOfCompulsorySchoolAge(dob, new LocalDate(2024, 3, 31)).Should().BeTrue();
        Csa.Interval(dob).Equals(new DateInterval(new LocalDate(2024, 3, 31), new LocalDate(2035, 6, 29))).Should().BeTrue();
    }

    [Fact]
    public void Later_school_year_start_keeps_an_early_September_birthday_in_the_summer_holiday_case()
    {
        var csa = new CompulsorySchoolAge(new AnnualDate(9, 4));

        csa.SchoolYearStart.Should().Be(new AnnualDate(9, 4));
        csa.EndDate(new LocalDate(2008, 9, 3)).Should().Be(new LocalDate(2024, 6, 28));
        csa.EndDate(new LocalDate(2008, 9, 4)).Should().Be(new LocalDate(2025, 6, 27));
        Csa.EndDate(new LocalDate(2008, 9, 3)).Should().Be(new LocalDate(2025, 6, 27));
    }

    [Fact]
    public void School_year_cannot_start_on_29_February()
    {
        var act = () => new CompulsorySchoolAge(new AnnualDate(2, 29));

        act.Should().Throw<ArgumentException>().WithParameterName("schoolYearStart");
    }

    [Fact]
    public void Sixteenth_birthday_in_autumn_1997_leads_to_the_first_last_Friday_date()
        => Csa.EndDate(new LocalDate(1981, 10, 1)).Should().Be(new LocalDate(1998, 6, 26));

    [Fact]
    public void Child_who_left_before_the_last_Friday_rule_is_rejected()
    {
        var act = () => Csa.EndDate(new LocalDate(1981, 8, 31));

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("dateOfBirth")
            .WithMessage("The last-Friday-in-June school leaving date applies from 1998; a child born on 1981-08-31 left compulsory school age earlier.*");
    }
}
