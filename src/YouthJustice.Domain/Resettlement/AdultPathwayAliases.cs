namespace YouthJustice.Domain.Resettlement;

/// <summary>
/// The explicit map from the adult (NOMS 2004) pathway names to the youth <see cref="ResettlementPathway"/> list, for
/// reading plans written against the adult list.
/// </summary>
/// <remarks>
/// Drugs and alcohol → substance misuse; children and families → families; the four shared names map to themselves.
/// Attitudes, thinking and behaviour has no youth equivalent: <see cref="Standard"/> refuses it with
/// <see cref="PathwayNameErrorKind.NoYouthEquivalent"/>; a caller who has decided that such entries belong to case
/// management and transitions opts in with <see cref="WithAttitudesThinkingAndBehaviourAsCaseManagement"/>
/// (<c>spec/domain-rules.md</c> §4.1).
/// </remarks>
[Source("YouthJustice specification, domain-rules §4.1 and §7 #4 (youth list canonical; alias map for adult names)", Confidence = Confidence.Medium)]
public sealed class AdultPathwayAliases
{
    private AdultPathwayAliases(bool mapsAttitudesThinkingAndBehaviour)
    {
        MapsAttitudesThinkingAndBehaviour = mapsAttitudesThinkingAndBehaviour;
    }

    /// <summary>The six adult pathways with a youth equivalent; attitudes, thinking and behaviour is refused.</summary>
    public static AdultPathwayAliases Standard { get; } = new(false);

    /// <summary>
    /// The standard map, plus attitudes, thinking and behaviour → case management and transitions: a caller's
    /// explicit choice, not an equivalence the sources state.
    /// </summary>
    public static AdultPathwayAliases WithAttitudesThinkingAndBehaviourAsCaseManagement { get; } = new(true);

    /// <summary>Whether attitudes, thinking and behaviour maps to case management and transitions.</summary>
    public bool MapsAttitudesThinkingAndBehaviour { get; }

    /// <summary>Maps an adult pathway to its youth pathway.</summary>
    /// <param name="pathway">The adult pathway.</param>
    /// <returns>The youth pathway, or <see cref="PathwayNameErrorKind.NoYouthEquivalent"/> for attitudes, thinking and behaviour when not opted in.</returns>
    public OneOf<ResettlementPathway, PathwayNameError> Map(AdultPathway pathway)
    {
        Preconditions.CheckNotNull(pathway, nameof(pathway));
        if (pathway.YouthEquivalent is { } youth)
        {
            return youth;
        }

        return MapsAttitudesThinkingAndBehaviour
            ? ResettlementPathway.CaseManagementAndTransitions
            : new PathwayNameError(pathway.Title, PathwayNameErrorKind.NoYouthEquivalent, pathway, ResettlementPathway.AllowedTitles);
    }

    /// <summary>
    /// Reads a pathway written with either list's name: youth names first (as <see cref="ResettlementPathway.Parse"/>),
    /// then adult names mapped by <see cref="Map"/>.
    /// </summary>
    /// <param name="text">The text to read.</param>
    /// <returns>The youth pathway, or an error naming the text, why it was refused and the accepted titles.</returns>
    public OneOf<ResettlementPathway, PathwayNameError> Resolve(string? text)
    {
        if (ResettlementPathway.FindYouth(text) is { } youth)
        {
            return youth;
        }

        return AdultPathway.Find(text) is { } adult
            ? Map(adult)
            : new PathwayNameError(text, PathwayNameErrorKind.Unknown, null, AcceptedTitles);
    }

    private IReadOnlyList<string> AcceptedTitles => ResettlementPathway.AllowedTitles
        .Concat(AdultPathway.All.Where(a => a.YouthEquivalent is not null || MapsAttitudesThinkingAndBehaviour).Select(a => a.Title))
        .Distinct()
        .ToArray();
}
