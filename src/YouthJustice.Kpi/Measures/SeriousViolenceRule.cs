namespace YouthJustice.Kpi.Measures;

/// <summary>What a KPI 9 measure counts (kpi-rules §2.9, §13.13, §13.22); the rule behind each <see cref="SeriousViolenceMeasure"/>.</summary>
internal enum SeriousViolenceRule
{
    /// <summary>Serious-violence offences per 10,000 children aged 10–17 (the numerator of 9a over the population).</summary>
    Headline,

    /// <summary>9a: serious-violence offences ÷ all counted offences.</summary>
    ShareOfOffences,

    /// <summary>9b: children with a serious-violence offence ÷ children with a counted offence.</summary>
    ChildrenWithSeriousViolence,

    /// <summary>9c: serious-violence offences of one category ÷ serious-violence offences.</summary>
    ByCategory,

    /// <summary>9d: serious-violence offences of one seriousness score ÷ serious-violence offences.</summary>
    ByScore,

    /// <summary>9e: serious-violence offences ÷ all counted offences of one type of order.</summary>
    ByTypeOfOrder,

    /// <summary>9f: children with a serious-violence offence in one age band (their youngest such age) ÷ children with one.</summary>
    ByAge,

    /// <summary>9f: children with a serious-violence offence of one sex ÷ children with one.</summary>
    BySex,

    /// <summary>9f: children with a serious-violence offence in one ethnic group ÷ children with one.</summary>
    ByEthnicity,

    /// <summary>Template rows: serious-violence offences by children in one template age band ÷ serious-violence offences.</summary>
    ByTemplateAge,

    /// <summary>Template rows: serious-violence offences of one category in one template age band ÷ serious-violence offences of that category.</summary>
    ByCategoryAndTemplateAge,
}
