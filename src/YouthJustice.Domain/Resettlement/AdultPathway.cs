namespace YouthJustice.Domain.Resettlement;

/// <summary>
/// One of the seven adult resettlement pathways of the NOMS Reducing Re-offending National Action Plan (2004), still
/// common in adult and mixed services although no longer officially used by NOMS.
/// </summary>
/// <remarks>
/// Only for reading plans written against the adult list: map each value to a youth <see cref="ResettlementPathway"/>
/// through <see cref="AdultPathwayAliases"/>. <c>Value</c> is the position in the adult list.
/// </remarks>
[Source("NOMS Reducing Re-offending National Action Plan (2004): the seven pathways", Url = "https://nicco.org.uk/directory-of-resources/reducing-reoffending-children-and-families-pathway", Confidence = Confidence.High)]
public sealed class AdultPathway : SmartEnum<AdultPathway>
{
    /// <summary>Accommodation (youth: <see cref="ResettlementPathway.Accommodation"/>).</summary>
    public static readonly AdultPathway Accommodation = new(nameof(Accommodation), 1, "Accommodation", ResettlementPathway.Accommodation);

    /// <summary>Education, training and employment (youth: <see cref="ResettlementPathway.EducationTrainingAndEmployment"/>).</summary>
    public static readonly AdultPathway EducationTrainingAndEmployment = new(nameof(EducationTrainingAndEmployment), 2, "Education, training and employment", ResettlementPathway.EducationTrainingAndEmployment);

    /// <summary>Health (youth: <see cref="ResettlementPathway.Health"/>).</summary>
    public static readonly AdultPathway Health = new(nameof(Health), 3, "Health", ResettlementPathway.Health);

    /// <summary>Drugs and alcohol (youth: <see cref="ResettlementPathway.SubstanceMisuse"/>).</summary>
    public static readonly AdultPathway DrugsAndAlcohol = new(nameof(DrugsAndAlcohol), 4, "Drugs and alcohol", ResettlementPathway.SubstanceMisuse);

    /// <summary>Children and families (youth: <see cref="ResettlementPathway.Families"/>).</summary>
    public static readonly AdultPathway ChildrenAndFamilies = new(nameof(ChildrenAndFamilies), 5, "Children and families", ResettlementPathway.Families);

    /// <summary>Finance, benefit and debt (youth: <see cref="ResettlementPathway.FinanceBenefitsAndDebt"/>).</summary>
    public static readonly AdultPathway FinanceBenefitAndDebt = new(nameof(FinanceBenefitAndDebt), 6, "Finance, benefit and debt", ResettlementPathway.FinanceBenefitsAndDebt);

    /// <summary>Attitudes, thinking and behaviour: no youth equivalent (see <see cref="AdultPathwayAliases"/>).</summary>
    public static readonly AdultPathway AttitudesThinkingAndBehaviour = new(nameof(AttitudesThinkingAndBehaviour), 7, "Attitudes, thinking and behaviour", null);

    private static readonly AdultPathway[] Ordered = [Accommodation, EducationTrainingAndEmployment, Health, DrugsAndAlcohol, ChildrenAndFamilies, FinanceBenefitAndDebt, AttitudesThinkingAndBehaviour];

    private AdultPathway(string name, int value, string title, ResettlementPathway? youthEquivalent)
        : base(name, value)
    {
        Title = title;
        YouthEquivalent = youthEquivalent;
    }

    /// <summary>Reads the name (<c>ChildrenAndFamilies</c>) or the title ("Children and families"), case-sensitively. To read loosely written names and map them to youth pathways use <see cref="AdultPathwayAliases.Resolve"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The adult pathway, or an <see cref="UnknownValueError"/> for field <c>adultPathway</c>.</returns>
    public static OneOf<AdultPathway, UnknownValueError> Parse(string? text) => SmartEnumText.Parse<AdultPathway>(text, "adultPathway", p => p.Title);

    /// <summary>The seven adult pathways in the order of the 2004 plan.</summary>
    public static IReadOnlyList<AdultPathway> All => Ordered;

    /// <summary>The pathway's name in the 2004 plan ("Children and families").</summary>
    public string Title { get; }

    /// <summary>
    /// The youth pathway covering the same ground, or <see langword="null"/> for attitudes, thinking and behaviour,
    /// which has none (a caller may opt in to a mapping through <see cref="AdultPathwayAliases"/>).
    /// </summary>
    public ResettlementPathway? YouthEquivalent { get; }

    /// <inheritdoc />
    public override string ToString() => Title;

    internal static AdultPathway? Find(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var key = PathwayText.Key(text);
        return Ordered.FirstOrDefault(p =>
            string.Equals(PathwayText.Key(p.Title), key, StringComparison.Ordinal)
            || string.Equals(p.Name, text.Trim(), StringComparison.OrdinalIgnoreCase)
            || (p == FinanceBenefitAndDebt && string.Equals(PathwayText.Key("Finance, benefits and debt"), key, StringComparison.Ordinal)));
    }
}
