using YouthJustice.Domain.ActionPlans;

namespace YouthJustice.Domain.Tests.ActionPlans;

public class PostTitleTest
{
    [Theory]
    [InlineData("Head of Service")]
    [InlineData("STYJS ETE Specialist")]
    [InlineData("Executive Director of Children's Services and Head of Partnerships")]
    [InlineData("Deputy Director of the Youth Justice Policy Unit")]
    [InlineData("Youth Justice Board – organisation with oversight")]
    [InlineData("Leadership Team")]
    [InlineData("Victims Co-ordinator")]
    public void Post_titles_are_accepted(string text)
        => new PostTitle(text).Value.Should().Be(text);

    [Fact]
    public void White_space_is_collapsed()
        => new PostTitle("  Head   of\tService ").Should().Be(new PostTitle("Head of Service"));

    [Theory]
    [InlineData("Alex Example")]
    [InlineData("CH")]
    [InlineData("CH/IS")]
    public void Names_and_initials_are_refused(string text)
        => PostTitle.Parse(text).AsT1.Reason.Should().StartWith("A post title must name a post, team or organisation (for example 'Head of Service' or 'ETE Specialist'), never a person;");

    [Fact]
    public void Email_address_is_refused()
        => PostTitle.Parse("Head of Service alex.example@council.example").AsT1.Should().Be(
            new PostTitleError("Head of Service alex.example@council.example", "A post title must not contain an email address."));

    [Theory]
    [InlineData("Head of Service 01234 567890")]
    [InlineData("Head of Service 123456")]
    public void Telephone_number_is_refused(string text)
        => PostTitle.Parse(text).AsT1.Reason.Should().Be("A post title must not contain a telephone number.");

    [Fact]
    public void Five_digits_are_allowed()
        => PostTitle.Parse("Team 12345").IsT0.Should().BeTrue();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_is_refused(string? text)
        => PostTitle.Parse(text).AsT1.Message.Should().Be($"'{text}' is not a post title: A post title must not be blank.");

    [Fact]
    public void Length_limit_is_200()
    {
        var at = "Head " + new string('x', PostTitle.MaxLength - 5);
        PostTitle.Parse(at).IsT0.Should().BeTrue();
        PostTitle.Parse(at + "x").AsT1.Reason.Should().Be("A post title must be at most 200 characters; was 201.");
    }

    [Fact]
    public void Constructor_throws_with_the_reason()
        => FluentActions.Invoking(() => new PostTitle("Alex Example")).Should().Throw<ArgumentException>().WithParameterName("value");
}
