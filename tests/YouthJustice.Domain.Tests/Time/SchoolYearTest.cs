using static YouthJustice.Testing.Dates;

namespace YouthJustice.Domain.Tests.Time;

public class SchoolYearTest
{
    [Fact]
    public void School_year_runs_from_1_september_to_31_august_by_default()
    {
        var year = new SchoolYear(2023);

        year.Start.Should().Be(D("2023-09-01"));
        year.End.Should().Be(D("2024-08-31"));
        year.StartDay.Should().Be(new AnnualDate(9, 1));
        year.ToString().Should().Be("2023/24");
    }

    [Theory]
    [InlineData("2024-08-31", 2023)]
    [InlineData("2024-09-01", 2024)]
    [InlineData("2024-01-15", 2023)]
    public void Date_belongs_to_the_school_year_starting_on_the_last_1_september(string date, int startYear)
        => SchoolYear.ForDate(D(date)).Should().Be(new SchoolYear(startYear));

    [Fact]
    public void A_local_authority_can_start_its_school_year_on_another_day()
    {
        var start = new AnnualDate(9, 4);

        SchoolYear.ForDate(D("2024-09-03"), start).Should().Be(new SchoolYear(2023, start));
        SchoolYear.ForDate(D("2024-09-04"), start).Should().Be(new SchoolYear(2024, start));
        new SchoolYear(2024, start).End.Should().Be(D("2025-09-03"));
        new SchoolYear(2024, start).Should().NotBe(new SchoolYear(2024));
    }

    [Fact]
    public void Giving_1_september_explicitly_is_the_same_as_the_default()
        => new SchoolYear(2024, new AnnualDate(9, 1)).Should().Be(new SchoolYear(2024));

    [Fact]
    public void Contains_first_and_last_day_only()
    {
        var year = new SchoolYear(2023);

        year.Contains(D("2023-08-31")).Should().BeFalse();
        year.Contains(D("2023-09-01")).Should().BeTrue();
        year.Contains(D("2024-08-31")).Should().BeTrue();
        year.Contains(D("2024-09-01")).Should().BeFalse();
        year.Next().Should().Be(new SchoolYear(2024));
        year.Previous().Should().Be(new SchoolYear(2022));
    }

    [Fact]
    public void Start_day_of_29_february_is_refused()
    {
        var construct = () => new SchoolYear(2024, new AnnualDate(2, 29));
        var forDate = () => SchoolYear.ForDate(D("2024-03-01"), new AnnualDate(2, 29));

        construct.Should().Throw<ArgumentException>().WithParameterName("startDay");
        forDate.Should().Throw<ArgumentException>().WithParameterName("startDay");
    }

    [Fact]
    public void Start_year_outside_the_range_is_refused()
    {
        var act = () => new SchoolYear(0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("startYear");
    }

    [Fact]
    public void Equality_and_ordering_follow_time()
    {
        ComparisonAssert.Contract(new SchoolYear(2023), new SchoolYear(2023), new SchoolYear(2024));
        var a = new SchoolYear(2023);
        var b = new SchoolYear(2024);
        ComparisonAssert.Operators(a == b, a != b, a < b, a <= b, a > b, a >= b, -1);
        ComparisonAssert.Operators(b == a, b != a, b < a, b <= a, b > a, b >= a, 1);
        default(SchoolYear).Should().Be(new SchoolYear(1));
    }
}
