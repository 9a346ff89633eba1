namespace YouthJustice.Domain.Tests.Offences;

public class AppealStatusTest
{
    [Fact]
    public void Every_name_and_yjb_text_round_trips()
        => EnumAssert.RoundTrips(AppealStatus.Parse, s => s.YjbText, "appealStatus");

    [Theory]
    [InlineData("AppealPending", false)]
    [InlineData("ChangedOnAppeal", true)]
    [InlineData("AppealSuccessful", true)]
    [InlineData("AppealUnsuccessful", false)]
    public void Changed_or_successful_appeals_overturn_the_outcome(string name, bool overturned)
        => AppealStatus.FromName(name).IsOverturned.Should().Be(overturned);

    [Fact]
    public void Yjb_texts_are_read()
    {
        AppealStatus.Parse("Changed on appeal").AsT0.Should().BeSameAs(AppealStatus.ChangedOnAppeal);
        AppealStatus.Parse("Result of appeal successful").AsT0.Should().BeSameAs(AppealStatus.AppealSuccessful);
    }
}
