namespace YouthJustice.Domain.Resettlement;

/// <summary>Why a pathway name was refused.</summary>
public enum PathwayNameErrorKind
{
    /// <summary>The text names no pathway of either list.</summary>
    Unknown = 0,

    /// <summary>The text is an adult (NOMS 2004) pathway name: read it through <see cref="AdultPathwayAliases"/>.</summary>
    AdultPathwayName = 1,

    /// <summary>The adult pathway has no youth equivalent and the caller has not opted in to a mapping.</summary>
    NoYouthEquivalent = 2,
}
