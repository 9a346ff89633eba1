using System.Globalization;
using YouthJustice.Domain.Education;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// The catalogue of KPI 2, in return order: every measure the YJB pipeline v8 names (kpi-rules §2.2, S26), each id
/// written out so that it can be searched for. <c>EteMeasuresTest</c> checks that the catalogue covers both points,
/// both age groups, every provision and every pair of bands once per point, and that each written id names the values
/// its measure reads.
/// </summary>
internal static class EteMeasures
{
    // Declared before the catalogue, which reads them: static fields are set in the order they are written.

    /// <summary>The reporting bands of hours a week in <see cref="EteKpi.BandOf"/> order, from the constants of the rule: "1 - 15 hours", "16 - 24 hours", "25 hours plus".</summary>
    internal static readonly string[] BandLabels =
    [
        "1 - " + Hours(EteKpi.SecondBandFrom - 1m) + " hours",
        Hours(EteKpi.SecondBandFrom) + " - " + Hours(EteKpi.ThirdBandFrom - 1m) + " hours",
        Hours(EteKpi.ThirdBandFrom) + " hours plus",
    ];

    // The words of the full-time thresholds (kpi-rules §2.2), from the constants the rule uses: "25+", "1-24", "16+", "1-15".
    private static readonly string SchoolAgeFullTime = Hours(EteKpi.SchoolAgeFullTimeHours) + "+";
    private static readonly string SchoolAgePartTime = "1-" + Hours(EteKpi.SchoolAgeFullTimeHours - 1m);
    private static readonly string AboveSchoolAgeFullTime = Hours(EteKpi.AboveSchoolAgeFullTimeHours) + "+";
    private static readonly string AboveSchoolAgePartTime = "1-" + Hours(EteKpi.AboveSchoolAgeFullTimeHours - 1m);

