namespace YouthJustice.Domain.Gravity;

/// <summary>The error returned when a gravity table has no entry for an offence code: never a default score.</summary>
public sealed record UnknownOffenceError
{
    /// <summary>Creates the error.</summary>
    /// <param name="offenceCode">The code that was looked up, or <see langword="null"/> when none was given.</param>
    /// <param name="tableVersion">The version of the table that was searched; never blank.</param>
    public UnknownOffenceError(string? offenceCode, string tableVersion)
    {
        OffenceCode = offenceCode;
        TableVersion = Preconditions.CheckNotBlank(tableVersion, nameof(tableVersion));
    }

    /// <summary>The code that was looked up, or <see langword="null"/>.</summary>
    public string? OffenceCode { get; }

    /// <summary>The version of the table that was searched.</summary>
    public string TableVersion { get; }

    /// <summary>A sentence for a person.</summary>
    public string Message => OffenceCode is null
        ? $"No offence code was given; gravity table '{TableVersion}' is keyed by offence code."
        : $"Offence code '{OffenceCode}' is not in gravity table '{TableVersion}'; load the official table that covers it.";

    /// <inheritdoc />
    public override string ToString() => Message;
}
