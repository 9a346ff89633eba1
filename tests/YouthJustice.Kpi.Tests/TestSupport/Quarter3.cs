using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.TestSupport;

/// <summary>
/// The set-up most cohort-KPI tests share (<c>using static</c>): quarter 2023Q3 (October to December 2023), a return of
/// the default service computed for it, and a referral order that ends in it.
/// </summary>
internal static class Quarter3
{
    /// <summary>2023Q3: 2023-10-01 to 2023-12-31.</summary>
    public static readonly ReportingQuarter Q3 = new(2023, 3);

    /// <summary>The 2023Q3 return of a service holding <paramref name="children"/>.</summary>
    public static KpiReturn Compute(DefinitionSet definitions, params ChildCase[] children)
        => Returns.Of(Service(children), Q3, definitions);

    /// <summary>The 2023Q3 return under the default (2024) definitions.</summary>
    public static KpiReturn Compute(params ChildCase[] children) => Compute(DefinitionSet.Definitions2024, children);

    /// <summary>A child with referral order I1, 2023-05-01 to 2023-11-30 (ends in 2023Q3).</summary>
    public static ChildBuilder ReferralOrder(string id)
        => ChildBuilder.Child(id).Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30");

    /// <summary>A measure's fraction in a return.</summary>
    public static Fraction Of(KpiReturn result, string id) => result.Find(id)!.Fraction;
}
