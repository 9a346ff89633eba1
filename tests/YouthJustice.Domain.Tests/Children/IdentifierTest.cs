using YouthJustice.Domain.Victims;

namespace YouthJustice.Domain.Tests.Children;

/// <summary>ChildId, OffenceId, InterventionId and VictimId share one rule; each is checked here.</summary>
public class IdentifierTest
{
    private static readonly string Longest = new('a', 64);
    private static readonly string TooLong = new('a', 65);

    [Fact]
    public void Child_id_keeps_its_text_and_compares_ordinally()
    {
        var id = new ChildId("C001");

        id.Value.Should().Be("C001");
        id.ToString().Should().Be("C001");
        id.Should().Be(new ChildId("C001"));
        id.Should().NotBe(new ChildId("c001"));
        (new ChildId("C001") < new ChildId("C002")).Should().BeTrue();
        (new ChildId("C002") >= new ChildId("C001")).Should().BeTrue();
        new ChildId(Longest).Value.Should().HaveLength(64);
    }

    [Theory]
    [InlineData(null, "no text was given.")]
    [InlineData("", "it is blank.")]
    [InlineData("   ", "it is blank.")]
    [InlineData(" C001", "it has leading or trailing white space.")]
    [InlineData("C001\t", "it has leading or trailing white space.")]
    [InlineData("C0\n01", "it contains the control character U+000A (a line break, tab or other invisible character).")]
    [InlineData("C0\t01", "it contains the control character U+0009 (a line break, tab or other invisible character).")]
    [InlineData("C0\u007f01", "it contains the control character U+007F (a line break, tab or other invisible character).")]
    public void Child_id_parse_refuses_bad_text_with_the_reason(string? text, string reason)
    {
        var error = ChildId.Parse(text).AsT1;

        error.Should().Be(new InvalidIdentifierError("id", text, reason));
        error.Message.Should().Be($"'{text}' is not a valid 'id': {reason} (an identifier is 1-64 characters, not blank, with no leading or trailing white space).");
    }

    [Fact]
    public void Child_id_of_65_characters_is_refused()
    {
        ChildId.Parse(TooLong).AsT1.Reason.Should().Be("it is 65 characters long; the most allowed is 64.");
        ChildId.Parse(Longest).AsT0.Value.Should().Be(Longest);
        var act = () => new ChildId(TooLong);
        act.Should().Throw<ArgumentException>().WithParameterName("value");
    }

    [Fact]
    public void Other_identifiers_follow_the_same_rule_and_name_their_field()
    {
        OffenceId.Parse("O1").AsT0.Value.Should().Be("O1");
        OffenceId.Parse(" ").AsT1.Field.Should().Be("offenceId");
        InterventionId.Parse("I1").AsT0.Value.Should().Be("I1");
        InterventionId.Parse(TooLong).AsT1.Field.Should().Be("interventionId");
        VictimId.Parse("V1").AsT0.Value.Should().Be("V1");
        VictimId.Parse("").AsT1.Field.Should().Be("victimId");
        var act = () => new OffenceId(" O1");
        act.Should().Throw<ArgumentException>().WithParameterName("value");
    }

    [Fact]
    public void Default_identifier_has_empty_text()
        => default(ChildId).Value.Should().BeEmpty();
}
