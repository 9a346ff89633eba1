namespace YouthJustice.Kpi.Measures;

/// <summary>What a KPI 10 measure counts (kpi-rules §2.10, §13.14); the rule behind each <see cref="VictimsMeasure"/>.</summary>
internal enum VictimsRule
{
    /// <summary>Victims who consented to contact and engaged with restorative justice ÷ victims who consented.</summary>
    Headline,

    /// <summary>10a: the distinct victims (a count).</summary>
    TotalVictims,

    /// <summary>10b: cohort children with a counted victim ÷ cohort children.</summary>
    ChildrenWithVictim,

    /// <summary>10c: restorative-justice processes (one per victim per child, decision KS10) engaged with by consenting victims ÷ consenting victims.</summary>
    RestorativeJusticeProcesses,

    /// <summary>10d: consenting victims whose views were sought before the decision ÷ consenting victims.</summary>
    ViewsSought,

    /// <summary>10e: victims given information on case progress ÷ consenting victims (2024) or victims who requested it (2023).</summary>
    ProgressInformation,

    /// <summary>10f: victims given information on additional support services ÷ consenting victims (2024) or victims who asked for it (2023).</summary>
    SupportInformation,

    /// <summary>10g: consenting victims contacted by the YJS ÷ consenting victims.</summary>
    Contacted,
}
