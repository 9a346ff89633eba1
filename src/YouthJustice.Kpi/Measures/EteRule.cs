namespace YouthJustice.Kpi.Measures;

/// <summary>What a KPI 2 measure counts (kpi-rules §2.2); the rule behind each <see cref="EteMeasure"/>.</summary>
internal enum EteRule
{
    /// <summary>Children in suitable ETE at the end of their order ÷ every cohort child.</summary>
    Headline,

    /// <summary>2a, 2b: children in suitable ETE at a point ÷ every cohort child, or ÷ those in one age group then.</summary>
    Suitable,

    /// <summary>2a, 2b: children in unsuitable ETE at a point ÷ every cohort child, or ÷ those in one age group then.</summary>
    Unsuitable,

    /// <summary>2a: children in suitable ETE at the end ÷ those in unsuitable ETE at the start.</summary>
    UnsuitableToSuitable,

    /// <summary>2a: children in unsuitable ETE at the end ÷ those in suitable ETE at the start.</summary>
    SuitableToUnsuitable,

    /// <summary>2c: children offered full-time hours at a point ÷ every cohort child, or ÷ those in one age group then.</summary>
    FullTime,

    /// <summary>2c: children offered part-time hours at a point ÷ every cohort child, or ÷ those in one age group then.</summary>
    PartTime,

    /// <summary>2d: children in suitable ETE at a point ÷ those in one provision then.</summary>
    SuitableByProvision,

    /// <summary>2e: children attending one band of hours at a point ÷ those offered one band then.</summary>
    AttendedBandOfOfferedBand,

    /// <summary>Custody on release: children in suitable ETE on release ÷ custodial children released by the end of their order, or ÷ those in one age group on release (kpi-rules §1.3; decision K7-1).</summary>
    SuitableOnRelease,

    /// <summary>Custody on release: children in unsuitable ETE on release ÷ custodial children released by the end of their order, or ÷ those in one age group on release (kpi-rules §1.3; decision K7-1).</summary>
    UnsuitableOnRelease,
}
