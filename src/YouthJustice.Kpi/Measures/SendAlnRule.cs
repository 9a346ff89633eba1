namespace YouthJustice.Kpi.Measures;

/// <summary>What a KPI 3 measure counts (kpi-rules §2.3, §13.8); the rule behind each <see cref="SendAlnMeasure"/>.</summary>
internal enum SendAlnRule
{
    /// <summary>Children with an identified need and a formal plan ÷ children with an identified need.</summary>
    Headline,

    /// <summary>Children with an identified need ÷ every cohort child.</summary>
    Identified,

    /// <summary>Children with an identified need in suitable ETE at the end ÷ children with an identified need.</summary>
    SuitableEteAtEnd,

    /// <summary>Children with an identified need in unsuitable ETE at the end ÷ children with an identified need.</summary>
    UnsuitableEteAtEnd,

    /// <summary>Children with an identified need ÷ cohort children of one ethnicity group.</summary>
    IdentifiedByEthnicity,

    /// <summary>Children with an identified need ÷ cohort children of one age band at the start (kpi-rules §13.4).</summary>
    IdentifiedByAge,

    /// <summary>Children with an identified need ÷ cohort children of one sex.</summary>
    IdentifiedBySex,
}
