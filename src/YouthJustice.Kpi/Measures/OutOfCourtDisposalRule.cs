namespace YouthJustice.Kpi.Measures;

/// <summary>What a KPI 6 measure counts (kpi-rules §2.6, §13.10); the rule behind each <see cref="OutOfCourtDisposalMeasure"/>.</summary>
internal enum OutOfCourtDisposalRule
{
    /// <summary>Children who completed their out-of-court disposal intervention ÷ children with one.</summary>
    Headline,

    /// <summary>Children who did not complete it (completion not recorded included) ÷ children with one.</summary>
    NotCompleted,

    /// <summary>6a: completions ÷ children whose kept legal outcome is one of the template column's disposals.</summary>
    CompletedByDisposal,
}
