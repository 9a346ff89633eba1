using YouthJustice.Domain.Children;
using YouthJustice.Domain.Disposals;
using YouthJustice.Domain.Offences;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// One KPI 9 measure as the guidance names it: its id (a literal in <see cref="SeriousViolenceMeasures"/>), its title,
/// its rule and the value the rule reads (a category, a score, a type of order, a band, a sex or an ethnic group).
/// </summary>
/// <param name="Id">The measure id, for example <c>kpi9.9c.Drugs</c>.</param>
/// <param name="Title">The measure's title.</param>
/// <param name="Rule">What it counts.</param>
internal sealed record SeriousViolenceMeasure(string Id, string Title, SeriousViolenceRule Rule)
{
    /// <summary>The category of 9c and of the template's category rows.</summary>
    public OffenceCategory? Category { get; init; }

    /// <summary>The seriousness score of 9d.</summary>
    public int Score { get; init; }

    /// <summary>The type of order of 9e.</summary>
    public TypeOfOrder? TypeOfOrder { get; init; }

    /// <summary>The age band of 9f (10–14, 15–17) or of the template rows (10–15, 16–17).</summary>
    public AgeBand? Band { get; init; }

    /// <summary>The sex of 9f.</summary>
    public Sex? Sex { get; init; }

    /// <summary>The ethnic group of 9f.</summary>
    public EthnicityGroup? Group { get; init; }

    /// <summary>Whether the measure counts children (9b, 9f) rather than offences.</summary>
    public bool PerChild => Rule is SeriousViolenceRule.ChildrenWithSeriousViolence or SeriousViolenceRule.ByAge or SeriousViolenceRule.BySex or SeriousViolenceRule.ByEthnicity;

    /// <summary>The unit: the headline is a rate per 10,000, every sub-measure a percentage.</summary>
    public MeasureUnit Unit => Rule == SeriousViolenceRule.Headline ? MeasureUnit.Per10000 : MeasureUnit.Percent;
}
