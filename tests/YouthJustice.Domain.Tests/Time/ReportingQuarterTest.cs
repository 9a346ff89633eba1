using CsCheck;
using static YouthJustice.Testing.Dates;

namespace YouthJustice.Domain.Tests.Time;

public class ReportingQuarterTest
{
    private static readonly Gen<ReportingQuarter> AnyQuarter =
        Gen.Int[ReportingQuarter.MinValue.Ordinal, ReportingQuarter.MaxValue.Ordinal].Select(ReportingQuarter.FromOrdinal);

    [Theory]
    [InlineData(2024, 1, "2024-04-01", "2024-06-30")]
    [InlineData(2024, 2, "2024-07-01", "2024-09-30")]
    [InlineData(2024, 3, "2024-10-01", "2024-12-31")]
    [InlineData(2023, 4, "2024-01-01", "2024-03-31")]
    [InlineData(2023, 1, "2023-04-01", "2023-06-30")]
    public void Quarter_runs_from_its_first_to_its_last_day(int year, int quarter, string start, string end)
    {
        var q = new ReportingQuarter(year, quarter);

        q.Start.Should().Be(D(start));
        q.End.Should().Be(D(end));
        q.Interval.Equals(new DateInterval(D(start), D(end))).Should().BeTrue();
        q.FinancialYearStartYear.Should().Be(year);
        q.QuarterNumber.Should().Be(quarter);
    }

    [Theory]
    [InlineData("2024-03-31", "2023Q4")]
    [InlineData("2024-04-01", "2024Q1")]
    [InlineData("2024-06-30", "2024Q1")]
    [InlineData("2024-07-01", "2024Q2")]
    [InlineData("2024-09-30", "2024Q2")]
    [InlineData("2024-10-01", "2024Q3")]
    [InlineData("2024-12-31", "2024Q3")]
    [InlineData("2025-01-01", "2024Q4")]
    [InlineData("2024-02-29", "2023Q4")]
    [InlineData("2023-03-31", "2022Q4")]
    public void Date_falls_in_the_financial_year_quarter_labelled_by_its_start_year(string date, string expected)
        => ReportingQuarter.ForDate(D(date)).ToString().Should().Be(expected);

    [Fact]
    public void Contains_includes_first_and_last_day_and_excludes_the_days_either_side()
    {
        var q = new ReportingQuarter(2023, 4);

        q.Contains(D("2023-12-31")).Should().BeFalse();
        q.Contains(D("2024-01-01")).Should().BeTrue();
        q.Contains(D("2024-03-31")).Should().BeTrue();
        q.Contains(D("2024-04-01")).Should().BeFalse();
    }

    [Fact]
    public void Next_and_previous_cross_the_financial_year()
    {
        new ReportingQuarter(2023, 4).Next().Should().Be(new ReportingQuarter(2024, 1));
        new ReportingQuarter(2024, 1).Previous().Should().Be(new ReportingQuarter(2023, 4));
        new ReportingQuarter(2024, 2).Next().Should().Be(new ReportingQuarter(2024, 3));
    }

    [Fact]
    public void Next_of_the_last_supported_quarter_and_previous_of_the_first_are_refused()
    {
        var next = () => ReportingQuarter.MaxValue.Next();
        var previous = () => ReportingQuarter.MinValue.Previous();

        next.Should().Throw<InvalidOperationException>().WithMessage("9998Q4 is the last supported quarter.");
        previous.Should().Throw<InvalidOperationException>().WithMessage("0001Q1 is the first supported quarter.");
    }

    [Fact]
    public void Ordinal_is_year_times_four_plus_quarter_minus_one()
    {
        new ReportingQuarter(2024, 1).Ordinal.Should().Be(8096);
        new ReportingQuarter(2023, 4).Ordinal.Should().Be(8095);
        ReportingQuarter.FromOrdinal(8095).Should().Be(new ReportingQuarter(2023, 4));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(39996)]
    public void Ordinal_outside_the_supported_range_is_refused(int ordinal)
    {
        var act = () => ReportingQuarter.FromOrdinal(ordinal);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("ordinal");
    }

    [Fact]
    public void Default_value_is_the_first_supported_quarter()
    {
        default(ReportingQuarter).Should().Be(ReportingQuarter.MinValue);
        default(ReportingQuarter).ToString().Should().Be("0001Q1");
    }

