using static YouthJustice.Kpi.Tests.TestSupport.ChildBuilder;
using static YouthJustice.Kpi.Tests.TestSupport.ServiceBuilder;

namespace YouthJustice.Kpi.Tests.Measures.Ete;

/// <summary>The set-up the KPI 2 (ETE) tests share: the dates of birth around compulsory school age, the child, the engine call.</summary>
internal static class EteTestKit
{
    /// <summary>Compulsory school age ends 2024-06-28: of school age throughout 2023.</summary>
    public const string SchoolAgeDob = "2008-05-01";

    /// <summary>Compulsory school age ended 2022-06-24; 17 on 2023-05-01.</summary>
    public const string AboveSchoolAgeDob = "2006-05-01";

    /// <summary>16 on 2023-08-31, after the last Friday in June (2023-06-30) but before the school year starts: school age ends 2023-06-30.</summary>
    public const string LeavesOn20230630Dob = "2007-08-31";

    public static readonly ReportingQuarter Q3 = new(2023, 3);

    public static KpiReturn Compute(DefinitionSet definitions, ReportingQuarter quarter, params ChildCase[] children)
        => Returns.Of(Service(children), quarter, definitions);

    public static KpiReturn Compute(params ChildCase[] children) => Compute(DefinitionSet.Definitions2024, Q3, children);

    public static Fraction F(KpiReturn result, string id) => result.Find(id)!.Fraction;

    /// <summary>Hours written as invariant text in an <c>InlineData</c> (a decimal cannot be an attribute argument); <see langword="null"/> stays null.</summary>
    public static decimal? Hours(string? hours) => hours is null ? null : decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A referral order from 2023-05-01 to 2023-11-30: in the 2023Q3 cohort.</summary>
    public static ChildBuilder ReferralOrderEndingInQ3(string id, string dob = SchoolAgeDob)
        => Child(id, dob).Order("I1", Disposal.ReferralOrder, "2023-05-01", "2023-11-30");

    /// <summary>A DTO licence from 2023-07-01 to 2023-11-30 after custody from 2023-03-01: in the 2023Q3 cohort, its start read on the custody start with the day before in the window (kpi-rules §13.20).</summary>
    public static ChildBuilder DtoLicenceAfterCustodyFrom20230301(string id, string dob = SchoolAgeDob)
        => Child(id, dob).Order("I1", Disposal.DetentionAndTrainingOrderLicence, "2023-07-01", "2023-11-30", outcome: Disposal.DetentionAndTrainingOrder, outcomeDate: "2023-03-01");
}
