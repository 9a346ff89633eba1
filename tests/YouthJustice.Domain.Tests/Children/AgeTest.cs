using static YouthJustice.Testing.Dates;

namespace YouthJustice.Domain.Tests.Children;

public class AgeTest
{
    [Theory]
    [InlineData("2014-05-09", 9, false)]
    [InlineData("2014-05-10", 10, true)]
    [InlineData("2014-05-11", 10, true)]
    [InlineData("2022-05-09", 17, true)]
    [InlineData("2022-05-10", 18, false)]
    [InlineData("2022-05-11", 18, false)]
    public void Age_goes_up_on_the_birthday_and_a_child_is_10_to_17(string date, int years, bool isChild)
    {
        var age = Age.On(D("2004-05-10"), D(date));

        age.Years.Should().Be(years);
        age.IsChild.Should().Be(isChild);
    }

    [Theory]
    [InlineData("2018-02-28", 9)]
    [InlineData("2018-03-01", 10)]
    [InlineData("2024-02-28", 15)]
    [InlineData("2024-02-29", 16)]
    [InlineData("2026-02-28", 17)]
    [InlineData("2026-03-01", 18)]
    public void Child_born_on_29_february_turns_on_1_march_in_common_years(string date, int years)
        => Age.On(D("2008-02-29"), D(date)).Years.Should().Be(years);

    [Theory]
    [InlineData("2008-02-29", 10, "2018-03-01")]
    [InlineData("2008-02-29", 16, "2024-02-29")]
    [InlineData("2008-02-29", 18, "2026-03-01")]
    [InlineData("2004-05-10", 18, "2022-05-10")]
    [InlineData("2004-05-10", 0, "2004-05-10")]
    public void Date_of_the_nth_birthday(string dob, int n, string expected)
        => Age.Birthday(D(dob), n).Should().Be(D(expected));

    [Fact]
    public void Age_on_the_date_of_birth_is_zero_and_before_it_is_refused()
    {
        Age.On(D("2010-01-01"), D("2010-01-01")).Years.Should().Be(0);
        var act = () => Age.On(D("2010-01-01"), D("2009-12-31"));
        act.Should().Throw<ArgumentException>().WithParameterName("date")
            .WithMessage("The date 2009-12-31 is before the date of birth 2010-01-01.*");
    }

    [Fact]
    public void Try_on_gives_null_when_a_date_is_missing_or_before_birth()
    {
        Age.TryOn(null, D("2024-01-01")).Should().BeNull();
        Age.TryOn(D("2010-01-01"), null).Should().BeNull();
        Age.TryOn(D("2010-01-01"), D("2009-12-31")).Should().BeNull();
        Age.TryOn(D("2010-01-01"), D("2024-01-01")).Should().Be(new Age(14));
    }

    [Theory]
    [InlineData(9, false, true, false)]
    [InlineData(10, true, false, false)]
    [InlineData(17, true, false, false)]
    [InlineData(18, false, false, true)]
    public void Age_thresholds(int years, bool child, bool belowResponsibility, bool adult)
    {
        var age = new Age(years);

        age.IsChild.Should().Be(child);
        age.IsBelowAgeOfCriminalResponsibility.Should().Be(belowResponsibility);
        age.IsAdult.Should().Be(adult);
    }

    [Fact]
    public void Negative_ages_and_birthdays_are_refused()
    {
        var negative = () => new Age(-1);
        var birthday = () => Age.Birthday(D("2010-01-01"), -1);

        negative.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("years");
        birthday.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("n");
    }

    [Fact]
    public void Equality_and_ordering_by_years()
    {
        ComparisonAssert.Contract(new Age(15), new Age(15), new Age(16));
        var a = new Age(15);
        var b = new Age(16);
        ComparisonAssert.Operators(a == b, a != b, a < b, a <= b, a > b, a >= b, -1);
        ComparisonAssert.Operators(b == a, b != a, b < a, b <= a, b > a, b >= a, 1);
        a.ToString().Should().Be("15");
    }

    [Fact]
    public void On_the_day_of_birth_the_age_is_0_and_TryOn_gives_it_too()
    {
        Age.On(D("2010-03-04"), D("2010-03-04")).Years.Should().Be(0);
        Age.TryOn(D("2010-03-04"), D("2010-03-04")).Should().Be(new Age(0));
        Age.TryOn(D("2010-03-04"), D("2010-03-03")).Should().BeNull();
        Age.TryOn(null, D("2010-03-04")).Should().BeNull();
        Age.TryOn(D("2010-03-04"), null).Should().BeNull();
    }

    [Fact]
    public void A_birthday_after_the_year_9999_is_refused_as_an_out_of_range_n()
    {
        Age.Birthday(D("2000-01-01"), 7999).Should().Be(D("9999-01-01"));

        var act = () => Age.Birthday(D("2000-01-01"), 8000);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("n");
    }

    [Theory]
    [InlineData(12, 12, false, true, false, true)]
    [InlineData(12, 13, true, true, false, false)]
    [InlineData(13, 12, false, false, true, true)]
    public void Ages_compare_by_their_years_with_equal_ages_neither_less_nor_greater(int left, int right, bool less, bool lessOrEqual, bool greater, bool greaterOrEqual)
    {
        var (a, b) = (new Age(left), new Age(right));

        (a < b).Should().Be(less);
        (a <= b).Should().Be(lessOrEqual);
        (a > b).Should().Be(greater);
        (a >= b).Should().Be(greaterOrEqual);
    }
}
