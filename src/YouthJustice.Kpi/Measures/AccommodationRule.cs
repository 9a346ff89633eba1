namespace YouthJustice.Kpi.Measures;

/// <summary>What a KPI 1 measure counts (kpi-rules §2.1); the rule behind each <see cref="AccommodationMeasure"/>.</summary>
internal enum AccommodationRule
{
    /// <summary>Children in suitable accommodation at the end of their order ÷ every cohort child.</summary>
    Headline,

    /// <summary>1a: children in suitable accommodation at a point ÷ every cohort child.</summary>
    Suitable,

    /// <summary>1a: children in unsuitable accommodation at a point ÷ every cohort child.</summary>
    Unsuitable,

    /// <summary>1b: children in suitable accommodation at a point ÷ those living in one type group then.</summary>
    SuitableByGroup,
}
