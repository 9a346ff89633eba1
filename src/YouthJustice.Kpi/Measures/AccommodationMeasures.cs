using YouthJustice.Domain.Accommodation;
using YouthJustice.Kpi.Engine;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// The catalogue of KPI 1, in return order: every measure the YJB pipeline names (kpi-rules §2.1, S22–S23), each id
/// written out so that it can be searched for; the custody "on release" rows and the remand view (kpi-rules §1.3, §2.1;
/// decision K7) come last. <c>AccommodationMeasuresTest</c> checks that the catalogue covers every
/// accommodation type group once per point, and that each written id names the values its measure reads.
/// </summary>
internal static class AccommodationMeasures
{
    /// <summary>Every KPI 1 measure, in return order.</summary>
    public static readonly AccommodationMeasure[] All =
    [
        new("kpi1.headline", KpiArea.Accommodation.HeadlineLabel, AccommodationRule.Headline),
        new("kpi1.1a.suitableAtStart", "Children in suitable accommodation at the start of their order", AccommodationRule.Suitable) { Point = OrderPoint.Start },
        new("kpi1.1a.unsuitableAtStart", "Children in unsuitable accommodation at the start of their order", AccommodationRule.Unsuitable) { Point = OrderPoint.Start },
        new("kpi1.1a.suitableAtEnd", "Children in suitable accommodation at the end of their order", AccommodationRule.Suitable) { Point = OrderPoint.End },
        new("kpi1.1a.unsuitableAtEnd", "Children in unsuitable accommodation at the end of their order", AccommodationRule.Unsuitable) { Point = OrderPoint.End },

        ByGroup("kpi1.1b.atStart.SecureTrainingCentre", OrderPoint.Start, AccommodationTypeGroup.SecureTrainingCentre),
        ByGroup("kpi1.1b.atStart.SecureChildrensHome", OrderPoint.Start, AccommodationTypeGroup.SecureChildrensHome),
        ByGroup("kpi1.1b.atStart.YoungOffenderInstitution", OrderPoint.Start, AccommodationTypeGroup.YoungOffenderInstitution),
        ByGroup("kpi1.1b.atStart.LivingWithParents", OrderPoint.Start, AccommodationTypeGroup.LivingWithParents),
        ByGroup("kpi1.1b.atStart.LivingWithFamily", OrderPoint.Start, AccommodationTypeGroup.LivingWithFamily),
        ByGroup("kpi1.1b.atStart.LivingWithFriends", OrderPoint.Start, AccommodationTypeGroup.LivingWithFriends),
        ByGroup("kpi1.1b.atStart.FosterCare", OrderPoint.Start, AccommodationTypeGroup.FosterCare),
        ByGroup("kpi1.1b.atStart.SupportedAccommodation", OrderPoint.Start, AccommodationTypeGroup.SupportedAccommodation),
        ByGroup("kpi1.1b.atStart.TemporaryAccommodation", OrderPoint.Start, AccommodationTypeGroup.TemporaryAccommodation),
        ByGroup("kpi1.1b.atStart.ResidentialUnit", OrderPoint.Start, AccommodationTypeGroup.ResidentialUnit),
        ByGroup("kpi1.1b.atStart.IndependentLiving", OrderPoint.Start, AccommodationTypeGroup.IndependentLiving),
        ByGroup("kpi1.1b.atStart.Other", OrderPoint.Start, AccommodationTypeGroup.Other),
        ByGroup("kpi1.1b.atStart.BedAndBreakfast", OrderPoint.Start, AccommodationTypeGroup.BedAndBreakfast),
        ByGroup("kpi1.1b.atStart.NoFixedAbode", OrderPoint.Start, AccommodationTypeGroup.NoFixedAbode),
        ByGroup("kpi1.1b.atStart.Unknown", OrderPoint.Start, AccommodationTypeGroup.Unknown),

        ByGroup("kpi1.1b.atEnd.SecureTrainingCentre", OrderPoint.End, AccommodationTypeGroup.SecureTrainingCentre),
        ByGroup("kpi1.1b.atEnd.SecureChildrensHome", OrderPoint.End, AccommodationTypeGroup.SecureChildrensHome),
        ByGroup("kpi1.1b.atEnd.YoungOffenderInstitution", OrderPoint.End, AccommodationTypeGroup.YoungOffenderInstitution),
        ByGroup("kpi1.1b.atEnd.LivingWithParents", OrderPoint.End, AccommodationTypeGroup.LivingWithParents),
        ByGroup("kpi1.1b.atEnd.LivingWithFamily", OrderPoint.End, AccommodationTypeGroup.LivingWithFamily),
        ByGroup("kpi1.1b.atEnd.LivingWithFriends", OrderPoint.End, AccommodationTypeGroup.LivingWithFriends),
        ByGroup("kpi1.1b.atEnd.FosterCare", OrderPoint.End, AccommodationTypeGroup.FosterCare),
        ByGroup("kpi1.1b.atEnd.SupportedAccommodation", OrderPoint.End, AccommodationTypeGroup.SupportedAccommodation),
        ByGroup("kpi1.1b.atEnd.TemporaryAccommodation", OrderPoint.End, AccommodationTypeGroup.TemporaryAccommodation),
        ByGroup("kpi1.1b.atEnd.ResidentialUnit", OrderPoint.End, AccommodationTypeGroup.ResidentialUnit),
        ByGroup("kpi1.1b.atEnd.IndependentLiving", OrderPoint.End, AccommodationTypeGroup.IndependentLiving),
        ByGroup("kpi1.1b.atEnd.Other", OrderPoint.End, AccommodationTypeGroup.Other),
        ByGroup("kpi1.1b.atEnd.BedAndBreakfast", OrderPoint.End, AccommodationTypeGroup.BedAndBreakfast),
        ByGroup("kpi1.1b.atEnd.NoFixedAbode", OrderPoint.End, AccommodationTypeGroup.NoFixedAbode),
        ByGroup("kpi1.1b.atEnd.Unknown", OrderPoint.End, AccommodationTypeGroup.Unknown),

        // Added in 0.1.0 (decision K7): the custody "on release" rows and the remand view, after every earlier measure.
        new("kpi1.custody.suitableOnRelease", "Children in suitable accommodation on release from custody, of custodial children released by the end of their order", AccommodationRule.SuitableOnRelease),
        new("kpi1.custody.unsuitableOnRelease", "Children in unsuitable accommodation on release from custody, of custodial children released by the end of their order", AccommodationRule.UnsuitableOnRelease),
        new("kpi1.remand.fourWeeksOrMore.suitableAtEnd", "Children in suitable accommodation at the end of their order, of those remanded four weeks or more (earliest remand hearing more than " + Remand.MaxDaysUnderFourWeeks + " days before the outcome)", AccommodationRule.RemandedSuitableAtEnd),
    ];

    private static AccommodationMeasure ByGroup(string id, OrderPoint point, AccommodationTypeGroup group)
        => new(id, $"Suitable {(point == OrderPoint.Start ? "at the start" : "at the end")}, of children living in: {group.Label}", AccommodationRule.SuitableByGroup) { Point = point, Group = group };

    /// <summary>The position of the one measure of <paramref name="rule"/> at <paramref name="point"/>.</summary>
    /// <param name="rule">What it counts.</param>
    /// <param name="point">Its point, or <see langword="null"/> for the headline.</param>
    /// <returns>The measure's local number.</returns>
    internal static int IndexOf(AccommodationRule rule, OrderPoint? point = null)
        => MeasureCatalogue.IndexOf(All, m => m.Rule == rule && m.Point == point);

    /// <summary>The positions of the 1b measures at <paramref name="point"/>, one per type group, in return order.</summary>
    /// <param name="point">Their point.</param>
    /// <returns>Their local numbers.</returns>
    internal static int[] ByGroupAt(OrderPoint point)
        => MeasureCatalogue.IndicesOf(All, m => m.Rule == AccommodationRule.SuitableByGroup && m.Point == point);
}
