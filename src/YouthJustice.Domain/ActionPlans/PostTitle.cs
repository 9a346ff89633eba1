namespace YouthJustice.Domain.ActionPlans;

/// <summary>
/// The post (or team, board or organisation) that leads an action or records a judgement: "Head of Service",
/// "ETE Specialist", "Youth Justice Management Board". Never a named person.
/// </summary>
/// <remarks>
/// <para>
/// Action plans published by councils name a lead for each action; the project's specification
/// (<c>spec/domain-rules.md</c> §5.1) requires the lead to be a post title so that a plan stays valid when staff change
/// and so that no personal data is held. A post title is accepted only when it contains a recognised role word
/// (see <see cref="RoleWords"/>) and holds nothing that looks like contact details: no <c>@</c> and no run of six or
/// more digits. "Alex Example", "CH" (initials) and "alex.example@council.example" are therefore refused; "Head of
/// Partnerships and ETE Specialist" is accepted.
/// </para>
/// <para>Equality is ordinal on the trimmed text with runs of white space collapsed to one space.</para>
/// </remarks>
[Source("YouthJustice specification, domain-rules §5.1 (lead is a post title, never a named person)", Confidence = Confidence.Low)]
public sealed record PostTitle
{
    /// <summary>The longest post title accepted, in characters.</summary>
    public const int MaxLength = 200;

    private static readonly ImmutableArray<string> RoleWordList = ImmutableArray.Create(
        "adviser", "advisor", "analyst", "assistant", "board", "chair", "chief", "commissioner", "committee",
        "co-ordinator", "coordinator", "council", "department", "deputy", "director", "directorate", "executive",
        "government", "group", "head", "inspector", "lead", "leader", "leadership", "manager", "managers", "member",
        "ministry", "nurse", "officer", "officers", "organisation", "panel", "partnership", "partnerships", "police",
        "practitioner", "principal", "psychologist", "secretary", "senior", "service", "services", "specialist",
        "superintendent", "supervisor", "team", "therapist", "unit", "worker");

    /// <summary>Creates a post title, refusing text that is not recognisably a post.</summary>
    /// <param name="value">The post title; see the type's remarks for what is accepted.</param>
    /// <exception cref="ArgumentException">The text is blank, too long, holds contact details or names no role.</exception>
    public PostTitle(string value)
    {
        var problem = Problem(value);
        if (problem is not null)
        {
            throw new ArgumentException(problem, nameof(value));
        }

        Value = Normalise(value);
    }

    /// <summary>
    /// The words one of which a post title must contain (case-insensitive, whole words): posts ("head", "manager",
    /// "officer", "specialist"), groups ("team", "board", "panel") and organisations ("service", "ministry").
    /// </summary>
    public static IReadOnlyList<string> RoleWords => RoleWordList;

    /// <summary>The post title, trimmed, with white space collapsed.</summary>
    public string Value { get; }

    /// <summary>Reads a post title from user input.</summary>
    /// <param name="text">The text to read.</param>
    /// <returns>The post title, or a <see cref="PostTitleError"/> that says why the text is not one.</returns>
    public static OneOf<PostTitle, PostTitleError> Parse(string? text)
    {
        var problem = Problem(text);
        return problem is null ? new PostTitle(text!) : new PostTitleError(text, problem);
    }

    /// <inheritdoc />
    public override string ToString() => Value;

    private static string? Problem(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "A post title must not be blank.";
        }

        var value = Normalise(text);
        if (value.Length > MaxLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"A post title must be at most {MaxLength} characters; was {value.Length}.");
        }

        if (value.Contains('@', StringComparison.Ordinal))
        {
            return "A post title must not contain an email address.";
        }

        if (LongestDigitRun(value) >= 6)
        {
            return "A post title must not contain a telephone number.";
        }

        var words = value.Split([' ', '/', ',', '(', ')', '-', '–', '&', '.', ';', ':'], StringSplitOptions.RemoveEmptyEntries);
        var hyphenated = value.Split([' ', '/', ',', '(', ')', '&', ';', ':'], StringSplitOptions.RemoveEmptyEntries);
        if (!words.Concat(hyphenated).Any(w => RoleWordList.Contains(TrimPossessive(w).ToLowerInvariant())))
        {
            return "A post title must name a post, team or organisation (for example 'Head of Service' or 'ETE Specialist'), never a person; it contains none of the role words: "
                + string.Join(", ", RoleWordList) + ".";
        }

        return null;
    }

    private static string TrimPossessive(string word)
        => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    private static int LongestDigitRun(string value)
    {
        int longest = 0, current = 0;
        foreach (var c in value)
        {
            current = c is >= '0' and <= '9' ? current + 1 : (c is ' ' && current > 0 ? current : 0);
            longest = Math.Max(longest, current);
        }

        return longest;
    }

    private static string Normalise(string text)
        => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
