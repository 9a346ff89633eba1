namespace YouthJustice.Interchange.Diagnostics;

/// <summary>How serious an <see cref="InputIssue"/> is.</summary>
public enum IssueSeverity
{
    /// <summary>The item (or the whole input) could not be used as given: it was rejected.</summary>
    Error = 0,

    /// <summary>The item was read and kept, but something about it is doubtful and should be checked.</summary>
    Warning = 1,
}
