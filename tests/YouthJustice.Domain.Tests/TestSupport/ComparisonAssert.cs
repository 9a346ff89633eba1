namespace YouthJustice.Domain.Tests.TestSupport;

/// <summary>Checks the whole equality and ordering contract of a value type in one call (after NodaTime's TestHelper).</summary>
internal static class ComparisonAssert
{
    internal static void Contract<T>(T value, T equal, T greater)
        where T : struct, IEquatable<T>, IComparable<T>
    {
        value.Equals(equal).Should().BeTrue();
        value.Equals(greater).Should().BeFalse();
        value.Equals((object)equal).Should().BeTrue();
        value.Equals((object?)null).Should().BeFalse();
        value.GetHashCode().Should().Be(equal.GetHashCode());
        value.CompareTo(equal).Should().Be(0);
        value.CompareTo(greater).Should().BeNegative();
        greater.CompareTo(value).Should().BePositive();
        ((IComparable)value).CompareTo(null).Should().BePositive();
        ((IComparable)value).CompareTo(equal).Should().Be(0);
        var wrongType = () => ((IComparable)value).CompareTo("text");
        wrongType.Should().Throw<ArgumentException>();
    }

    internal static void Operators(bool eq, bool ne, bool lt, bool le, bool gt, bool ge, int expectedSign)
    {
        eq.Should().Be(expectedSign == 0);
        ne.Should().Be(expectedSign != 0);
        lt.Should().Be(expectedSign < 0);
        le.Should().Be(expectedSign <= 0);
        gt.Should().Be(expectedSign > 0);
        ge.Should().Be(expectedSign >= 0);
    }
}