    [Theory]
    [InlineData(0, 1, "financialYearStartYear")]
    [InlineData(9999, 1, "financialYearStartYear")]
    [InlineData(2024, 0, "quarterNumber")]
    [InlineData(2024, 5, "quarterNumber")]
    public void Construction_outside_the_ranges_is_refused(int year, int quarter, string parameter)
    {
        var act = () => new ReportingQuarter(year, quarter);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);
    }

    [Fact]
    public void Date_outside_the_supported_financial_years_is_refused()
    {
        var act = () => ReportingQuarter.ForDate(new LocalDate(1, 3, 31));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
        ReportingQuarter.ForDate(new LocalDate(1, 4, 1)).Should().Be(ReportingQuarter.MinValue);
        ReportingQuarter.ForDate(new LocalDate(9999, 3, 31)).Should().Be(ReportingQuarter.MaxValue);
    }

    [Theory]
    [InlineData("2024Q1", 2024, 1)]
    [InlineData("2023Q4", 2023, 4)]
    [InlineData("0001Q1", 1, 1)]
    [InlineData("9998Q4", 9998, 4)]
    public void Parse_reads_a_yjb_label(string text, int year, int quarter)
        => ReportingQuarter.Parse(text).AsT0.Should().Be(new ReportingQuarter(year, quarter));

    [Theory]
    [InlineData(null, "no text was given.")]
    [InlineData("", "it is not four digits, 'Q' and a digit.")]
    [InlineData("2024q1", "it is not four digits, 'Q' and a digit.")]
    [InlineData("2024-Q1", "it is not four digits, 'Q' and a digit.")]
    [InlineData(" 2024Q1", "it is not four digits, 'Q' and a digit.")]
    [InlineData("20a4Q1", "the year is not four digits.")]
    [InlineData("2024Q0", "the quarter number must be 1, 2, 3 or 4.")]
    [InlineData("2024Q5", "the quarter number must be 1, 2, 3 or 4.")]
    [InlineData("0000Q1", "the year is outside 0001-9998.")]
    [InlineData("9999Q1", "the year is outside 0001-9998.")]
    public void Parse_refuses_anything_else_with_the_text_and_the_expected_form(string? text, string reason)
    {
        var error = ReportingQuarter.Parse(text).AsT1;

        error.Text.Should().Be(text);
        error.Reason.Should().Be(reason);
        error.Message.Should().Be($"'{text}' is not a reporting quarter: {reason} Expected {QuarterParseError.ExpectedForm}.");
    }

    [Fact]
    public void Equality_and_ordering_follow_time()
    {
        ComparisonAssert.Contract(new ReportingQuarter(2023, 4), new ReportingQuarter(2023, 4), new ReportingQuarter(2024, 1));
        var a = new ReportingQuarter(2023, 4);
        var b = new ReportingQuarter(2024, 1);
        ComparisonAssert.Operators(a == b, a != b, a < b, a <= b, a > b, a >= b, -1);
        var c = new ReportingQuarter(2023, 4);
        ComparisonAssert.Operators(a == c, a != c, a < c, a <= c, a > c, a >= c, 0);
        ComparisonAssert.Operators(b == a, b != a, b < a, b <= a, b > a, b >= a, 1);
    }

    [Fact]
    public void Financial_year_of_a_quarter()
        => new ReportingQuarter(2023, 4).FinancialYear.Should().Be(new FinancialYear(2023));

    [Fact]
    public void Label_round_trips_for_every_quarter()
        => AnyQuarter.Sample(q => ReportingQuarter.Parse(q.ToString()).AsT0 == q);

    [Fact]
    public void Start_and_end_belong_to_their_quarter_and_the_day_after_to_the_next()
        => AnyQuarter.Sample(q => ReportingQuarter.ForDate(q.Start) == q
                                  && ReportingQuarter.ForDate(q.End) == q
                                  && (q == ReportingQuarter.MaxValue || ReportingQuarter.ForDate(q.End.PlusDays(1)) == q.Next()));

    [Fact]
    public void Next_then_previous_is_the_same_quarter()
        => AnyQuarter.Where(q => q != ReportingQuarter.MaxValue).Sample(q => q.Next().Previous() == q && q.Next().Ordinal == q.Ordinal + 1);

    [Fact]
    public void Ordering_agrees_with_ordinal_and_with_start_dates()
        => Gen.Select(AnyQuarter, AnyQuarter).Sample((a, b) =>
            Math.Sign(a.CompareTo(b)) == Math.Sign(a.Ordinal.CompareTo(b.Ordinal))
            && Math.Sign(a.CompareTo(b)) == Math.Sign(a.Start.CompareTo(b.Start))
            && ReportingQuarter.FromOrdinal(a.Ordinal) == a);

    [Fact]
    public void Every_date_is_contained_by_the_quarter_for_it()
        => Gen.Int[0, 73_000].Select(n => new LocalDate(1900, 1, 1).PlusDays(n))
            .Sample(d => ReportingQuarter.ForDate(d).Contains(d));
}
