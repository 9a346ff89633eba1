namespace YouthJustice.Kpi.Measures;

/// <summary>
/// What a KPI 4 or KPI 5 measure counts (kpi-rules §2.4, §2.5, §13.9); the rule behind each <see cref="HealthNeedMeasure"/>.
/// </summary>
internal enum HealthNeedRule
{
    /// <summary>2023: children with a need ÷ the cohort; 2024: children with a need in treatment at the start or offered an intervention within the order ÷ children with a need.</summary>
    Headline,

    /// <summary>a: children with a need ÷ the cohort (its type-of-order split is d).</summary>
    Need,

    /// <summary>b: children in treatment or support at the start of the order ÷ children with a need.</summary>
    InTreatmentAtStart,

    /// <summary>c: children offered one intervention type ÷ children with a need.</summary>
    Offered,

    /// <summary>c: children attending one intervention type ÷ children offered that type.</summary>
    Attending,

    /// <summary>c: children offered an intervention they never started attending ÷ children offered any type.</summary>
    OfferedNotAttended,

    /// <summary>c, KPI 5's template row: children with a need offered none of the types ÷ children with a need (need − offered).</summary>
    NoIntervention,
}