    /// <summary>Every KPI 2 measure, in return order.</summary>
    public static readonly EteMeasure[] All =
    [
        new("kpi2.headline", KpiArea.Ete.HeadlineLabel, EteRule.Headline),
        new("kpi2.2a.suitableAtStart", "Children in suitable ETE at the start of their order", EteRule.Suitable) { Point = OrderPoint.Start },
        new("kpi2.2a.unsuitableAtStart", "Children in unsuitable ETE at the start of their order", EteRule.Unsuitable) { Point = OrderPoint.Start },
        new("kpi2.2a.suitableAtEnd", "Children in suitable ETE at the end of their order", EteRule.Suitable) { Point = OrderPoint.End },
        new("kpi2.2a.unsuitableAtEnd", "Children in unsuitable ETE at the end of their order", EteRule.Unsuitable) { Point = OrderPoint.End },
        new("kpi2.2a.unsuitableToSuitable", "Children in suitable ETE at the end, of those in unsuitable ETE at the start", EteRule.UnsuitableToSuitable),
        new("kpi2.2a.suitableToUnsuitable", "Children in unsuitable ETE at the end, of those in suitable ETE at the start", EteRule.SuitableToUnsuitable),

        InAgeGroup("kpi2.2b.atStart.schoolAgeSuitable", EteRule.Suitable, OrderPoint.Start, schoolAge: true),
        InAgeGroup("kpi2.2b.atStart.schoolAgeUnsuitable", EteRule.Unsuitable, OrderPoint.Start, schoolAge: true),
        InAgeGroup("kpi2.2b.atStart.aboveSchoolAgeSuitable", EteRule.Suitable, OrderPoint.Start, schoolAge: false),
        InAgeGroup("kpi2.2b.atStart.aboveSchoolAgeUnsuitable", EteRule.Unsuitable, OrderPoint.Start, schoolAge: false),
        InAgeGroup("kpi2.2b.atEnd.schoolAgeSuitable", EteRule.Suitable, OrderPoint.End, schoolAge: true),
        InAgeGroup("kpi2.2b.atEnd.schoolAgeUnsuitable", EteRule.Unsuitable, OrderPoint.End, schoolAge: true),
        InAgeGroup("kpi2.2b.atEnd.aboveSchoolAgeSuitable", EteRule.Suitable, OrderPoint.End, schoolAge: false),
        InAgeGroup("kpi2.2b.atEnd.aboveSchoolAgeUnsuitable", EteRule.Unsuitable, OrderPoint.End, schoolAge: false),

        Offered("kpi2.2c.atStart.fullTime", EteRule.FullTime, OrderPoint.Start),
        Offered("kpi2.2c.atStart.partTime", EteRule.PartTime, OrderPoint.Start),
        OfferedInAgeGroup("kpi2.2c.atStart.schoolAgeFullTime", EteRule.FullTime, OrderPoint.Start, schoolAge: true),
        OfferedInAgeGroup("kpi2.2c.atStart.schoolAgePartTime", EteRule.PartTime, OrderPoint.Start, schoolAge: true),
        OfferedInAgeGroup("kpi2.2c.atStart.aboveSchoolAgeFullTime", EteRule.FullTime, OrderPoint.Start, schoolAge: false),
        OfferedInAgeGroup("kpi2.2c.atStart.aboveSchoolAgePartTime", EteRule.PartTime, OrderPoint.Start, schoolAge: false),
        Offered("kpi2.2c.atEnd.fullTime", EteRule.FullTime, OrderPoint.End),
        Offered("kpi2.2c.atEnd.partTime", EteRule.PartTime, OrderPoint.End),
        OfferedInAgeGroup("kpi2.2c.atEnd.schoolAgeFullTime", EteRule.FullTime, OrderPoint.End, schoolAge: true),
        OfferedInAgeGroup("kpi2.2c.atEnd.schoolAgePartTime", EteRule.PartTime, OrderPoint.End, schoolAge: true),
        OfferedInAgeGroup("kpi2.2c.atEnd.aboveSchoolAgeFullTime", EteRule.FullTime, OrderPoint.End, schoolAge: false),
        OfferedInAgeGroup("kpi2.2c.atEnd.aboveSchoolAgePartTime", EteRule.PartTime, OrderPoint.End, schoolAge: false),

        ByProvision("kpi2.2d.atStart.MainstreamSchool", OrderPoint.Start, EteProvision.MainstreamSchool),
        ByProvision("kpi2.2d.atStart.SchoolFullTime", OrderPoint.Start, EteProvision.SchoolFullTime),
        ByProvision("kpi2.2d.atStart.SchoolPartTime", OrderPoint.Start, EteProvision.SchoolPartTime),
        ByProvision("kpi2.2d.atStart.ElectivelyHomeEducated", OrderPoint.Start, EteProvision.ElectivelyHomeEducated),
        ByProvision("kpi2.2d.atStart.PupilReferralUnit", OrderPoint.Start, EteProvision.PupilReferralUnit),
        ByProvision("kpi2.2d.atStart.AlternativeProvisionPruFullTime", OrderPoint.Start, EteProvision.AlternativeProvisionPruFullTime),
        ByProvision("kpi2.2d.atStart.AlternativeProvisionPruPartTime", OrderPoint.Start, EteProvision.AlternativeProvisionPruPartTime),
        ByProvision("kpi2.2d.atStart.AlternativeProvisionOtherFullTime", OrderPoint.Start, EteProvision.AlternativeProvisionOtherFullTime),
        ByProvision("kpi2.2d.atStart.AlternativeProvisionOtherPartTime", OrderPoint.Start, EteProvision.AlternativeProvisionOtherPartTime),
        ByProvision("kpi2.2d.atStart.College", OrderPoint.Start, EteProvision.College),
        ByProvision("kpi2.2d.atStart.AlternativeProvision", OrderPoint.Start, EteProvision.AlternativeProvision),
        ByProvision("kpi2.2d.atStart.EducationReengagementProgramme", OrderPoint.Start, EteProvision.EducationReengagementProgramme),
        ByProvision("kpi2.2d.atStart.Traineeship", OrderPoint.Start, EteProvision.Traineeship),
        ByProvision("kpi2.2d.atStart.Apprenticeship", OrderPoint.Start, EteProvision.Apprenticeship),
        ByProvision("kpi2.2d.atStart.SupportedInternship", OrderPoint.Start, EteProvision.SupportedInternship),
        ByProvision("kpi2.2d.atStart.MentoringCircle", OrderPoint.Start, EteProvision.MentoringCircle),
        ByProvision("kpi2.2d.atStart.FullTimeEmployment", OrderPoint.Start, EteProvision.FullTimeEmployment),
        ByProvision("kpi2.2d.atStart.PartTimeEmployment", OrderPoint.Start, EteProvision.PartTimeEmployment),
        ByProvision("kpi2.2d.atStart.SelfEmployment", OrderPoint.Start, EteProvision.SelfEmployment),
        ByProvision("kpi2.2d.atStart.VoluntaryWork", OrderPoint.Start, EteProvision.VoluntaryWork),
        ByProvision("kpi2.2d.atStart.University", OrderPoint.Start, EteProvision.University),
        ByProvision("kpi2.2d.atStart.Other", OrderPoint.Start, EteProvision.Other),
        ByProvision("kpi2.2d.atStart.Employment", OrderPoint.Start, EteProvision.Employment),
        ByProvision("kpi2.2d.atStart.None", OrderPoint.Start, EteProvision.None),

        ByProvision("kpi2.2d.atEnd.MainstreamSchool", OrderPoint.End, EteProvision.MainstreamSchool),
        ByProvision("kpi2.2d.atEnd.SchoolFullTime", OrderPoint.End, EteProvision.SchoolFullTime),
        ByProvision("kpi2.2d.atEnd.SchoolPartTime", OrderPoint.End, EteProvision.SchoolPartTime),
        ByProvision("kpi2.2d.atEnd.ElectivelyHomeEducated", OrderPoint.End, EteProvision.ElectivelyHomeEducated),
        ByProvision("kpi2.2d.atEnd.PupilReferralUnit", OrderPoint.End, EteProvision.PupilReferralUnit),
        ByProvision("kpi2.2d.atEnd.AlternativeProvisionPruFullTime", OrderPoint.End, EteProvision.AlternativeProvisionPruFullTime),
        ByProvision("kpi2.2d.atEnd.AlternativeProvisionPruPartTime", OrderPoint.End, EteProvision.AlternativeProvisionPruPartTime),
        ByProvision("kpi2.2d.atEnd.AlternativeProvisionOtherFullTime", OrderPoint.End, EteProvision.AlternativeProvisionOtherFullTime),
        ByProvision("kpi2.2d.atEnd.AlternativeProvisionOtherPartTime", OrderPoint.End, EteProvision.AlternativeProvisionOtherPartTime),
        ByProvision("kpi2.2d.atEnd.College", OrderPoint.End, EteProvision.College),
        ByProvision("kpi2.2d.atEnd.AlternativeProvision", OrderPoint.End, EteProvision.AlternativeProvision),
        ByProvision("kpi2.2d.atEnd.EducationReengagementProgramme", OrderPoint.End, EteProvision.EducationReengagementProgramme),
        ByProvision("kpi2.2d.atEnd.Traineeship", OrderPoint.End, EteProvision.Traineeship),
        ByProvision("kpi2.2d.atEnd.Apprenticeship", OrderPoint.End, EteProvision.Apprenticeship),
        ByProvision("kpi2.2d.atEnd.SupportedInternship", OrderPoint.End, EteProvision.SupportedInternship),
        ByProvision("kpi2.2d.atEnd.MentoringCircle", OrderPoint.End, EteProvision.MentoringCircle),
        ByProvision("kpi2.2d.atEnd.FullTimeEmployment", OrderPoint.End, EteProvision.FullTimeEmployment),
        ByProvision("kpi2.2d.atEnd.PartTimeEmployment", OrderPoint.End, EteProvision.PartTimeEmployment),
        ByProvision("kpi2.2d.atEnd.SelfEmployment", OrderPoint.End, EteProvision.SelfEmployment),
        ByProvision("kpi2.2d.atEnd.VoluntaryWork", OrderPoint.End, EteProvision.VoluntaryWork),
        ByProvision("kpi2.2d.atEnd.University", OrderPoint.End, EteProvision.University),
        ByProvision("kpi2.2d.atEnd.Other", OrderPoint.End, EteProvision.Other),
        ByProvision("kpi2.2d.atEnd.Employment", OrderPoint.End, EteProvision.Employment),
        ByProvision("kpi2.2d.atEnd.None", OrderPoint.End, EteProvision.None),

        Bands("kpi2.2e.atStart.attended1-15OfOffered1-15", OrderPoint.Start, offered: EteKpi.Band1To15, attended: EteKpi.Band1To15),
        Bands("kpi2.2e.atStart.attended16-24OfOffered1-15", OrderPoint.Start, offered: EteKpi.Band1To15, attended: EteKpi.Band16To24),
        Bands("kpi2.2e.atStart.attended25plusOfOffered1-15", OrderPoint.Start, offered: EteKpi.Band1To15, attended: EteKpi.Band25Plus),
        Bands("kpi2.2e.atStart.attended1-15OfOffered16-24", OrderPoint.Start, offered: EteKpi.Band16To24, attended: EteKpi.Band1To15),
        Bands("kpi2.2e.atStart.attended16-24OfOffered16-24", OrderPoint.Start, offered: EteKpi.Band16To24, attended: EteKpi.Band16To24),
        Bands("kpi2.2e.atStart.attended25plusOfOffered16-24", OrderPoint.Start, offered: EteKpi.Band16To24, attended: EteKpi.Band25Plus),
        Bands("kpi2.2e.atStart.attended1-15OfOffered25plus", OrderPoint.Start, offered: EteKpi.Band25Plus, attended: EteKpi.Band1To15),
        Bands("kpi2.2e.atStart.attended16-24OfOffered25plus", OrderPoint.Start, offered: EteKpi.Band25Plus, attended: EteKpi.Band16To24),
        Bands("kpi2.2e.atStart.attended25plusOfOffered25plus", OrderPoint.Start, offered: EteKpi.Band25Plus, attended: EteKpi.Band25Plus),

        Bands("kpi2.2e.atEnd.attended1-15OfOffered1-15", OrderPoint.End, offered: EteKpi.Band1To15, attended: EteKpi.Band1To15),
        Bands("kpi2.2e.atEnd.attended16-24OfOffered1-15", OrderPoint.End, offered: EteKpi.Band1To15, attended: EteKpi.Band16To24),
        Bands("kpi2.2e.atEnd.attended25plusOfOffered1-15", OrderPoint.End, offered: EteKpi.Band1To15, attended: EteKpi.Band25Plus),
        Bands("kpi2.2e.atEnd.attended1-15OfOffered16-24", OrderPoint.End, offered: EteKpi.Band16To24, attended: EteKpi.Band1To15),
        Bands("kpi2.2e.atEnd.attended16-24OfOffered16-24", OrderPoint.End, offered: EteKpi.Band16To24, attended: EteKpi.Band16To24),
        Bands("kpi2.2e.atEnd.attended25plusOfOffered16-24", OrderPoint.End, offered: EteKpi.Band16To24, attended: EteKpi.Band25Plus),
        Bands("kpi2.2e.atEnd.attended1-15OfOffered25plus", OrderPoint.End, offered: EteKpi.Band25Plus, attended: EteKpi.Band1To15),
        Bands("kpi2.2e.atEnd.attended16-24OfOffered25plus", OrderPoint.End, offered: EteKpi.Band25Plus, attended: EteKpi.Band16To24),
        Bands("kpi2.2e.atEnd.attended25plusOfOffered25plus", OrderPoint.End, offered: EteKpi.Band25Plus, attended: EteKpi.Band25Plus),

        // Added in 0.1.0 (decision K7): the custody "on release" rows, split by school age as the template's _release (kpi-rules §1.3).
        new("kpi2.custody.suitableOnRelease", "Children in suitable ETE on release from custody, of custodial children released by the end of their order", EteRule.SuitableOnRelease),
        new("kpi2.custody.unsuitableOnRelease", "Children in unsuitable ETE on release from custody, of custodial children released by the end of their order", EteRule.UnsuitableOnRelease),
        OnRelease("kpi2.custody.onRelease.schoolAgeSuitable", EteRule.SuitableOnRelease, schoolAge: true),
        OnRelease("kpi2.custody.onRelease.schoolAgeUnsuitable", EteRule.UnsuitableOnRelease, schoolAge: true),
        OnRelease("kpi2.custody.onRelease.aboveSchoolAgeSuitable", EteRule.SuitableOnRelease, schoolAge: false),
        OnRelease("kpi2.custody.onRelease.aboveSchoolAgeUnsuitable", EteRule.UnsuitableOnRelease, schoolAge: false),
    ];

