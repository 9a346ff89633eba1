
namespace YouthJustice.Domain.Disposals.Eligibility;

/// <summary>A child under the age limit needs the court's finding that they are a persistent offender.</summary>
public sealed record PersistentOffenderFindingRequired : IneligibilityReason
{
    /// <summary>Creates the reason.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <param name="citation">The statute or guidance.</param>
    /// <param name="age">The child's age on the conviction date.</param>
    /// <param name="ageFromWhichNoFindingIsNeeded">The age from which no finding is needed (15).</param>
    public PersistentOffenderFindingRequired(
        string ruleId,
        string citation,
        int age,
        int ageFromWhichNoFindingIsNeeded)
        : base(ruleId, citation)
    {
        Age = age;
        AgeFromWhichNoFindingIsNeeded = ageFromWhichNoFindingIsNeeded;
    }

    /// <summary>The child's age on the conviction date.</summary>
    public int Age { get; }

    /// <summary>The age from which no finding is needed (15).</summary>
    public int AgeFromWhichNoFindingIsNeeded { get; }

    /// <inheritdoc />
    public override string Message => $"{RuleId}: aged {Age} when convicted, so the court must find the child a persistent offender (not needed from {AgeFromWhichNoFindingIsNeeded}) ({Citation}).";
}
