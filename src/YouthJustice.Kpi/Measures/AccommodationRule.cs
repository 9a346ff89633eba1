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

    /// <summary>Custody on release: children in suitable accommodation on release ÷ custodial children released on or before the end of the order (kpi-rules §1.3, §2.1; decision K7-1).</summary>
    SuitableOnRelease,

    /// <summary>Custody on release: children in unsuitable accommodation on release ÷ custodial children released on or before the end of the order (kpi-rules §1.3, §2.1; decision K7-1).</summary>
    UnsuitableOnRelease,

    /// <summary>Remand: children in suitable accommodation at the end of their order ÷ those remanded four weeks or more (kpi-rules §2.1; decision K7-3).</summary>
    RemandedSuitableAtEnd,
}