    /// <summary>Hours as the guidance writes them: "25", "15.5".</summary>
    /// <param name="hours">Hours a week.</param>
    /// <returns>The words.</returns>
    internal static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Words(OrderPoint point) => point == OrderPoint.Start ? "at the start of their order" : "at the end of their order";

    private static string GroupWords(bool schoolAge) => schoolAge ? "of compulsory school age" : "above compulsory school age";

    private static EteMeasure InAgeGroup(string id, EteRule rule, OrderPoint point, bool schoolAge)
        => new(id, $"Children in {(rule == EteRule.Suitable ? "suitable" : "unsuitable")} ETE {Words(point)}, of those {GroupWords(schoolAge)} then", rule) { Point = point, SchoolAge = schoolAge };

    private static EteMeasure Offered(string id, EteRule rule, OrderPoint point)
        => new(id, rule == EteRule.FullTime
            ? $"Children offered full-time ETE {Words(point)} ({SchoolAgeFullTime} hours a week at school age, {AboveSchoolAgeFullTime} above)"
            : $"Children offered part-time ETE {Words(point)} ({SchoolAgePartTime} hours a week at school age, {AboveSchoolAgePartTime} above)", rule) { Point = point };

    private static EteMeasure OfferedInAgeGroup(string id, EteRule rule, OrderPoint point, bool schoolAge)
    {
        var hours = (rule == EteRule.FullTime, schoolAge) switch
        {
            (true, true) => SchoolAgeFullTime,
            (true, false) => AboveSchoolAgeFullTime,
            (false, true) => SchoolAgePartTime,
            (false, false) => AboveSchoolAgePartTime,
        };
        return new(id, $"Children offered {hours} hours a week {Words(point)}, of those {GroupWords(schoolAge)} then", rule) { Point = point, SchoolAge = schoolAge };
    }

