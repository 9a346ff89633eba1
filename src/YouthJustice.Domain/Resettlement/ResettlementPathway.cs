namespace YouthJustice.Domain.Resettlement;

/// <summary>
/// One of the seven resettlement pathways for children, as the YJB and youth justice services use them.
/// </summary>
/// <remarks>
/// <para>
/// Two "seven pathways" lists circulate. This type holds the youth list (YJB, Welsh Government funded resettlement
/// projects, Leicester's resettlement audits): accommodation; education, training and employment; health (physical
/// and mental); substance misuse; families; finance, benefits and debt; case management and transitions. The adult
/// list of the NOMS Reducing Re-offending National Action Plan (2004) differs in three names; read adult names through
/// <see cref="AdultPathwayAliases"/>, never here (<c>spec/domain-rules.md</c> §4.1, §7 #4).
/// </para>
/// <para><c>Value</c> is the pathway's position in the list (1-7) and orders <see cref="All"/>.</para>
/// </remarks>
[Source("YJB seven resettlement pathways (youth list), as listed by the Llamau resettlement project", Url = "http://llamau.org.uk/resettlement/", Confidence = Confidence.High)]
[Source("Constructive Resettlement FAQ: 'the seven pathways to reducing reoffending'", Url = "https://constructive-resettlement.co.uk/faqs/", Confidence = Confidence.High)]
public sealed class ResettlementPathway : SmartEnum<ResettlementPathway>
{
    /// <summary>1. Accommodation: suitable, settled accommodation arranged before release.</summary>
    public static readonly ResettlementPathway Accommodation = new(nameof(Accommodation), 1, "Accommodation");

    /// <summary>2. Education, training and employment (ETE).</summary>
    public static readonly ResettlementPathway EducationTrainingAndEmployment = new(nameof(EducationTrainingAndEmployment), 2, "Education, training and employment");

    /// <summary>3. Health, physical and mental.</summary>
    public static readonly ResettlementPathway Health = new(nameof(Health), 3, "Health");

    /// <summary>4. Substance misuse (the adult list says "drugs and alcohol").</summary>
    public static readonly ResettlementPathway SubstanceMisuse = new(nameof(SubstanceMisuse), 4, "Substance misuse");

    /// <summary>5. Families (the adult list says "children and families").</summary>
    public static readonly ResettlementPathway Families = new(nameof(Families), 5, "Families");

    /// <summary>6. Finance, benefits and debt.</summary>
    public static readonly ResettlementPathway FinanceBenefitsAndDebt = new(nameof(FinanceBenefitsAndDebt), 6, "Finance, benefits and debt");

    /// <summary>7. Case management and transitions ("Transitions &amp; Case Management"); the adult list has "attitudes, thinking and behaviour" instead.</summary>
    public static readonly ResettlementPathway CaseManagementAndTransitions = new(nameof(CaseManagementAndTransitions), 7, "Case management and transitions");

    private static readonly ResettlementPathway[] Ordered = [Accommodation, EducationTrainingAndEmployment, Health, SubstanceMisuse, Families, FinanceBenefitsAndDebt, CaseManagementAndTransitions];

    private ResettlementPathway(string name, int value, string title)
        : base(name, value)
    {
        Title = title;
    }

    /// <summary>The seven pathways in the order of the youth list.</summary>
    public static IReadOnlyList<ResettlementPathway> All => Ordered;

    /// <summary>The pathway's name as written in plans and guidance ("Education, training and employment").</summary>
    public string Title { get; }

    /// <summary>
    /// Reads a youth pathway from its name (<c>Families</c>) or title (<c>Education, training and employment</c>),
    /// ignoring case, repeated white space and "&amp;" written for "and"; "Transitions &amp; case management" is also
    /// accepted. Adult (NOMS 2004) names are refused with <see cref="PathwayNameErrorKind.AdultPathwayName"/>: read
    /// them through <see cref="AdultPathwayAliases"/>, which makes the mapping explicit.
    /// </summary>
    /// <param name="text">The text to read.</param>
    /// <returns>The pathway, or an error naming the text and the accepted titles.</returns>
    public static OneOf<ResettlementPathway, PathwayNameError> Parse(string? text)
    {
        var youth = FindYouth(text);
        if (youth is not null)
        {
            return youth;
        }

        return AdultPathway.Find(text) is { } adult
            ? new PathwayNameError(text, PathwayNameErrorKind.AdultPathwayName, adult, AllowedTitles)
            : new PathwayNameError(text, PathwayNameErrorKind.Unknown, null, AllowedTitles);
    }

    /// <inheritdoc />
    public override string ToString() => Title;

    internal static IReadOnlyList<string> AllowedTitles { get; } = Ordered.Select(p => p.Title).ToArray();

    internal static ResettlementPathway? FindYouth(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var key = PathwayText.Key(text);
        if (string.Equals(key, PathwayText.Key("Transitions and case management"), StringComparison.Ordinal))
        {
            return CaseManagementAndTransitions;
        }

        return Ordered.FirstOrDefault(p =>
            string.Equals(PathwayText.Key(p.Title), key, StringComparison.Ordinal)
            || string.Equals(p.Name, text.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
