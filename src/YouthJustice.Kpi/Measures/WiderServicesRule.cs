namespace YouthJustice.Kpi.Measures;

/// <summary>What a KPI 8 measure counts (kpi-rules §2.7, §13.6, §13.12); the rule behind each <see cref="WiderServicesMeasure"/>.</summary>
internal enum WiderServicesRule
{
    /// <summary>Children holding a status that counts during the order (2024) or at its end (2023) ÷ the cohort.</summary>
    Headline,

    /// <summary>8a: children holding one status at the start of the order ÷ the cohort.</summary>
    AtStart,

    /// <summary>8b: children holding one status at any point during the order ÷ the cohort.</summary>
    During,

    /// <summary>8c: children with an early help referral open before the order started ÷ the cohort.</summary>
    OpenToEarlyHelpBeforeStart,

    /// <summary>8c: children referred to early help during the order ÷ the cohort.</summary>
    ReferredToEarlyHelpDuring,
}
