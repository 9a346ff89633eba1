namespace YouthJustice.Domain.Resettlement;

/// <summary>The error returned when text is not read as a youth <see cref="ResettlementPathway"/>.</summary>
public sealed record PathwayNameError
{
    /// <summary>Creates the error.</summary>
    /// <param name="text">The text that was given, or <see langword="null"/>.</param>
    /// <param name="kind">Why it was refused.</param>
    /// <param name="adultPathway">The adult pathway the text names, if it names one.</param>
    /// <param name="allowedTitles">The titles that would have been accepted.</param>
    public PathwayNameError(string? text, PathwayNameErrorKind kind, AdultPathway? adultPathway, IEnumerable<string> allowedTitles)
    {
        Text = text;
        Kind = kind;
        AdultPathway = adultPathway;
        AllowedTitles = Preconditions.CheckNotNull(allowedTitles, nameof(allowedTitles)).ToImmutableArray();
    }

    /// <summary>The text that was given, or <see langword="null"/>.</summary>
    public string? Text { get; }

    /// <summary>Why the text was refused.</summary>
    public PathwayNameErrorKind Kind { get; }

    /// <summary>The adult pathway the text names, or <see langword="null"/>.</summary>
    public AdultPathway? AdultPathway { get; }

    /// <summary>The titles that would have been accepted.</summary>
    public IReadOnlyList<string> AllowedTitles { get; }

    /// <summary>A sentence for a person: the text, why it was refused and what is allowed.</summary>
    public string Message => Kind switch
    {
        PathwayNameErrorKind.AdultPathwayName =>
            $"'{Text}' is the adult (NOMS 2004) pathway '{AdultPathway}'; read it through AdultPathwayAliases. Youth pathways: {string.Join("; ", AllowedTitles)}.",
        PathwayNameErrorKind.NoYouthEquivalent =>
            $"'{Text}' is an adult (NOMS 2004) pathway with no youth equivalent; map it only by opting in (AdultPathwayAliases.WithAttitudesThinkingAndBehaviourAsCaseManagement). Accepted: {string.Join("; ", AllowedTitles)}.",
        _ => $"'{Text}' is not a resettlement pathway; expected one of: {string.Join("; ", AllowedTitles)}.",
    };

    /// <inheritdoc />
    public bool Equals(PathwayNameError? other)
        => other is not null && Text == other.Text && Kind == other.Kind && AdultPathway == other.AdultPathway
           && AllowedTitles.SequenceEqual(other.AllowedTitles);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Text, Kind, AdultPathway);

    /// <inheritdoc />
    public override string ToString() => Message;
}
