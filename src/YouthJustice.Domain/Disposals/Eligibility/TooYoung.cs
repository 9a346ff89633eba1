using YouthJustice.Domain.Disposals.Limits;

namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>The child is below the minimum age for the disposal (or a requirement) on the date the rule looks at.</summary>
public sealed record TooYoung : IneligibilityReason
{
    /// <summary>Creates the reason.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="citation">The statute or guidance.</param>
    /// <param name="age">The child's age in whole years on Date.</param>
    /// <param name="minimumAge">The youngest age allowed.</param>
    /// <param name="basis">Which date the rule looks at.</param>
    /// <param name="date">The date the age was taken on.</param>
    /// <param name="subject">What has the minimum age (the disposal or requirement, in words).</param>
    public TooYoung(
        string ruleId,
        string citation,
        int age,
        int minimumAge,
        DateBasis basis,
        LocalDate date,
        string subject)
        : base(ruleId, citation)
    {
        Age = age;
        MinimumAge = minimumAge;
        Basis = basis;
        Date = date;
        Subject = Preconditions.CheckNotBlank(subject, nameof(subject));
    }

    /// <summary>The child's age in whole years on Date.</summary>
    public int Age { get; }

    /// <summary>The youngest age allowed.</summary>
    public int MinimumAge { get; }

    /// <summary>Which date the rule looks at.</summary>
    public DateBasis Basis { get; }

    /// <summary>The date the age was taken on.</summary>
    public LocalDate Date { get; }

    /// <summary>What has the minimum age (the disposal or requirement, in words).</summary>
    public string Subject { get; }

    /// <inheritdoc />
    public override string Message => $"{RuleId}: {Subject} needs the child to be at least {MinimumAge}; aged {Age} on the {Names.Of(Basis)} {Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} ({Citation}).";
}
