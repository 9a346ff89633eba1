namespace YouthJustice.Domain.Sources;

/// <summary>
/// How sure the project is of a rule, using the tags of the project's specification
/// (<c>spec/domain-rules.md</c> and <c>spec/kpi-rules.md</c>).
/// </summary>
public enum Confidence
{
    /// <summary>[L] From background knowledge, not yet confirmed in a public source: shipped as documented, replaceable data.</summary>
    Low = 0,

    /// <summary>[M] Inferred from a primary source, or taken from a reliable secondary source.</summary>
    Medium = 1,

    /// <summary>[H] Seen directly in a primary or near-primary source (legislation, gov.uk, the YJB's own KPI code).</summary>
    High = 2,
}
