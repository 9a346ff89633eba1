namespace YouthJustice.Interchange.Tests.Diagnostics;

public class InputIssueTest
{
    [Fact]
    public void The_message_gives_severity_code_location_and_reason()
    {
        var issue = new InputIssue(IssueSeverity.Error, IssueCodes.OutOfRange, InputLocation.Json("children[3].ete[0].hoursOffered"), "-3", "'hoursOffered' cannot be negative; was -3.", "C004");

        issue.Message.Should().Be("error IX-FIELD-004 at children[3].ete[0].hoursOffered: 'hoursOffered' cannot be negative; was -3.");
        issue.Value.Should().Be("-3");
        issue.ChildId.Should().Be("C004");
        issue.ToString().Should().Be(issue.Message);
    }

    [Fact]
    public void A_warning_says_warning()
        => new InputIssue(IssueSeverity.Warning, IssueCodes.UnknownField, InputLocation.Json("children[0].nickname"), null, "'nickname' is not a field of this record; it was ignored.")
            .Message.Should().StartWith("warning IX-JSON-004 at children[0].nickname: ");

    [Fact]
    public void A_blank_code_is_refused()
    {
        var create = () => new InputIssue(IssueSeverity.Error, " ", InputLocation.Document, null, "reason");

        create.Should().Throw<ArgumentException>().WithParameterName("code");
    }

    [Fact]
    public void A_blank_reason_is_refused()
    {
        var create = () => new InputIssue(IssueSeverity.Error, "IX-X", InputLocation.Document, null, "");

        create.Should().Throw<ArgumentException>().WithParameterName("reason");
    }
}
