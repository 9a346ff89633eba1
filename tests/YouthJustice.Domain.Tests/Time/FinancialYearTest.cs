using static YouthJustice.Testing.Dates;

namespace YouthJustice.Domain.Tests.Time;

public class FinancialYearTest
{
    [Fact]
    public void Year_runs_from_1_april_to_31_march_and_is_labelled_by_both_years()
    {
        var year = new FinancialYear(2023);

        year.Start.Should().Be(D("2023-04-01"));
        year.End.Should().Be(D("2024-03-31"));
        year.Interval.Length.Should().Be(366);
        year.ToString().Should().Be("2023/24");
        new FinancialYear(1999).ToString().Should().Be("1999/00");
    }

    [Theory]
    [InlineData("2023-03-31", 2022)]
    [InlineData("2023-04-01", 2023)]
    [InlineData("2024-03-31", 2023)]
    [InlineData("2024-04-01", 2024)]
    public void Date_belongs_to_the_year_starting_on_the_last_1_april(string date, int startYear)
    {
        FinancialYear.ForDate(D(date)).Should().Be(new FinancialYear(startYear));
        new FinancialYear(startYear).Contains(D(date)).Should().BeTrue();
    }

    [Fact]
    public void Contains_excludes_the_days_either_side()
    {
        var year = new FinancialYear(2023);

        year.Contains(D("2023-03-31")).Should().BeFalse();
        year.Contains(D("2024-04-01")).Should().BeFalse();
    }

    [Fact]
    public void Quarters_are_q1_to_q4_in_order()
    {
        var year = new FinancialYear(2023);

        year.Quarters.Should().Equal(
            new ReportingQuarter(2023, 1), new ReportingQuarter(2023, 2), new ReportingQuarter(2023, 3), new ReportingQuarter(2023, 4));
        year.Quarter(4).Start.Should().Be(D("2024-01-01"));
        year.Quarters[0].Start.Should().Be(year.Start);
        year.Quarters[3].End.Should().Be(year.End);
    }

    [Fact]
    public void Next_and_previous()
    {
        new FinancialYear(2023).Next().Should().Be(new FinancialYear(2024));
        new FinancialYear(2023).Previous().Should().Be(new FinancialYear(2022));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(9999)]
    public void Start_year_outside_the_range_is_refused(int startYear)
    {
        var act = () => new FinancialYear(startYear);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("startYear");
    }

    [Theory]
    [InlineData("2023/24", 2023)]
    [InlineData("1999/00", 1999)]
    public void Parse_reads_a_label(string text, int startYear)
        => FinancialYear.Parse(text).AsT0.Should().Be(new FinancialYear(startYear));

    [Theory]
    [InlineData(null, "no text was given.")]
    [InlineData("2023-24", "it is not four digits, '/' and two digits.")]
    [InlineData("2023/2024", "it is not four digits, '/' and two digits.")]
    [InlineData("2023/2a", "it is not four digits, '/' and two digits.")]
    [InlineData("2023/25", "the second part must be the last two digits of the following year.")]
    [InlineData("0000/01", "the year is outside 0001-9998.")]
    public void Parse_refuses_anything_else(string? text, string reason)
    {
        var error = FinancialYear.Parse(text).AsT1;

        error.Reason.Should().Be(reason);
        error.Message.Should().Be($"'{text}' is not a financial year: {reason} Expected {FinancialYearParseError.ExpectedForm}.");
    }

    [Fact]
    public void Equality_and_ordering_follow_time()
    {
        ComparisonAssert.Contract(new FinancialYear(2023), new FinancialYear(2023), new FinancialYear(2024));
        var a = new FinancialYear(2023);
        var b = new FinancialYear(2024);
        ComparisonAssert.Operators(a == b, a != b, a < b, a <= b, a > b, a >= b, -1);
        ComparisonAssert.Operators(b == a, b != a, b < a, b <= a, b > a, b >= a, 1);
        default(FinancialYear).Should().Be(new FinancialYear(1));
    }
}
