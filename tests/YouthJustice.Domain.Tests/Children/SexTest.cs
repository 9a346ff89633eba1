namespace YouthJustice.Domain.Tests.Children;

public class SexTest
{
    [Fact]
    public void Every_name_and_yjb_code_round_trips()
        => EnumAssert.RoundTrips(Sex.Parse, s => s.YjbCode, "sex");

    [Theory]
    [InlineData("1", "Male")]
    [InlineData("2", "Female")]
    public void Yjb_codes_are_1_for_male_and_2_for_female(string code, string name)
        => Sex.Parse(code).AsT0.Name.Should().Be(name);

    [Fact]
    public void Not_known_has_no_yjb_code()
        => Sex.NotKnown.YjbCode.Should().BeNull();

    [Fact]
    public void Lower_case_names_are_refused()
        => Sex.Parse("male").IsT1.Should().BeTrue();
}
