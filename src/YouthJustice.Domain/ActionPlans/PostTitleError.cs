namespace YouthJustice.Domain.ActionPlans;

/// <summary>The error returned when text is not accepted as a <see cref="PostTitle"/>.</summary>
/// <param name="Text">The text that was given, or <see langword="null"/>.</param>
/// <param name="Reason">Why it is not a post title, and what is allowed.</param>
public sealed record PostTitleError(string? Text, string Reason)
{
    /// <summary>A sentence for a person: the text and why it was refused.</summary>
    public string Message => $"'{Text}' is not a post title: {Reason}";

    /// <inheritdoc />
    public override string ToString() => Message;
}