    private static EteMeasure OnRelease(string id, EteRule rule, bool schoolAge)
        => new(id, $"Children in {(rule == EteRule.SuitableOnRelease ? "suitable" : "unsuitable")} ETE on release from custody, of custodial children released by the end of their order {GroupWords(schoolAge)} on release", rule) { SchoolAge = schoolAge };

    private static EteMeasure ByProvision(string id, OrderPoint point, EteProvision provision)
        => new(id, $"Children in suitable ETE {Words(point)}, of those in: {provision.Label}", EteRule.SuitableByProvision) { Point = point, Provision = provision };

    private static EteMeasure Bands(string id, OrderPoint point, int offered, int attended)
        => new(id, $"Children attending {BandLabels[attended]} a week {Words(point)}, of those offered {BandLabels[offered]}", EteRule.AttendedBandOfOfferedBand) { Point = point, OfferedBand = offered, AttendedBand = attended };

    /// <summary>The position of the one measure of <paramref name="rule"/> at <paramref name="point"/> in <paramref name="schoolAge"/>'s group.</summary>
    /// <param name="rule">What it counts.</param>
    /// <param name="point">Its point, or <see langword="null"/> for the headline and the change measures.</param>
    /// <param name="schoolAge">Its age group, or <see langword="null"/> for every child.</param>
    /// <returns>The measure's local number.</returns>
    internal static int IndexOf(EteRule rule, OrderPoint? point = null, bool? schoolAge = null)
        => MeasureCatalogue.IndexOf(All, m => m.Rule == rule && m.Point == point && m.SchoolAge == schoolAge);

    /// <summary>The positions of every measure of <paramref name="rule"/> at <paramref name="point"/>, in return order.</summary>
    /// <param name="rule">What they count.</param>
    /// <param name="point">Their point.</param>
    /// <returns>Their local numbers.</returns>
    internal static int[] IndicesOf(EteRule rule, OrderPoint point)
        => MeasureCatalogue.IndicesOf(All, m => m.Rule == rule && m.Point == point);
}
