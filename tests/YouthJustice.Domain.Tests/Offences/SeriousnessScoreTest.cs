namespace YouthJustice.Domain.Tests.Offences;

public class SeriousnessScoreTest
{
    [Theory]
    [InlineData(0)]
    [InlineData(9)]
    public void Scores_outside_1_to_8_are_refused(int value)
    {
        var act = () => new SeriousnessScore(value);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
        var error = SeriousnessScore.From(value).AsT1;
        error.Field.Should().Be("seriousness");
        error.AllowedValues.Should().Equal("1", "2", "3", "4", "5", "6", "7", "8");
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(4, false)]
    [InlineData(5, true)]
    [InlineData(8, true)]
    public void Five_or_more_reaches_the_serious_violence_threshold(int value, bool serious)
    {
        new SeriousnessScore(value).IsAtLeastSeriousViolenceThreshold.Should().Be(serious);
        SeriousnessScore.From(value).AsT0.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("8", 8)]
    public void Parse_reads_one_digit(string text, int value)
        => SeriousnessScore.Parse(text).AsT0.Should().Be(new SeriousnessScore(value));

    [Theory]
    [InlineData(null)]
    [InlineData("0")]
    [InlineData("9")]
    [InlineData("05")]
    [InlineData("five")]
    public void Parse_refuses_anything_else(string? text)
        => SeriousnessScore.Parse(text).AsT1.Message.Should().EndWith("expected one of: 1, 2, 3, 4, 5, 6, 7, 8.");

    [Fact]
    public void Equality_and_ordering_by_value()
    {
        ComparisonAssert.Contract(new SeriousnessScore(5), new SeriousnessScore(5), new SeriousnessScore(6));
        var a = new SeriousnessScore(4);
        var b = new SeriousnessScore(5);
        ComparisonAssert.Operators(a == b, a != b, a < b, a <= b, a > b, a >= b, -1);
        ComparisonAssert.Operators(b == a, b != a, b < a, b <= a, b > a, b >= a, 1);
        default(SeriousnessScore).Value.Should().Be(1);
        b.ToString().Should().Be("5");
    }
}
